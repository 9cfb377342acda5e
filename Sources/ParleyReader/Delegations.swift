import ParleyLexicon
import ParleyModel

/// Stage 5: heads and members, each on its side.
extension Analysis {
    private enum Role { case head, member, none }

    /// Groups titled people into delegations by side and role.
    func delegationsOf(
        people: [PersonMention], parties: inout [String], issuer: String?, host: String?, notes: inout [Diagnostic]
    ) -> [Delegation] {
        var resolved: [(PersonMention, Role)] = []
        var seen: [(key: [Substring], index: Int)] = []
        for p in people {
            if let t = p.title?.lowercased(), t.contains("spokes") { continue }
            let role = self.role(of: p)
            let key = Self.nameParts(p.name)
            if let k = seen.first(where: { $0.key == key || Self.sameSurname($0.key, key) })?.index {
                if resolved[k].0.title == nil, p.title != nil { resolved[k].0.title = p.title }
                if resolved[k].0.country == nil, p.country != nil { resolved[k].0.country = p.country; resolved[k].0.countryRule = p.countryRule }
                if resolved[k].1 == .none { resolved[k].1 = role }
                continue
            }
            seen.append((key, resolved.count))
            resolved.append((p, role))
        }
        assignSides(&resolved, parties: parties, issuer: issuer, notes: &notes)
        var bySide: [String: Delegation] = [:]
        for (p, role) in resolved where role != .none {
            guard let c = p.country else {
                notes.append(Diagnostic(.note, "no side found for \(p.name)", at: span(p.tokens)))
                continue
            }
            let person = Person(
                name: p.name, title: p.title, country: c,
                evidence: Evidence(span: span(p.tokens), rule: p.rule + (p.countryRule.map { "+" + $0 } ?? "")))
            var d = bySide[c] ?? Delegation(country: c, head: nil, members: [])
            if role == .head && d.head == nil { d.head = person } else { d.members.append(person) }
            bySide[c] = d
            if !parties.contains(c) && parties.count < 2 { parties.append(c) }
        }
        return Array(bySide.values)
    }

    /// Head when the nearest cue in the clause says led/headed/co-chaired; member when it says included/also.
    private func role(of p: PersonMention) -> Role {
        let r = sentences[p.sentence].tokens
        let (lo, hi) = clause(around: p.nameTokens.lowerBound, in: r)
        var best: (distance: Int, role: Role) = (Int.max, .none)
        for k in lo..<hi where !p.tokens.contains(k) {
            var role: Role = .none
            if isAny(k, cues.memberWords) {
                role = .member
            } else if isAny(k, cues.headVerbs) || sym(k) == cues.w.met || isAttended(k) || isAny(k, cues.hostVerbs) {
                role = .head
            }
            guard role != .none else { continue }
            let d = k < p.tokens.lowerBound ? p.tokens.lowerBound - k : k - p.tokens.upperBound + 1
            if d < best.distance || (d == best.distance && role == .head) { best = (d, role) }
        }
        if best.role == .none, r.contains(where: { isAny($0, cues.meetingVerbs) }), p.sentence <= firstStorySentence + 3 {
            return .head
        }
        return best.role
    }

    private var firstStorySentence: Int { zones.firstIndex(of: .story) ?? 0 }

    private func isAttended(_ k: Int) -> Bool {
        return isAny(k, cues.attendedWords)
    }

    /// Clause bounds around token `i`: "while", "whereas" and ";" split clauses.
    private func clause(around i: Int, in r: Range<Int>) -> (Int, Int) {
        var lo = i
        while lo > r.lowerBound, !isBreak(lo - 1) { lo -= 1 }
        var hi = i
        while hi < r.upperBound, !isBreak(hi) { hi += 1 }
        return (lo, hi)
    }

    private func isBreak(_ k: Int) -> Bool {
        sym(k) == cues.w.while_ || sym(k) == cues.w.whereas || text.bytes[Int(tokens[k].start)] == UInt8(ascii: ";")
    }

