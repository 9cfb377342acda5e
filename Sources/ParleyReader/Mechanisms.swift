import ParleyLexicon
import ParleyModel

/// A phrase naming a meeting mechanism: "the fifth round of the Pakistan-Russia Bilateral Political Consultations".
struct MechanismPhrase {
    /// The whole phrase, round and party prefix included.
    var tokens: Range<Int>
    /// The name's tokens (modifiers, head and complement), without countries and ordinals.
    var nameTokens: Range<Int>
    /// The mechanism's name, when it has more than a bare head noun.
    var name: String?
    /// The kind its head noun implies.
    var kind: MeetingKind
    /// The round number and its tokens, when given.
    var round: (value: Int, tokens: Range<Int>)?
    /// Countries named in the party prefix ("Pakistan-Russia").
    var parties: [String]
    /// The sentence it stands in.
    var sentence: Int
    /// The rule that found it.
    var rule: String
}

/// How a sentence relates to the meeting the report is about.
struct SentenceRole: OptionSet {
    let rawValue: UInt8
    /// Announces the next round.
    static let next = SentenceRole(rawValue: 1)
    /// Describes an earlier round (a decoy for date, venue and format).
    static let previous = SentenceRole(rawValue: 2)
}

extension Analysis {
    /// Every mechanism phrase in the title and story.
    func mechanismPhrases() -> [MechanismPhrase] {
        var out: [MechanismPhrase] = []
        for (si, s) in sentences.enumerated() where zones[si] == .story || zones[si] == .title {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                if let p = phrase(at: i, sentence: si) {
                    out.append(p)
                    i = p.nameTokens.upperBound
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    private func phrase(at i: Int, sentence si: Int) -> MechanismPhrase? {
        guard let m = mention(startingAt: i) else { return nil }
        let bounds = sentences[si].tokens
        if let e = lexicon.entry(m, .mechanism) {
            let row = lexicon.mechanisms[Int(e.row)]
            var p = build(head: i..<Int(m.end), sentence: si, bounds: bounds, kind: headKind(in: i..<Int(m.end)) ?? MeetingKind(rawValue: row.detail) ?? .other)
            if Int(m.end) - i == 1 && tokens[i].isAllCaps {
                p.name = row.label
            } else if p.name == nil {
                p.name = string(i..<Int(m.end))
            }
            p.rule = "lex.\(row.id)"
            return p
        }
        guard let e = lexicon.entry(m, .mechanismHead) else { return nil }
        let head = lexicon.mechanismHeads[Int(e.row)]
        // "the first meeting of the Joint Working Group": the head is a round noun here, not the mechanism.
        if isAny(i, cues.sessionNouns), sym(Int(m.end)) == cues.w.of { return nil }
        var p = build(head: i..<Int(m.end), sentence: si, bounds: bounds, kind: MeetingKind(rawValue: head.detail) ?? .other)
        // "Mechanism for Political Consultations": a complement's head noun names the kind.
        if p.kind == .other, let k = headKind(in: Int(m.end)..<p.nameTokens.upperBound) { p.kind = k }
        return p
    }

    /// The kind of the last mechanism head noun inside a range.
    private func headKind(in r: Range<Int>) -> MeetingKind? {
        var kind: MeetingKind?
        for k in r {
            for e in (mention(covering: k).map { lexicon.entries(of: $0) } ?? []) where e.kind == .mechanismHead {
                if let mk = MeetingKind(rawValue: lexicon.mechanismHeads[Int(e.row)].detail), mk != .other { kind = mk }
            }
            if let m = mention(covering: k), Int(m.start) == k || Int(m.end) - 1 == k {
                for e in lexicon.entries(of: m) where e.kind == .mechanismHead {
                    if let mk = MeetingKind(rawValue: lexicon.mechanismHeads[Int(e.row)].detail), mk != .other { kind = mk }
                }
            }
        }
        // A head noun inside a longer lexicon phrase ("Political Consultations") is found by its last word.
        if kind == nil, let last = r.last {
            let w = string(last..<(last + 1)).lowercased()
            let map: [String: MeetingKind] = ["consultations": .consultations, "consultation": .consultations, "dialogue": .dialogue, "talks": .talks, "commission": .commission, "committee": .committee]
            kind = map[w]
        }
        return kind
    }

    private func build(head: Range<Int>, sentence si: Int, bounds: Range<Int>, kind: MeetingKind) -> MechanismPhrase {
        var start = head.lowerBound
        // Modifiers to the left: capitalized words and known lowercase modifiers, hyphens, "2+2".
        var j = head.lowerBound - 1
        while j >= bounds.lowerBound {
            if isModifier(j) {
                j -= 1
                continue
            }
            // "Foreign and Defense Ministerial Meeting", "Trade and Economic Commission": two capitalized modifiers
            // joined by "and" are one name.
            if sym(j) == cues.w.and, j + 1 < head.lowerBound, tokens[j + 1].isCapitalized, j - 1 >= bounds.lowerBound,
                tokens[j - 1].isCapitalized, sym(j - 2) != cues.w.and, isModifier(j - 1)
            {
                j -= 1
                continue
            }
            break
        }
        start = j + 1
        while start < head.lowerBound, sym(start) == cues.w.hyphen { start += 1 }
        var end = head.upperBound
        end = complementEnd(after: end, bounds: bounds)
        let nameTokens = start..<end
        var parties: [String] = []
        var k = start - 1
        while k >= bounds.lowerBound {
            if sym(k) == cues.w.hyphen || sym(k) == cues.w.and || sym(k) == cues.w.comma { k -= 1; continue }
            if let m = mention(covering: k), let c = country(at: Int(m.start)) {
                parties.insert(c.iso3, at: 0)
                k = Int(m.start) - 1
                continue
            }
            break
        }
        let prefixStart = k + 1
        var phraseStart = prefixStart
        var round: (Int, Range<Int>)?
        var r = prefixStart - 1
        if sym(r) == cues.w.the || sym(r) == cues.w.their || sym(r) == cues.w.its { r -= 1 }
        if r >= bounds.lowerBound, let o = ordinalEnding(at: r) {
            round = (o.value, o.start..<(r + 1))
            phraseStart = o.start
        } else if r >= bounds.lowerBound, sym(r) == cues.w.of, isAny(r - 1, cues.roundNouns), let o = ordinalEnding(at: r - 2) {
            round = (o.value, o.start..<(r - 1))
            phraseStart = o.start
        }
        // ("The Saudi-Iraqi Coordination Council held its fifth meeting": the round after the name.)
        if round == nil, isAny(end, cues.heldVerbs), sym(end + 1) == cues.w.its || sym(end + 1) == cues.w.their,
            let o = ordinal(at: end + 2), o.end < bounds.upperBound, isAny(o.end, cues.sessionNouns)
        {
            round = (o.value, (end + 2)..<o.end)
        }
        let nameWords = nameTokens.filter { tokens[$0].kind == .word }
        let generic = nameTokens.lowerBound == head.lowerBound && nameTokens.upperBound == head.upperBound
        var name: String? = generic ? nil : string(nameTokens)
        if nameWords.isEmpty { name = nil }
        return MechanismPhrase(
            tokens: phraseStart..<end, nameTokens: nameTokens, name: name, kind: kind, round: round,
            parties: parties, sentence: si, rule: round == nil ? "rule.mechanism.head" : "rule.mechanism.round")
    }

    /// An ordinal whose last token is `j` (words like "twenty-first" span several tokens).
    private func ordinalEnding(at j: Int) -> (value: Int, start: Int)? {
        for back in 0..<4 {
            let s = j - back
            guard s >= 0 else { break }
            if let o = ordinal(at: s), o.end == j + 1 { return (o.value, s) }
        }
        return nil
    }

    private func isModifier(_ j: Int) -> Bool {
        let t = tokens[j]
        if t.kind == .newline { return false }
        if text.bytes[Int(t.start)] == UInt8(ascii: "'") || (t.length == 3 && text.bytes[Int(t.start)] == 0xE2 && text.bytes[Int(t.start) + 2] == 0x99) {
            return j > 0 && tokens[j - 1].kind == .word && !t.hasSpaceBefore && isModifier(j - 1)
        }
        if sym(j) == cues.w.hyphen || sym(j) == cues.w.plus {
            return j > 0 && !t.hasSpaceBefore && (tokens[j - 1].kind == .word || tokens[j - 1].kind == .number)
                && country(at: Int(mention(covering: j - 1)?.start ?? -1)) == nil
        }
        if t.kind == .number { return sym(j + 1) == cues.w.plus || sym(j - 1) == cues.w.plus }
        guard t.kind == .word else { return false }
        // ("Trilateral Foreign Ministers' Dialogue": a plural title names who meets.)
        if let m = mention(covering: j), m.has(Self.nonModifierKinds) {
            let last = Int(m.end) - 1
            return m.kinds & ~Self.titleKind == 0 && tokens[last].isCapitalized && tokens[last].length > 3 && ends(last, "s")
        }
        if ordinal(at: j) != nil { return false }
        if isAny(j, cues.mechanismModifiers) { return true }
        return t.isCapitalized && !isAny(j, cues.stopCapitals) && !isAny(j, cues.roundNouns)
    }

    static let nonModifierKinds = EntryKind.mask(.country, .countryAdjective, .city, .person, .ordinal, .month, .weekday, .title)
    static let titleKind = EntryKind.mask(.title)

    /// Extends a name over "on Counter-Terrorism" / "for Consular Affairs" (capitalized only) and "(BPC)".
    private func complementEnd(after end: Int, bounds: Range<Int>) -> Int {
        var e = end
        // "Diplomatic Consultation Mechanism", "Bilateral Consultation Forum": a capitalized trailing head noun.
        if e < bounds.upperBound, tokens[e].isCapitalized, isAny(e, cues.trailingHeads) { e += 1 }
        if (sym(e) == cues.w.on || sym(e) == cues.w.for_), e + 1 < bounds.upperBound, tokens[e + 1].isCapitalized,
            entry(at: e + 1, .weekday) == nil, entry(at: e + 1, .month) == nil,
            country(at: e + 1) == nil || mention(startingAt: e + 1).map({ lexicon.hasEntry($0, .region) }) == true
        {
            var k = e + 1
            while k < bounds.upperBound, tokens[k].isCapitalized || (sym(k) == cues.w.hyphen && !tokens[k].hasSpaceBefore)
                || (sym(k) == cues.w.and && k + 1 < bounds.upperBound && tokens[k + 1].isCapitalized)
            {
                if country(at: k) != nil && !(sym(k - 1) == cues.w.on || sym(k - 1) == cues.w.for_) { break }
                k += 1
            }
            if k > e + 1 { e = k }
        } else if sym(e) == cues.w.on, sym(e + 1) == cues.w.the, let m = mention(startingAt: e + 2), lexicon.hasEntry(m, .region),
            tokens[e + 2].isCapitalized
        {
            // "consultations on the Middle East", "dialogue on the Korean Peninsula": a region after "on the".
            e = Int(m.end)
        }
        // "consultations on Middle East affairs": a region's "affairs" or "issues" closes the subject.
        if e > end, e < bounds.upperBound, e - 1 >= 0, mention(covering: e - 1).map({ lexicon.hasEntry($0, .region) }) == true,
            isAny(e, cues.subjectNouns)
        {
            e += 1
        }
        return e
    }

    /// Marks sentences that announce the next round or recall an earlier one.
    func sentenceRoles(mainRound: Int?, phrases: [MechanismPhrase] = []) -> [SentenceRole] {
        sentences.indices.map { si in
            var role: SentenceRole = []
            let r = sentences[si].tokens
            for i in r {
                if isAny(i, cues.nextWords), isNextCue(i), lookahead(i, within: 4, r) { role.insert(.next) }
                if isAny(i, cues.previousWords), !isTimeUnit(i + 1), lookahead(i, within: 3, r) { role.insert(.previous) }
                if sym(i) == cues.w.next, sym(i + 1) == cues.w.year, sentenceHasHoldVerb(r) { role.insert(.next) }
            }
            if let mainRound, role.isEmpty {
                for i in r where isAny(i + 1, cues.roundNouns) {
                    if let o = ordinal(at: i), o.value < mainRound { role.insert(.previous) }
                    // ("agreed to hold the sixth round in Hanoi" after the fifth: the round after this one, to be held.)
                    if let o = ordinal(at: i), o.value == mainRound + 1, sentenceHasFuture(r) || sentenceHasHoldVerb(r) {
                        role.insert(.next)
                    }
                }
                for p in phrases where p.sentence == si {
                    guard let v = p.round?.value else { continue }
                    if v < mainRound { role.insert(.previous) }
                    if v == mainRound + 1, sentenceHasFuture(r) { role.insert(.next) }
                }
            }
            return role
        }
    }

    /// "next" always; "following"/"subsequent"/"upcoming" only as "the following round", never "Following the talks".
    private func isNextCue(_ i: Int) -> Bool {
        if isTimeUnit(i + 1) || sym(i + 1) == cues.w.s { return false }
        if sym(i) == cues.w.next { return true }
        return i > 0 && isAny(i - 1, cues.determiners)
    }

    private func isTimeUnit(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        if entry(at: i, .weekday) != nil || entry(at: i, .month) != nil { return true }
        return isAny(i, cues.timeUnits)
    }

    private func sentenceHasFuture(_ r: Range<Int>) -> Bool {
        r.contains { isAny($0, cues.futureMarkers) }
    }

    private func lookahead(_ i: Int, within n: Int, _ r: Range<Int>) -> Bool {
        var k = i + 1
        while k < min(r.upperBound, i + 1 + n) {
            if isAny(k, cues.roundNouns) { return true }
            if let m = mention(startingAt: k), lexicon.hasEntry(m, .mechanism) || lexicon.hasEntry(m, .mechanismHead) {
                return true
            }
            k += 1
        }
        return false
    }

    private func sentenceHasHoldVerb(_ r: Range<Int>) -> Bool {
        r.contains { sym($0) == cues.w.convene || sym($0) == cues.w.hold || sym($0) == cues.w.held }
    }
}
