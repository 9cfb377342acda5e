import ParleyModel

/// The human summary of a Reading.
enum Summary {
    static func render(_ r: Reading) -> String {
        var out: [String] = []
        out.append("Document: \(r.document.title ?? "(no title)")  published \(r.document.published?.description ?? "unknown")")
        if r.meetings.isEmpty { out.append("No meeting reported.") }
        for (n, m) in r.meetings.enumerated() {
            var head = "Meeting \(n + 1): \(m.parties.joined(separator: "–")) \(m.mechanism ?? m.kind.rawValue)"
            if let round = m.round { head += ", round \(round)" }
            out.append(head)
            out.append("  status: \(m.status.rawValue)   date: \(m.date?.description ?? "unknown")   venue: \(place(m.venue))   format: \(m.format?.rawValue ?? "unknown")")
            for d in m.delegations {
                out.append("  \(d.country) delegation: head \(person(d.head))" + (d.members.isEmpty ? "" : "; members " + d.members.map { person($0) }.joined(separator: "; ")))
            }
            if !m.topics.isEmpty { out.append("  topics: " + m.topics.joined(separator: ", ")) }
            for o in m.outcomes { out.append("  \(o.kind.rawValue): \(o.text)") }
            if !m.regionalIssues.isEmpty { out.append("  regional issues: " + m.regionalIssues.joined(separator: ", ")) }
            if !m.multilateralForums.isEmpty { out.append("  forums: " + m.multilateralForums.joined(separator: ", ")) }
            if let a = m.anniversary { out.append("  anniversary: \(a.years) years of \(a.of)") }
            if let next = m.next {
                out.append("  next round: \(place(next.venue)) \(next.when ?? next.date?.description ?? "")")
            }
        }
        if !r.events.isEmpty { out.append("Events: \(r.events.count)") }
        for e in r.events {
            out.append("  \(e.code) \(e.plover) \(e.source.country ?? "-") -> \(e.target?.country ?? "-")  \(e.label)")
        }
        for d in r.diagnostics where d.severity == .warning { out.append("warning: \(d.message)") }
        return out.joined(separator: "\n")
    }

    static func place(_ v: Venue?) -> String {
        guard let v else { return "unknown" }
        return [v.city, v.country].compactMap { $0 }.joined(separator: ", ")
    }

    static func person(_ p: Person?) -> String {
        guard let p else { return "not named" }
        return p.title.map { "\(p.name) (\($0))" } ?? p.name
    }
}