    /// Sides: explicit words first, then "the X side/delegation" in the clause, "respective"/"respectively" order,
    /// elimination between two parties, and last the issuing or host country.
    private func assignSides(_ people: inout [(PersonMention, Role)], parties: [String], issuer: String?, notes: inout [Diagnostic]) {
        for k in people.indices where people[k].0.country == nil {
            let p = people[k].0
            if let c = sideNoun(near: p) {
                people[k].0.country = c
                people[k].0.countryRule = "rule.side.delegation-noun"
            }
        }
        respectively(&people, parties: parties)
        // Elimination: heads in one sentence with two parties take the party the other lacks.
        let heads = people.indices.filter { people[$0].1 == .head }
        for k in heads where people[k].0.country == nil && parties.count == 2 {
            let taken = Set(heads.compactMap { people[$0].0.country })
            let free = parties.filter { !taken.contains($0) }
            if free.count == 1 {
                people[k].0.country = free[0]
                people[k].0.countryRule = "rule.side.elimination"
            }
        }
        for k in people.indices where people[k].0.country == nil {
            if let issuer, parties.contains(issuer) || parties.isEmpty {
                people[k].0.country = issuer
                people[k].0.countryRule = "rule.side.issuer"
            }
        }
    }

    /// "the Russian delegation was led by …" / "… led the Pakistani side": the nearest side noun before the
    /// person in the same clause, else the nearest after it.
    private func sideNoun(near p: PersonMention) -> String? {
        let r = sentences[p.sentence].tokens
        let (lo, hi) = clause(around: p.nameTokens.lowerBound, in: r)
        var before: String?
        var after: String?
        for k in lo..<hi where isAny(k, cues.sideNouns) && !p.tokens.contains(k) {
            var j = k - 1
            if sym(j) == cues.w.s { j -= 1 }
            guard j >= lo, let m = mention(covering: j), let c = country(at: Int(m.start)) else { continue }
            // "the Spanish and Moroccan teams" names two sides: not one person's.
            if Int(m.start) > lo + 1, sym(Int(m.start) - 1) == cues.w.and { continue }
            if k < p.tokens.lowerBound { before = c.iso3 } else if after == nil { after = c.iso3 }
        }
        return before ?? after
    }

    /// "A and B led their respective delegations" / "led by A and B, respectively": pair in order.
    private func respectively(_ people: inout [(PersonMention, Role)], parties: [String]) {
        let bySentence = Dictionary(grouping: people.indices, by: { people[$0].0.sentence })
        // ("A, B and C led their respective delegations" at a trilateral meeting: three, in the order of the parties.)
        for (si, idx) in bySentence where idx.count == 2 || (idx.count == 3 && parties.count == 3) {
            let n = idx.count
            let r = sentences[si].tokens
            let pairedList = countryLists(in: r, excluding: []).first(where: { $0.count == n })
            let respective = r.contains(where: { sym($0) == cues.w.respective || sym($0) == cues.w.respectively })
            guard respective || (n == 2 && pairedList != nil && r.contains(where: { isAny($0, cues.sideNouns) })) else { continue }
            var order = pairedList ?? []
            if order.isEmpty { order = parties.count == n ? parties : [] }
            guard order.count == n else { continue }
            let sorted = idx.sorted { people[$0].0.tokens.lowerBound < people[$1].0.tokens.lowerBound }
            let known = sorted.compactMap { people[$0].0.country }
            for (n, k) in sorted.enumerated() where people[k].0.country == nil {
                let want = order[n]
                people[k].0.country = known.contains(want) ? order.first { !known.contains($0) } : want
                people[k].0.countryRule = "rule.side.respective"
            }
        }
    }

    /// A name's lowercased words.
    static func nameParts(_ name: String) -> [Substring] {
        name.lowercased().split(whereSeparator: { !$0.isLetter })
    }

    /// "Asad Majeed" and "Asad Majeed Khan", or "Rudenko" alone, are one person.
    static func sameSurname(_ x: [Substring], _ y: [Substring]) -> Bool {
        guard let xl = x.last, let yl = y.last else { return false }
        if x.count == 1 || y.count == 1 { return xl == yl || x.contains(yl) || y.contains(xl) }
        return x.first == y.first && (xl == yl || x.contains(yl) || y.contains(xl))
    }
}
