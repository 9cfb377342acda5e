import ParleyModel

/// `--explain`: every value with the rule that produced it and the words it was read from.
enum Explain {
    static func render(_ r: Reading, text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func quote(_ s: Span) -> String {
            let lo = max(0, min(s.start, scalars.count))
            let hi = max(lo, min(s.end, scalars.count))
            var t = String(String.UnicodeScalarView(scalars[lo..<hi]))
            t = t.replacingNewlines()
            if t.count > 120 { t = String(t.prefix(117)) + "..." }
            return "[\(s.start)..<\(s.end)] \"\(t)\""
        }
        func line(_ field: String, _ value: String, _ e: Evidence?) -> String {
            let pad = field.padding(18)
            guard let e else { return "  \(pad) \(value)" }
            return "  \(pad) \(value)\n  \(String(repeating: " ", count: 18)) <- \(e.rule) \(quote(e.span))"
        }
        var out: [String] = []
        for (n, m) in r.meetings.enumerated() {
            out.append("meeting \(n)")
            out.append(line("kind", m.kind.rawValue, m.evidence["kind"]))
            out.append(line("mechanism", m.mechanism ?? "null", m.evidence["mechanism"]))
            out.append(line("parties", m.parties.joined(separator: ","), m.evidence["parties"]))
            out.append(line("round", m.round.map(String.init) ?? "null", m.evidence["round"]))
            out.append(line("status", m.status.rawValue, nil))
            out.append(line("date", m.date?.description ?? "null", m.evidence["date"]))
            out.append(line("venue", Summary.place(m.venue), m.evidence["venue"]))
            out.append(line("format", m.format?.rawValue ?? "null", m.evidence["format"]))
            for d in m.delegations {
                if let h = d.head { out.append(line("head \(d.country)", Summary.person(h), h.evidence)) }
                for p in d.members { out.append(line("member \(d.country)", Summary.person(p), p.evidence)) }
            }
            out.append(line("topics", m.topics.joined(separator: ", "), nil))
            for o in m.outcomes { out.append(line(o.kind.rawValue, o.topics.joined(separator: ", "), o.evidence)) }
            out.append(line("regional issues", m.regionalIssues.joined(separator: ", "), nil))
            out.append(line("forums", m.multilateralForums.joined(separator: ", "), nil))
            if let a = m.anniversary { out.append(line("anniversary", "\(a.years) (\(a.of))", a.evidence)) }
            if let x = m.next { out.append(line("next", "\(Summary.place(x.venue)) \(x.when ?? "")", x.evidence)) }
        }
        for (n, e) in r.events.enumerated() {
            out.append("event \(n)")
            out.append(line("code", "\(e.code) \(e.label) (\(e.plover), quad \(e.quad), Goldstein \(e.goldstein))", e.evidence))
            out.append(line("source", "\(e.source.country ?? "-") \(e.source.sector ?? "")", e.source.evidence))
            if let t = e.target { out.append(line("target", "\(t.country ?? "-") \(t.sector ?? "")", t.evidence)) }
        }
        for d in r.diagnostics {
            out.append("\(d.severity.rawValue): \(d.message)" + (d.evidence.map { " " + quote($0) } ?? ""))
        }
        return out.joined(separator: "\n")
    }
}

extension String {
    func replacingNewlines() -> String { String(map { $0 == "\n" ? " " : $0 }) }
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
