import ParleyReader
import ParleyStore

/// RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled; NULL is empty.
enum CSV {
    static func line(_ fields: [String?]) -> String {
        fields.map { f in
            guard let f else { return "" }
            if f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return f
        }.joined(separator: ",")
    }
}

/// Text and JSON renderings of stored records.
enum Rows {
    static func jsonObject(_ columns: [String], _ values: [String?]) -> String {
        var w = JSONWriter()
        w.beginObject()
        for (c, v) in zip(columns, values) {
            if ExportTableNumbers.integer.contains(c), let v, let i = Int(v) { w.field(c, i) }
            else if c == "goldstein", let v, let d = Double(v) { w.key(c); w.double(d) }
            else { w.field(c, v) }
        }
        w.endObject()
        return w.output
    }

    static func json(_ m: MeetingRecord) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("meeting_id", m.id)
        w.field("kind", m.kind)
        w.field("mechanism", m.mechanism)
        w.field("parties", m.parties)
        w.field("round", m.round)
        w.field("status", m.status)
        w.field("date", m.date)
        w.field("venue_city", m.venueCity)
        w.field("venue_country", m.venueCountry)
        w.field("format", m.format)
        w.key("delegates")
        w.beginArray()
        for d in m.delegates {
            w.beginObject()
            w.field("country", d.country); w.field("role", d.role); w.field("name", d.name); w.field("title", d.title)
            w.endObject()
        }
        w.endArray()
        w.field("sources", m.sources.map(\.documentID))
        w.key("conflicts")
        w.beginObject()
        for (k, v) in m.conflicts.sorted(by: { $0.key < $1.key }) { w.field(k, v) }
        w.endObject()
        w.endObject()
        return w.output
    }

    static func json(_ e: EventRecord) -> String {
        jsonObject(
            ["event_id", "date", "code", "root", "plover", "quad", "goldstein", "source_country", "source_sector", "target_country", "target_sector", "mode", "meeting_id", "mentions"],
            [e.id, e.date, e.code, e.root, e.plover, String(e.quad), String(e.goldstein), e.sourceCountry, e.sourceSector, e.targetCountry, e.targetSector, e.mode, e.meetingID, String(e.mentions)])
    }

    static func text(_ m: MeetingRecord) -> String {
        var lines: [String] = []
        var head = "\(m.date ?? "date unknown")  \(m.parties.joined(separator: "–"))  \(m.mechanism ?? m.kind)"
        if let r = m.round { head += ", round \(r)" }
        head += "  [\(m.status)]"
        lines.append(head)
        let venue = [m.venueCity, m.venueCountry].compactMap { $0 }.joined(separator: ", ")
        lines.append("    venue: \(venue.isEmpty ? "unknown" : venue)   format: \(m.format ?? "unknown")")
        for d in m.delegates { lines.append("    \(d.country) \(d.role): \(d.name)\(d.title.map { " (\($0))" } ?? "")") }
        if let next = m.nextWhen ?? m.nextVenueCity ?? m.nextVenueCountry {
            lines.append("    next: \([m.nextVenueCity, m.nextVenueCountry].compactMap { $0 }.joined(separator: ", ")) \(m.nextWhen ?? "")".replacingOccurrences(of: "  ", with: " ") + (next.isEmpty ? "" : ""))
        }
        for (field, values) in m.conflicts.sorted(by: { $0.key < $1.key }) { lines.append("    sources disagree on \(field): \(values.joined(separator: " | "))") }
        for s in m.sources { lines.append("    source \(s.documentID) \(s.published ?? "") \(s.title ?? "") \(s.sourceURL ?? "")") }
        return lines.joined(separator: "\n")
    }
}

enum ExportTableNumbers {
    static let integer: Set<String> = ["quad", "negated", "mentions", "round", "anniversary_years", "sources", "ordinal"]
}
