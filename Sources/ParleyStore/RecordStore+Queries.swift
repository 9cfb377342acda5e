import ParleyModel
import SQLKit

extension RecordStore {
    /// Every meeting of the countries (one: all its meetings; two or more: meetings with all of them), by date.
    public func meetings(of countries: [String]) async throws -> [MeetingRecord] {
        var query = SQLQueryString("SELECT m.* FROM meetings m WHERE 1 = 1")
        for c in countries {
            query.appendInterpolation(unsafeRaw: " AND EXISTS (SELECT 1 FROM meeting_parties p WHERE p.meeting_id = m.id AND p.country = ")
            query.appendInterpolation(bind: c)
            query.appendInterpolation(unsafeRaw: ")")
        }
        query.appendInterpolation(unsafeRaw: " ORDER BY m.date, m.round, m.id")
        var out: [MeetingRecord] = []
        for row in try await db.sql.raw(query).all() {
            let id = try row.decode(column: "id", as: String.self)
            out.append(
                MeetingRecord(
                    id: id, kind: try row.decode(column: "kind", as: String.self), mechanism: try row.decode(column: "mechanism", as: String?.self),
                    parties: (try row.decode(column: "party_key", as: String.self)).split(separator: "-").map(String.init),
                    round: try row.decode(column: "round", as: Int?.self), status: try row.decode(column: "status", as: String.self),
                    date: try row.decode(column: "date", as: String?.self), datePrecision: try row.decode(column: "date_precision", as: String?.self),
                    venueCity: try row.decode(column: "venue_city", as: String?.self), venueCountry: try row.decode(column: "venue_country", as: String?.self),
                    format: try row.decode(column: "format", as: String?.self), nextVenueCity: try row.decode(column: "next_venue_city", as: String?.self),
                    nextVenueCountry: try row.decode(column: "next_venue_country", as: String?.self), nextWhen: try row.decode(column: "next_when", as: String?.self),
                    anniversaryYears: try row.decode(column: "anniversary_years", as: Int?.self),
                    delegates: try await delegates(id), sources: try await sources(id), conflicts: try await conflicts(id)))
        }
        return out
    }

    private func delegates(_ meetingID: String) async throws -> [Delegate] {
        var seen = Set<String>()
        var out: [Delegate] = []
        for row in try await db.sql.raw("""
            SELECT country, role, name, title FROM delegation_members WHERE meeting_id = \(bind: meetingID)
            ORDER BY country, CASE role WHEN 'head' THEN 0 ELSE 1 END, name
            """).all()
        {
            let d = Delegate(
                country: try row.decode(column: "country", as: String.self), role: try row.decode(column: "role", as: String.self),
                name: try row.decode(column: "name", as: String.self), title: try row.decode(column: "title", as: String?.self))
            if seen.insert(d.country + "|" + d.name.lowercased()).inserted { out.append(d) }
        }
        return out
    }

    private func sources(_ meetingID: String) async throws -> [SourceRef] {
        try await db.sql.raw("""
            SELECT DISTINCT d.id, d.title, d.published, d.source_url FROM meeting_sources s JOIN documents d ON d.id = s.document_id
            WHERE s.meeting_id = \(bind: meetingID) ORDER BY d.published, d.id
            """).all().map {
            SourceRef(
                documentID: try $0.decode(column: "id", as: String.self), title: try $0.decode(column: "title", as: String?.self),
                published: try $0.decode(column: "published", as: String?.self), sourceURL: try $0.decode(column: "source_url", as: String?.self))
        }
    }

    /// Fields whose non-empty values differ between the meeting's sources.
    private func conflicts(_ meetingID: String) async throws -> [String: [String]] {
        var values: [String: [String]] = [:]
        for row in try await db.sql.raw("""
            SELECT field, value FROM meeting_sources WHERE meeting_id = \(bind: meetingID) AND value IS NOT NULL AND value <> ''
            AND field IN ('round', 'date', 'venue', 'format', 'status', 'next', 'anniversary') ORDER BY field, value
            """).all()
        {
            let f = try row.decode(column: "field", as: String.self)
            let v = try row.decode(column: "value", as: String.self)
            if !(values[f]?.contains(v) ?? false) { values[f, default: []].append(v) }
        }
        return values.filter { $0.value.count > 1 }
    }

