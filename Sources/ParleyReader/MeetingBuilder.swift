import ParleyLexicon
import ParleyModel

/// Stage 4-5: relates chunks to the meeting's fields and resolves sides, dates and places.
extension Analysis {
    /// The meeting the report is about, if it reports one.
    func buildMeetings() -> (meetings: [Meeting], notes: [Diagnostic]) {
        var notes: [Diagnostic] = []
        let firstPick = pickMain(phrases, roles: nil)
        let roles = sentenceRoles(mainRound: firstPick?.round?.value, phrases: phrases)
        let main = pickMain(phrases, roles: roles)
        let story = storySentences.filter { roles[$0].isEmpty }
        guard let anchor = main?.sentence ?? meetingSentence(in: story) else { return ([], notes) }
        var meeting = Meeting(kind: main?.kind ?? verbKind(anchor))
        if let main {
            // A visit or a call is an encounter, not a mechanism: its name stays empty.
            meeting.mechanism = main.kind == .visit || main.kind == .call ? nil : main.name
            meeting.evidence["mechanism"] = Evidence(span: span(main.nameTokens), rule: main.rule)
            meeting.round = roundNumber(main, phrases: phrases, roles: roles, notes: &notes)
            if let r = main.round, meeting.round != nil {
                meeting.evidence["round"] = Evidence(span: span(r.tokens), rule: "rule.round.ordinal")
            }
        } else {
            meeting.evidence["kind"] = Evidence(span: sentences[anchor].span, rule: "rule.kind.verb")
        }
        let regional = regionalMentions(roles: roles)
        let lead = leadSentences(anchor: anchor, story: story)
        let issuer = issuer
        let people = persons.filter { roles[$0.sentence].isEmpty || !roles[$0.sentence].contains(.previous) }
        var parties = partyCountries(main: main, lead: lead, regional: regional, people: people)
        meeting.status = status(lead: lead)
        var delegations = delegationsOf(people: people, parties: &parties, issuer: issuer, host: nil, notes: &notes)
        guard parties.count >= 2 || (parties.count == 1 && delegations.count >= 1 && main != nil) else {
            return ([], notes)
        }
        meeting.parties = parties.sorted()
        meeting.evidence["parties"] = Evidence(span: sentences[anchor].span, rule: "rule.parties.lead")
        resolveDate(&meeting, lead: lead)
        resolvePlace(&meeting, anchor: anchor, story: story)
        delegations.sort { $0.country < $1.country }
        meeting.delegations = delegations.filter { meeting.parties.contains($0.country) }
        fillOutcomes(&meeting, story: storySentences.filter { !roles[$0].contains(.previous) }, roles: roles, regional: regional, main: main)
        meeting.next = nextRound(roles: roles, main: main, parties: meeting.parties)
        return ([meeting], notes)
    }

    /// The mechanism phrase the report is about: named, numbered and early wins; decoys never.
    private func pickMain(_ phrases: [MechanismPhrase], roles: [SentenceRole]?) -> MechanismPhrase? {
        var best: MechanismPhrase?
        var bestScore = Int.min
        for p in phrases where isMeetingAnchor(p) {
            if let roles, !roles[p.sentence].isEmpty { continue }
            var score = 0
            if p.name != nil { score += 3 }
            if p.round != nil { score += 3 }
            if !p.parties.isEmpty { score += 2 }
            if zones[p.sentence] == .title { score -= 1 }
            if p.kind == .other { score -= 2 }
            score -= min(p.sentence, 6)
            // (Of two equal, the story's over the headline's: "first trilateral consultations" in the headline, "first
            // trilateral political consultations" in the lead.)
            if score > bestScore || (score == bestScore && best.map { zones[$0.sentence] == .title } == true && zones[p.sentence] != .title) {
                best = p
                bestScore = score
            }
        }
        // ("held virtual Foreign Office Consultations on Thursday, the 3rd round of the bilateral mechanism": a round of a
        // lowercase, kindless mechanism is the round of the named one of a known kind in its sentence.)
        if let b = best, b.kind == .other, !b.nameTokens.contains(where: { tokens[$0].isCapitalized }),
            var named = phrases.first(where: { p in
                p.sentence == b.sentence && p.kind != .other && p.round == nil && p.nameTokens.contains(where: { tokens[$0].isCapitalized })
                    && isMeetingAnchor(p) && (roles.map { $0[p.sentence].isEmpty } ?? true)
            })
        {
            named.round = b.round
            best = named
        }
        return best
    }

