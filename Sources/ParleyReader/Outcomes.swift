import ParleyLexicon
import ParleyModel

/// Stage 4: topics, outcomes by verb class, regional issues, forums and anniversaries.
extension Analysis {
    /// Token starts of country and region mentions that name regional issues, not parties.
    func regionalMentions(roles: [SentenceRole]) -> Set<Int> {
        var out = Set<Int>()
        for si in storySentences {
            let r = sentences[si].tokens
            var cueAt = r.upperBound
            for k in r where isAny(k, cues.regionalCues) {
                cueAt = k
                break
            }
            for k in r {
                guard let m = mention(startingAt: k) else { continue }
                if lexicon.hasEntry(m, .region) && !lexicon.hasEntry(m, .country) { out.insert(k); continue }
                guard let c = country(at: k), lexicon.hasEntry(c.mention, .country) else { continue }
                let situation = k >= 2 && sym(k - 1) == cues.w.in_ && isAny(k - 2, cues.regionalCues)
                if k > cueAt || situation { out.insert(k) }
            }
        }
        return out
    }

    /// Fills topics, outcomes, regional issues, forums and the anniversary.
    func fillOutcomes(_ meeting: inout Meeting, story: [Int], roles: [SentenceRole], regional: Set<Int>, main: MechanismPhrase?) {
        let inTitle = titleTokens()
        var excluded = excludedTokens(main: main)
        for k in excluded.indices where inTitle[k] { excluded[k] = true }
        var topics: [String] = []
        var forums: [String] = []
        var issues: [String] = []
        var outcomeWords: [[Int32]] = []
        for si in story {
            for k in sentences[si].tokens {
                guard let m = mention(startingAt: k) else { continue }
                if let e = lexicon.entry(m, .topic), !excluded[k] {
                    append(lexicon.topics[Int(e.row)].label, to: &topics)
                }
                if let e = lexicon.entry(m, .forum) { append(lexicon.forums[Int(e.row)].label, to: &forums) }
                if regional.contains(k) && !inTitle[k] {
                    if let c = country(at: k), !meeting.parties.contains(c.iso3) {
                        append(lexicon.countries[lexicon.countryIndex[c.iso3]!].name, to: &issues)
                    } else if let e = lexicon.entry(m, .region) {
                        append(lexicon.regions[Int(e.row)].label, to: &issues)
                    }
                }
            }
            for (o, words) in outcomes(in: si, excluded: excluded) { merge(o, words, into: &meeting.outcomes, &outcomeWords) }
            if meeting.anniversary == nil { meeting.anniversary = anniversary(in: si) }
        }
        meeting.topics = topics
        meeting.multilateralForums = forums
        meeting.regionalIssues = issues
    }

    private func append(_ label: String, to list: inout [String]) {
        if !list.contains(label) { list.append(label) }
    }

    /// Tokens of a titled person's chunk other than the name: "Deputy Foreign Minister for Political Affairs",
    /// "Special Envoy for the Middle East and Africa", "Director General (East Asia and Pacific)" name an office,
    /// not a topic or a regional issue of the meeting.
    private func titleTokens() -> [Bool] {
        var out = [Bool](repeating: false, count: tokens.count)
        for p in persons where p.title != nil {
            for k in p.tokens where !p.nameTokens.contains(k) && k < out.count { out[k] = true }
        }
        return out
    }

    /// Tokens whose topic words belong to a name: the mechanism's name and people's titles.
    private func excludedTokens(main: MechanismPhrase?) -> [Bool] {
        var out = [Bool](repeating: false, count: tokens.count)
        for m in mentions where lexicon.hasEntry(m, .title) || lexicon.hasEntry(m, .mechanism) {
            for k in Int(m.start)..<Int(m.end) { out[k] = true }
        }
        if let main { for k in main.nameTokens { out[k] = true } }
        for p in phrases where p.name != nil { for k in p.nameTokens { out[k] = true } }
        return out
    }

