import SQLKit

/// The tables `parley export` writes.
public enum ExportTable: String, Sendable, CaseIterable {
    case events, meetings, delegations, outcomes

    /// Columns, in order; documented in docs/exports.md.
    public var columns: [String] {
        switch self {
        case .events:
            return ["event_id", "date", "code", "root", "plover", "quad", "goldstein", "source_country", "source_sector",
                    "target_country", "target_sector", "mode", "negated", "meeting_id", "mentions"]
        case .meetings:
            return ["meeting_id", "kind", "mechanism", "parties", "round", "status", "date", "date_precision", "venue_city",
                    "venue_country", "format", "next_venue_city", "next_venue_country", "next_when", "anniversary_years", "sources"]
        case .delegations:
            return ["meeting_id", "document_id", "country", "role", "name", "title"]
        case .outcomes:
            return ["meeting_id", "document_id", "ordinal", "kind", "text", "topics"]
        }
    }

    var query: String {
        switch self {
        case .events:
            return """
                SELECT e.id AS event_id, e.date, e.code, e.root, e.plover, e.quad, e.goldstein, e.source_country, e.source_sector,
                  e.target_country, e.target_sector, e.mode, e.negated, e.meeting_id, e.mentions
                FROM events e WHERE e.id > $AFTER ORDER BY e.id LIMIT 5000
                """
        case .meetings:
            return """
                SELECT m.id AS meeting_id, m.kind, m.mechanism, m.party_key AS parties, m.round, m.status, m.date, m.date_precision,
                  m.venue_city, m.venue_country, m.format, m.next_venue_city, m.next_venue_country, m.next_when, m.anniversary_years,
                  (SELECT COUNT(DISTINCT document_id) FROM meeting_sources s WHERE s.meeting_id = m.id) AS sources
                FROM meetings m WHERE m.id > $AFTER ORDER BY m.id LIMIT 5000
                """
        case .delegations:
            return """
                SELECT meeting_id || '/' || document_id || '/' || country || '/' || name AS k, meeting_id, document_id, country, role, name, title
                FROM delegation_members WHERE meeting_id || '/' || document_id || '/' || country || '/' || name > $AFTER ORDER BY k LIMIT 5000
                """
        case .outcomes:
            return """
                SELECT meeting_id || '/' || document_id || '/' || CAST(ordinal AS TEXT) AS k, meeting_id, document_id, ordinal, kind, text, topics
                FROM outcomes WHERE meeting_id || '/' || document_id || '/' || CAST(ordinal AS TEXT) > $AFTER ORDER BY k LIMIT 5000
                """
        }
    }
}

extension RecordStore {
    /// Streams a table's rows in pages, each value as text (nil for SQL NULL), in a stable order.
    public func export(_ table: ExportTable, page: ([[String?]]) throws -> Void) async throws {
        var after = ""
        let keyColumn = table == .events ? "event_id" : table == .meetings ? "meeting_id" : "k"
        while true {
            let parts = table.query.components(separatedBy: "$AFTER")
            var q = SQLQueryString(parts[0])
            q.appendInterpolation(bind: after)
            q.appendInterpolation(unsafeRaw: parts[1])
            let rows = try await db.sql.raw(q).all()
            if rows.isEmpty { return }
            var out: [[String?]] = []
            for row in rows {
                out.append(try table.columns.map { try Self.text(row, $0) })
                after = try row.decode(column: keyColumn, as: String.self)
            }
            try page(out)
        }
    }

    static let integerColumns: Set<String> = ["quad", "negated", "mentions", "round", "anniversary_years", "sources", "ordinal"]

    static func text(_ row: any SQLRow, _ column: String) throws -> String? {
        if column == "goldstein" { return try row.decode(column: column, as: Double?.self).map { String($0) } }
        if integerColumns.contains(column) { return try row.decode(column: column, as: Int?.self).map(String.init) }
        return try row.decode(column: column, as: String?.self)
    }
}
