import ParleyLexicon
import ParleyModel

/// Stage 4: the next round of the same mechanism, never another body announced in passing.
extension Analysis {
    func nextRound(roles: [SentenceRole], main: MechanismPhrase?, parties: [String]) -> NextRound? {
        for si in sentences.indices where roles[si].contains(.next) && zones[si] == .story {
            let r = sentences[si].tokens
            if let main, namesOtherBody(r, main: main) { continue }
            var venue: Venue?
            for k in r {
                if let c = city(at: k), sym(Int(c.mention.end)) != cues.w.s {
                    venue = Venue(city: c.city.name, country: c.city.country)
                    break
                }
            }
            if venue == nil {
                for k in r where sym(k) == cues.w.in_ || (sym(k) == cues.w.by && k > 0 && sym(k - 1) == cues.w.hosted) {
                    if let c = country(at: k + 1) ?? (sym(k + 1) == cues.w.the ? country(at: k + 2) : nil),
                        lexicon.hasEntry(c.mention, .country)
                    {
                        venue = Venue(city: nil, country: c.iso3)
                        break
                    }
                }
            }
            let (when, date) = whenPhrase(r)
            return NextRound(venue: venue, date: date, when: when, evidence: Evidence(span: sentences[si].span, rule: "rule.next.next-round"))
        }
        return nil
    }

    /// Whether the sentence's meeting phrase is another body: another kind, or another name that neither
    /// contains the other, unless its round is the main round plus one.
    private func namesOtherBody(_ r: Range<Int>, main: MechanismPhrase) -> Bool {
        for p in phrases where r.contains(p.nameTokens.lowerBound) {
            if let v = p.round?.value, let m = main.round?.value, v == m + 1 { return false }
            if p.kind != main.kind && p.kind != .other && main.kind != .other { return true }
            // ("The next trilateral meeting will be hosted by Iran": a lowercase meeting of no kind right after "next" is this
            // one's next; "ahead of its upcoming ministerial session" is another body's.)
            if p.kind == .other, sym(p.nameTokens.lowerBound - 1) == cues.w.next, !p.nameTokens.contains(where: { tokens[$0].isCapitalized }) {
                continue
            }
            if let a = p.name?.lowercased(), let b = main.name?.lowercased(), !a.contains(b) && !b.contains(a), p.kind != main.kind {
                return true
            }
        }
        return false
    }

    /// "on mutually convenient dates", "with dates to be mutually decided", "next year", "in 2025".
    private func whenPhrase(_ r: Range<Int>) -> (String?, ISODate?) {
        for k in r where sym(k) == cues.w.mutually {
            var start = k
            while start > max(r.lowerBound, k - 4), !(sym(start) == cues.w.on || sym(start) == cues.w.at || sym(start) == cues.w.with) { start -= 1 }
            if !(sym(start) == cues.w.on || sym(start) == cues.w.at || sym(start) == cues.w.with) { start = k }
            var end = k + 1
            while end < r.upperBound, end - k < 4, tokens[end].kind == .word, sym(end) != cues.w.in_ { end += 1 }
            return (string(start..<end), nil)
        }
        for d in dates(in: r) {
            if case .absolute(let date) = d.kind {
                var s = d.tokens.lowerBound
                if sym(s - 1) == cues.w.in_ || sym(s - 1) == cues.w.on { s -= 1 }
                return (string(s..<d.tokens.upperBound), date)
            }
        }
        for k in r {
            if sym(k) == cues.w.in_, let y = yearNumber(at: k + 1) {
                return (string(k..<(k + 2)), ISODate(year: y))
            }
            if sym(k) == cues.w.next, sym(k + 1) == cues.w.year {
                let s = sym(k - 1) == cues.w.early || sym(k - 1) == cues.w.later ? k - 1 : k
                return (string(s..<(k + 2)), published.map { ISODate(year: $0.year + 1) })
            }
            // ("later this" closing a text names no period: the phrase needs its third word.)
            if sym(k) == cues.w.later, sym(k + 1) == cues.w.this, k + 2 < r.upperBound {
                return (string(k..<(k + 3)), published.map { ISODate(year: $0.year) })
            }
        }
        return (nil, nil)
    }
}