    /// Whether a phrase reports a meeting: a round number, or a meeting verb in its sentence; never
    /// "press conference" or a generic plural ("rounds of consultations").
    private func isMeetingAnchor(_ p: MechanismPhrase) -> Bool {
        let start = p.tokens.lowerBound
        if start > 0, isAny(start - 1, cues.pressWords) { return false }
        if start >= 2, sym(start - 1) == cues.w.of, isAny(start - 2, cues.pluralRounds) { return false }
        if p.round != nil { return true }
        let r = sentences[p.sentence].tokens
        return r.contains { isAny($0, cues.anchorVerbs) && !p.nameTokens.contains($0) }
    }

    /// The round: the main phrase's, else a title phrase's; null when the report gives conflicting ones.
    private func roundNumber(
        _ main: MechanismPhrase, phrases: [MechanismPhrase], roles: [SentenceRole], notes: inout [Diagnostic]
    ) -> Int? {
        let sameDay = phrases.filter { roles[$0.sentence].isEmpty && $0.round != nil && $0.kind == main.kind }
        var values = Set(sameDay.compactMap { $0.round?.value })
        // "the first round of talks … in the second round": sessions of one day, not rounds of a mechanism.
        for si in storySentences where roles[si].isEmpty {
            for i in sentences[si].tokens where sym(i + 1) == cues.roundWord {
                if let o = ordinal(at: i), o.end == i + 1, main.round != nil || main.kind == .talks { values.insert(o.value) }
            }
        }
        if values.count > 1 {
            notes.append(Diagnostic(.note, "round numbers \(values.sorted()) for one meeting: read as sessions, round left empty", at: sentences[main.sentence].span))
            return nil
        }
        if let r = main.round { return r.value }
        let titled = phrases.first { zones[$0.sentence] == .title && $0.round != nil }
        return titled?.round?.value ?? values.first
    }

    /// A sentence reporting a meeting without a mechanism name: "met", "visited", "spoke by telephone".
    private func meetingSentence(in story: [Int]) -> Int? {
        for si in story.prefix(4) {
            let r = sentences[si].tokens
            // ("South Korea and the United States held the opening phase of their annual military drills": what is held
            // within the next ten words is no meeting.)
            let hasVerb = r.contains { k in
                isAny(k, cues.meetingVerbs)
                    && !(isAny(k, cues.heldVerbs) && (k + 1..<min(r.upperBound, k + 11)).contains { isAny($0, cues.heldNonMeetings) })
            }
            let countries = Set(r.compactMap { country(at: $0)?.iso3 })
            if hasVerb && countries.count >= 1 && r.contains(where: { entry(at: $0, .title) != nil || countries.count >= 2 }) {
                return si
            }
        }
        return nil
    }

    private func verbKind(_ si: Int) -> MeetingKind {
        let r = sentences[si].tokens
        if r.contains(where: { isAny($0, cues.callWords) }) { return .call }
        if r.contains(where: { isAny($0, cues.visitWords) }) { return .visit }
        if r.contains(where: { isAny($0, cues.summitWords) }) { return .summit }
        return .talks
    }

    /// The anchor sentence first, then the first story sentences (the lead).
    private func leadSentences(anchor: Int, story: [Int]) -> [Int] {
        var lead = [anchor]
        for si in story.prefix(3) where si != anchor { lead.append(si) }
        if let t = sentences.indices.first(where: { zones[$0] == .title }) { lead.append(t) }
        return lead
    }