    /// Outcome clauses in one sentence: each runs from its cue to the next cue or discussion verb.
    func outcomes(in si: Int, excluded: [Bool]) -> [(Outcome, [Int32])] {
        let r = sentences[si].tokens
        var found: [(Int, OutcomeKind, String)] = []
        for k in r {
            if let kind = cueKind(at: k, in: r), !negated(k, r) { found.append((k, kind.0, kind.1)) }
        }
        if found.count > 1, let first = found.first, first.0 == r.lowerBound, isAny(first.0, cues.agreeVerbs) {
            found.removeFirst()
        }
        var out: [(Outcome, [Int32])] = []
        for (n, (k, kind, rule)) in found.enumerated() {
            var end = n + 1 < found.count ? found[n + 1].0 : r.upperBound
            for j in (k + 1)..<end where isAny(j, cues.discussionBreakers) || isAttribution(j, end) {
                end = j
                break
            }
            while end > k + 1, sym(end - 1) == cues.w.and || sym(end - 1) == cues.w.comma || sym(end - 1) == cues.w.period
                || isAny(end - 1, cues.determiners) && end - 1 > k + 1 && tokens[end - 1].kind == .word && sym(end - 1) == cues.w.the
            {
                end -= 1
            }
            var topics: [String] = []
            for j in k..<end {
                if let m = mention(startingAt: j), let e = lexicon.entry(m, .topic), !excluded[j] {
                    append(lexicon.topics[Int(e.row)].label, to: &topics)
                }
            }
            let words = Array(Set((k..<end).filter { tokens[$0].kind == .word && !cues.overlapStopwords.contains(sym($0)) }.map { wordID($0) })).sorted()
            out.append((Outcome(kind: kind, text: string(k..<end), topics: topics, evidence: Evidence(span: span(k..<end), rule: rule)), words))
        }
        return out
    }

    /// ", the Foreign Office said" / ", according to …": a comma that starts an attribution.
    private func isAttribution(_ j: Int, _ end: Int) -> Bool {
        guard sym(j) == cues.w.comma else { return false }
        return ((j + 1)..<min(end, j + 6)).contains { isAny($0, cues.attributionVerbs) }
    }

    private func cueKind(at k: Int, in r: Range<Int>) -> (OutcomeKind, String)? {
        guard cues.outcomeCueWords.contains(sym(k)) else { return nil }
        if let kind = cues.outcomeVerbs[sym(k)] {
            return (OutcomeKind(rawValue: kind)!, "rule.outcome.verb.\(string(k..<(k + 1)).lowercased())")
        }
        guard isAny(k, cues.reportingVerbs) else { return nil }
        var j = k + 1
        while j < min(r.upperBound, k + 6) {
            if let kind = cues.outcomeNouns[sym(j)] {
                return (OutcomeKind(rawValue: kind)!, "rule.outcome.\(string(k..<(k + 1)).lowercased())+\(string(j..<(j + 1)).lowercased())")
            }
            if isAny(j, cues.reportingVerbs) || cues.outcomeVerbs[sym(j)] != nil { return nil }
            j += 1
        }
        return nil
    }

    /// Keeps one outcome per restatement: same kind and mostly the same words; the one naming more topics wins.
    private func merge(_ o: Outcome, _ words: [Int32], into list: inout [Outcome], _ listWords: inout [[Int32]]) {
        for (n, existing) in list.enumerated() where existing.kind == o.kind {
            let same = Set(existing.topics) == Set(o.topics) && !o.topics.isEmpty
            guard same || Self.overlap(listWords[n], words) >= 0.4 else { continue }
            if o.topics.count > existing.topics.count {
                list[n] = o
                listWords[n] = words
            }
            return
        }
        list.append(o)
        listWords.append(words)
    }

    /// A token's symbol, or for a word the lexicon does not know, a negative id from its lowercased bytes.
    private func wordID(_ k: Int) -> Int32 {
        if sym(k) >= 0 { return sym(k) }
        var h: UInt32 = 2_166_136_261
        for b in text.bytes[Int(tokens[k].start)..<Int(tokens[k].end)] {
            h = (h ^ UInt32(b | 0x20)) &* 16_777_619
        }
        return -Int32(h & 0x3FFF_FFFF) - 2
    }

    /// Jaccard overlap of two sorted lists of distinct word ids.
    static func overlap(_ a: [Int32], _ b: [Int32]) -> Double {
        var i = 0
        var j = 0
        var common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                common += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let union = a.count + b.count - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    /// "the 75th anniversary of (the establishment of) diplomatic relations".
    private func anniversary(in si: Int) -> Anniversary? {
        let r = sentences[si].tokens
        for k in r where sym(k) == cues.w.anniversary {
            var years: Int?
            var start = k
            for back in 1...4 where k - back >= r.lowerBound {
                if let o = ordinal(at: k - back), o.end == k {
                    years = o.value
                    start = k - back
                    break
                }
            }
            guard let years else { continue }
            var j = k + 1
            var of = "diplomatic relations"
            if sym(j) == cues.w.of {
                j += 1
                var words: [String] = []
                var end = j
                while end < r.upperBound, end - j < 8, tokens[end].kind == .word || sym(end) == cues.w.hyphen {
                    words.append(string(end..<(end + 1)))
                    end += 1
                }
                let text = words.joined(separator: " ").lowercased()
                if !(text.contains("relations") || text.contains("ties")) && !words.isEmpty {
                    of = words.filter { $0.lowercased() != "the" && $0 != "-" }.joined(separator: " ")
                }
                j = end
            }
            return Anniversary(years: years, of: of, evidence: Evidence(span: span(start..<max(j, k + 1)), rule: "rule.anniversary.ordinal"))
        }
        return nil
    }
}
