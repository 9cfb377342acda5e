/// The middle and end of a report: the review of relations, asides, regional issues, the next round.
extension ReportWriter {
    mutating func review() -> String {
        let p = plan
        let list = p.topics.joinedAsList
        let first: String
        switch rng.int(0...2) {
        case 0: first = "The two sides reviewed the entire spectrum of bilateral relations, including \(list) cooperation."
        case 1: first = "The delegations discussed cooperation in \(list), and identified new areas for joint work."
        default: first = "Both sides held in-depth discussions covering \(list) ties."
        }
        guard rng.chance(0.7) else { return first }
        let tone = rng.pick(Vocabulary.tones)
        return first + " They expressed satisfaction at the \(tone) trajectory of relations and underlined the importance of regular high-level exchanges."
    }

    mutating func fillers() -> [String] {
        let p = plan
        var out: [String] = []
        let lastA = p.headA.name.split(separator: " ").last.map(String.init) ?? p.headA.name
        if rng.chance(0.6) {
            let issue = p.regional.first ?? "regional connectivity"
            out.append("\(p.headA.title) \(lastA) briefed the \(p.b.adjective) side on \(p.a.name)'s perspective on \(issue), and stressed the need for dialogue and diplomacy.")
        }
        if rng.chance(0.5) {
            out.append("The \(p.guest.adjective) side thanked \(p.host.name) for the warm hospitality extended to the delegation. During the visit, the delegation also called on the \(p.host.adjective) Foreign Minister and visited \(rng.pick(Vocabulary.buildings)).")
        }
        if rng.chance(0.5) {
            out.append("The sides agreed to expedite work on pending agreements and memoranda of understanding, particularly in \(rng.pick(Vocabulary.topics)) and \(rng.pick(Vocabulary.topics)), and decided to convene the relevant working groups before the end of the year.")
        }
        if rng.chance(0.15) {
            let n = rng.pick(Vocabulary.anniversaries)
            out.append("Both sides noted that \(p.date.year) marks the \(n)th anniversary of the establishment of diplomatic relations between \(p.a.name) and \(p.b.name).")
        }
        if rng.chance(0.25) {
            let earlier = p.date.year - rng.int(1...3)
            let month = rng.pick(Vocabulary.months)
            out.append(rng.chance(0.5)
                ? "The previous round of consultations was held in \(p.guest.capital) in \(month) \(earlier)."
                : "The last consultations were held in \(month) \(earlier) in virtual mode.")
        }
        return out
    }

    mutating func regionalAndForums() -> String? {
        let p = plan
        var parts: [String] = []
        if !p.regional.isEmpty {
            parts.append("They also exchanged views on regional and international issues, including \(p.regional.joinedAsList).")
        }
        if !p.forums.isEmpty {
            parts.append(rng.chance(0.5)
                ? "The sides agreed to continue close coordination at \(p.forums.joinedAsList)."
                : "They noted the importance of mutual support within \(p.forums.joinedAsList).")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    mutating func closing() -> String? {
        let p = plan
        let next = p.guest
        switch rng.int(0...4) {
        case 0: return "The next round of the \(p.mechanism) will be held in \(next.capital) on mutually convenient dates."
        case 1: return "It was agreed to hold the next round of consultations in \(next.name) in \(p.date.year + 1)."
        case 2: return "The two sides agreed that the next meeting would be set to take place in \(next.capital), with dates to be mutually decided through diplomatic channels."
        default: return nil
        }
    }

    /// Occasional noise real reports carry: a publisher's teaser, a missing space, a typo.
    mutating func noise(_ body: String) -> String {
        var text = body
        if rng.chance(0.1) {
            text += "\n\nRead more: \(plan.a.name) and \(plan.b.name) sign visa waiver agreement"
        }
        if rng.chance(0.05), let r = text.firstRange(of: ". The") {
            text.replaceSubrange(r, with: ".The")
        }
        if rng.chance(0.05) {
            text = text.replacingFirst("cooperation", with: "cooperaton")
        }
        return text
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = firstRange(of: target) else { return self }
        var s = self
        s.replaceSubrange(r, with: replacement)
        return s
    }
}