    /// Countries named as parties: the phrase's prefix, lists of countries in the lead, the delegations' sides.
    private func partyCountries(main: MechanismPhrase?, lead: [Int], regional: Set<Int>, people: [PersonMention]) -> [String] {
        var parties: [String] = main?.parties ?? []
        func add(_ c: String) { if !parties.contains(c) { parties.append(c) } }
        let body = lead.filter { zones[$0] != .title }
        for si in body {
            for list in countryLists(in: sentences[si].tokens, excluding: regional) where list.count >= 2 || parties.isEmpty {
                list.forEach(add)
            }
        }
        for p in people where p.countryRule != nil && lead.contains(p.sentence) {
            if let c = p.country { add(c) }
        }
        if parties.count < 2 {
            for si in body + lead.filter({ zones[$0] == .title }) {
                for list in countryLists(in: sentences[si].tokens, excluding: regional) { list.forEach(add) }
            }
        }
        return parties
    }

    /// Runs of countries joined by "and", commas or hyphens ("Pakistan and Russia", "Pakistan-Russia").
    func countryLists(in r: Range<Int>, excluding regional: Set<Int>) -> [[String]] {
        var lists: [[String]] = []
        var current: [String] = []
        var i = r.lowerBound
        var lastEnd = -1
        while i < r.upperBound {
            if let c = country(at: i), !regional.contains(i), !(i < inName.count && inName[i]), !lexicon.hasEntry(c.mention, .ministry) {
                if !(current.isEmpty || isJoiner(lastEnd..<i)) {
                    lists.append(current)
                    current = []
                }
                if !current.contains(c.iso3) { current.append(c.iso3) }
                lastEnd = Int(c.mention.end)
                if sym(lastEnd) == cues.w.s { lastEnd += 1 }
                i = Int(c.mention.end)
                continue
            }
            i += 1
        }
        if !current.isEmpty { lists.append(current) }
        return lists
    }

    private func isJoiner(_ gap: Range<Int>) -> Bool {
        guard gap.lowerBound >= 0, gap.count <= 2 else { return false }
        return gap.allSatisfy { sym($0) == cues.w.and || sym($0) == cues.w.comma || sym($0) == cues.w.hyphen || sym($0) == cues.w.the }
    }

    /// The country whose ministry issued the report ("the Foreign Office said"), else the state news agency's it credits,
    /// else the dateline's.
    func issuingCountry() -> String? {
        // ("…, KUNA reported", "MONROVIA, Dec 2 (Xinhua) --": a state news agency credited reports from its country; the
        // first one named is kept while the mentions are searched for a ministry.)
        var agency: String?
        for m in mentions {
            let si = sentenceIndex(ofToken: Int(m.start)).map { zones[$0] } ?? .story
            if si == .aside { continue }
            if let e = lexicon.entry(m, .ministry) { return lexicon.countries[Int(e.row)].iso3 }
            if agency == nil, let e = lexicon.entry(m, .group), lexicon.agents[Int(e.row)].kind == .agency { agency = lexicon.agents[Int(e.row)].country }
        }
        for i in tokens.indices where sym(i) == cues.w.ministry && tokens[i].isCapitalized {
            if let c = explicitCountry(before: i, bounds: 0..<tokens.count)?.0 { return c }
            if sym(i + 1) == cues.w.of {
                for k in (i + 2)..<min(tokens.count, i + 8) { if let c = country(at: k) { return c.iso3 } }
            }
        }
        return agency ?? dateline?.city?.country
    }

    /// Held, planned (previews: "will hold … tomorrow") or ongoing ("are being held").
    private func status(lead: [Int]) -> MeetingStatus {
        let c = cues.status
        for si in lead.prefix(2) {
            for k in sentences[si].tokens {
                let w = sym(k)
                if c.modal.contains(w), c.futureVerbs.contains(sym(k + 1)) { return .planned }
                if w == cues.w.to_, sym(k + 1) == cues.w.be, sym(k + 2) == cues.w.held { return .planned }
                if c.plannedWords.contains(w) { return .planned }
                if w == c.set, sym(k + 1) == cues.w.to_ { return .planned }
                if w == c.being, sym(k + 1) == cues.w.held { return .ongoing }
                if c.ongoingWords.contains(w) { return .ongoing }
                if w == c.under, sym(k + 1) == c.way { return .ongoing }
            }
        }
        return .held
    }
}
