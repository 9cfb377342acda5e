/// Writes one report from a plan: headline and header, then paragraphs assembled from sentence templates.
struct ReportWriter {
    let plan: ReportPlan
    var rng: SplitMix64
    /// Whether the header carries the publication date, so relative dates ("yesterday") can be resolved.
    private(set) var datedHeader = false

    init(plan: ReportPlan, rng: SplitMix64) {
        self.plan = plan
        self.rng = rng
    }

    /// The whole report.
    mutating func write() -> String {
        let headline = self.headline()
        var paragraphs = [opening(), delegations(), review()]
        paragraphs += fillers()
        paragraphs += [regionalAndForums(), closing()].compactMap { $0 }
        var body = paragraphs.joined(separator: "\n\n")
        body = noise(body)
        return header(headline) + body + "\n"
    }

    private mutating func header(_ headline: String) -> String {
        switch rng.int(0...3) {
        case 0:
            datedHeader = true
            return "---\ntitle: \(headline)\npublished: \(plan.published.iso)\n---\n\n"
        case 1:
            datedHeader = true
            return "\(headline)\n\nPublished: \(plan.published.long)\n\n"
        case 2:
            return "\(headline)\n\n\(plan.host.capital.uppercased()), \(plan.published.monthName) \(plan.published.day) (APP): "
        default:
            return "\(headline)\n\n"
        }
    }

    private mutating func headline() -> String {
        let p = plan
        switch rng.int(0...3) {
        case 0: return "\(p.a.name) and \(p.b.name) hold \(p.mechanism) in \(p.isVirtual ? "virtual format" : p.city)"
        case 1: return "\(p.a.name), \(p.b.name) review bilateral ties at \(p.mechanism)"
        case 2:
            if let o = p.ordinal(&rng) { return "\(p.pairName) \(p.mechanism): \(o) round \(p.isPreview ? "to be held" : "held")" }
            return "\(p.pairName) \(p.mechanism) \(p.isPreview ? "to open" : "held") in \(p.city)"
        default: return "\(p.guest.adjective) delegation in \(p.city) for talks on \(p.topics[0]) cooperation"
        }
    }

    /// The meeting date as this report writes it.
    private mutating func when() -> String {
        let p = plan
        let gap = p.daysToPublication
        if datedHeader && !p.isPreview && rng.chance(0.4) {
            if gap == 0 { return "today" }
            if gap == 1 { return "yesterday" }
            if gap > 0 { return "on \(Vocabulary.weekdays[p.date.weekday])" }
        }
        switch rng.int(0...2) {
        case 0: return "on \(p.date.long)"
        case 1: return "on \(p.date.american)"
        default: return datedHeader ? "on \(p.date.noYear)" : "on \(p.date.long)"
        }
    }

    private mutating func opening() -> String {
        let p = plan
        let venue = p.isVirtual ? "via videoconference" : (rng.chance(0.2) ? "at \(rng.pick(Vocabulary.buildings)) in \(p.city)" : "in \(p.city)")
        let date = when()
        let source = rng.pick(Vocabulary.sources)
        let ord = p.ordinal(&rng)
        if p.isPreview {
            if let ord { return "\(p.a.name) and \(p.b.name) will hold the \(ord) round of the \(p.mechanism) \(venue) \(date), \(source)." }
            return "The \(p.pairName) \(p.mechanism) are set to take place \(venue) \(date), with the agenda to be finalised by both sides."
        }
        switch (ord, rng.int(0...2)) {
        case (let o?, 0): return "The \(o) round of the \(p.mechanism) between \(p.a.name) and \(p.b.name) was held \(venue) \(date)."
        case (let o?, 1): return "The \(o.capitalizedFirst) \(p.pairName) \(p.mechanism) were held \(venue) \(date), \(source)."
        case (let o?, _): return "The \(o) meeting of the \(p.pairName) \(p.mechanism) took place \(venue) \(date)."
        case (nil, 0): return "\(p.a.name) and \(p.b.name) held another round of their \(p.mechanism) \(venue) \(date), \(source)."
        case (nil, _): return "\(p.a.name) and \(p.b.name) held the \(p.pairName) \(p.mechanism) \(venue) \(date)."
        }
    }

    private mutating func delegations() -> String {
        let p = plan
        let (ta, na, tb, nb) = (p.headA.title, p.headA.name, p.headB.title, p.headB.name)
        switch rng.int(0...4) {
        case 0: return "The \(p.a.adjective) delegation was led by \(ta) \(na), while the \(p.b.adjective) side was headed by \(tb) \(nb)."
        case 1: return "\(ta) \(na) held consultations with the \(p.b.adjective) \(tb), \(nb)."
        case 2: return "The consultations were co-chaired by \(ta) \(na) and \(tb) \(nb)."
        case 3: return "\(ta) \(na) and \(tb) \(nb) led their respective delegations."
        default: return "\(na), \(ta) of \(p.a.name), and \(nb), \(tb) of \(p.b.name), led the two delegations."
        }
    }
}

extension String {
    /// The string with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