    /// The events of a country or a pair (both directions), filtered, by date.
    public func events(_ f: EventFilter) async throws -> [EventRecord] {
        var q = SQLQueryString("""
            SELECT e.id, e.code, e.root, e.plover, e.quad, e.goldstein, e.source_country, e.source_sector, e.target_country, e.target_sector, e.date, e.mode, e.meeting_id, e.mentions FROM events e WHERE 1 = 1
            """)
        if f.countries.count >= 2 {
            q.appendInterpolation(unsafeRaw: " AND e.pair_key = ")
            q.appendInterpolation(bind: f.countries.sorted().prefix(2).joined(separator: "-"))
        } else if let c = f.countries.first {
            q.appendInterpolation(unsafeRaw: " AND (e.source_country = ")
            q.appendInterpolation(bind: c)
            q.appendInterpolation(unsafeRaw: " OR e.target_country = ")
            q.appendInterpolation(bind: c)
            q.appendInterpolation(unsafeRaw: ")")
        }
        if let s = f.since { q.appendInterpolation(unsafeRaw: " AND e.date >= "); q.appendInterpolation(bind: s) }
        if let u = f.until { q.appendInterpolation(unsafeRaw: " AND e.date <= "); q.appendInterpolation(bind: u) }
        if let quad = f.quad { q.appendInterpolation(unsafeRaw: " AND e.quad = "); q.appendInterpolation(bind: quad) }
        if let root = f.root { q.appendInterpolation(unsafeRaw: " AND e.root = "); q.appendInterpolation(bind: root) }
        q.appendInterpolation(unsafeRaw: " ORDER BY e.date, e.code, e.id LIMIT ")
        q.appendInterpolation(bind: f.limit)
        return try await db.sql.raw(q).all().map { row in
            EventRecord(
                id: try row.decode(column: "id", as: String.self), code: try row.decode(column: "code", as: String.self),
                root: try row.decode(column: "root", as: String.self), plover: try row.decode(column: "plover", as: String?.self),
                quad: try row.decode(column: "quad", as: Int.self), goldstein: try row.decode(column: "goldstein", as: Double.self),
                sourceCountry: try row.decode(column: "source_country", as: String?.self), sourceSector: try row.decode(column: "source_sector", as: String?.self),
                targetCountry: try row.decode(column: "target_country", as: String?.self), targetSector: try row.decode(column: "target_sector", as: String?.self),
                date: try row.decode(column: "date", as: String?.self), mode: try row.decode(column: "mode", as: String.self),
                meetingID: try row.decode(column: "meeting_id", as: String?.self), mentions: try row.decode(column: "mentions", as: Int.self))
        }
    }

    /// Full-text search over stored documents; the query is reduced to words before it reaches FTS.
    public func search(_ text: String, country: String? = nil, since: String? = nil, until: String? = nil, limit: Int = 20) async throws -> [SearchHit] {
        let words = SearchQuery.words(text)
        guard !words.isEmpty else { return [] }
        var q: SQLQueryString
        switch db.dialect {
        case .sqlite:
            q = SQLQueryString("""
                SELECT d.id, d.title, d.published, snippet(documents_fts, 2, '[', ']', '…', 14) AS snippet
                FROM documents_fts f JOIN documents d ON d.id = f.id WHERE documents_fts MATCH
                """)
            q.appendInterpolation(bind: SearchQuery.fts5(words))
        case .postgres:
            q = SQLQueryString("SELECT d.id, d.title, d.published, ts_headline('english', d.text, plainto_tsquery('english', ")
            q.appendInterpolation(bind: words.joined(separator: " "))
            q.appendInterpolation(unsafeRaw: "), 'StartSel=[, StopSel=], MaxWords=24, MinWords=10') AS snippet FROM documents d WHERE d.tsv @@ plainto_tsquery('english', ")
            q.appendInterpolation(bind: words.joined(separator: " "))
            q.appendInterpolation(unsafeRaw: ")")
        }
        if let since { q.appendInterpolation(unsafeRaw: " AND d.published >= "); q.appendInterpolation(bind: since) }
        if let until { q.appendInterpolation(unsafeRaw: " AND d.published <= "); q.appendInterpolation(bind: until) }
        if let country {
            q.appendInterpolation(unsafeRaw: " AND EXISTS (SELECT 1 FROM meeting_sources s JOIN meeting_parties p ON p.meeting_id = s.meeting_id WHERE s.document_id = d.id AND p.country = ")
            q.appendInterpolation(bind: country)
            q.appendInterpolation(unsafeRaw: ")")
        }
        q.appendInterpolation(unsafeRaw: " ORDER BY d.published DESC, d.id LIMIT ")
        q.appendInterpolation(bind: limit)
        return try await db.sql.raw(q).all().map {
            SearchHit(
                documentID: try $0.decode(column: "id", as: String.self), title: try $0.decode(column: "title", as: String?.self),
                published: try $0.decode(column: "published", as: String?.self), snippet: try $0.decode(column: "snippet", as: String.self))
        }
    }
}

/// Turns any user input into safe full-text terms: letters and digits only, each term quoted.
public enum SearchQuery {
    /// The words of a query (quotes, operators and punctuation dropped; at most 16 words).
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in text {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return Array(words.prefix(16))
    }

    /// An FTS5 query where every word is a quoted string (implicit AND).
    public static func fts5(_ words: [String]) -> String {
        words.map { "\"" + $0 + "\"" }.joined(separator: " ")
    }
}
