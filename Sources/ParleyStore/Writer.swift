import ParleyModel
import SQLKit

/// Writes one document's reading: merges each meeting into the record and adds event mentions.
struct Writer {
    let sql: any SQLDatabase
    let dialect: Dialect

    /// Returns how many meetings and events the reading touched.
    func write(documentID: String, reading: Reading) async throws -> (Int, Int) {
        var meetingIDs: [String] = []
        for m in reading.meetings {
            let id = try await merge(m, documentID: documentID)
            meetingIDs.append(id)
            try await sources(m, meetingID: id, documentID: documentID)
        }
        try await events(reading.events, meetingIDs: meetingIDs, documentID: documentID)
        return (meetingIDs.count, reading.events.count)
    }

    static func mechanismKey(_ m: Meeting) -> String {
        guard let mech = m.mechanism else { return "kind:" + m.kind.rawValue }
        return mech.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// The stored meeting this one is a report of (same parties and mechanism, round or date or venue agreeing), or a new one.
    private func merge(_ m: Meeting, documentID: String) async throws -> String {
        let partyKey = m.parties.joined(separator: "-")
        let mechKey = Self.mechanismKey(m)
        if dialect == .postgres {
            try await sql.raw("SELECT pg_advisory_xact_lock(hashtext(\(bind: partyKey)))").run()
        }
        let rows = try await sql.raw("""
            SELECT id, round, date, venue_city, mechanism_key FROM meetings
            WHERE party_key = \(bind: partyKey) AND kind = \(bind: m.kind.rawValue)
              AND (mechanism_key = \(bind: mechKey) OR mechanism_key LIKE 'kind:%' OR \(bind: mechKey) LIKE 'kind:%')
            """).all()
        for row in rows {
            let round = try row.decode(column: "round", as: Int?.self)
            let date = try row.decode(column: "date", as: String?.self)
            let city = try row.decode(column: "venue_city", as: String?.self)
            if Self.sameRound(m, round: round, date: date, city: city) {
                let id = try row.decode(column: "id", as: String.self)
                try await fillGaps(id, m)
                return id
            }
        }
        let id = StableID.make("m", [partyKey, mechKey, m.round.map(String.init), m.date?.description, m.round == nil && m.date == nil ? documentID : nil])
        try await sql.raw("""
            INSERT INTO meetings (id, kind, mechanism, mechanism_key, party_key, round, status, date, date_precision, venue_city,
              venue_country, format, next_venue_city, next_venue_country, next_when, anniversary_years)
            VALUES (\(bind: id), \(bind: m.kind.rawValue), \(bind: m.mechanism), \(bind: mechKey), \(bind: partyKey), \(bind: m.round),
              \(bind: m.status.rawValue), \(bind: m.date?.description), \(bind: m.date?.precision.rawValue), \(bind: m.venue?.city),
              \(bind: m.venue?.country), \(bind: m.format?.rawValue), \(bind: m.next?.venue?.city), \(bind: m.next?.venue?.country),
              \(bind: m.next?.when), \(bind: m.anniversary?.years))
            ON CONFLICT (id) DO NOTHING
            """).run()
        for c in m.parties {
            try await sql.raw("INSERT INTO meeting_parties (meeting_id, country) VALUES (\(bind: id), \(bind: c)) ON CONFLICT DO NOTHING").run()
        }
        return id
    }

    /// Rounds must agree when both are known; else day dates within a day, else the same venue city.
    static func sameRound(_ m: Meeting, round: Int?, date: String?, city: String?) -> Bool {
        if let a = m.round, let b = round { return a == b }
        if let a = m.date, a.precision == .day, let text = date, let b = ISODate(iso: text), b.precision == .day {
            return abs(a.dayNumber - b.dayNumber) <= 1
        }
        if let a = m.venue?.city, let b = city, a == b {
            if let x = m.date, let text = date, let y = ISODate(iso: text) { return x.year == y.year }
            return true
        }
        return false
    }

    /// A new report fills fields the record lacked; it never overwrites one (disagreements stay in meeting_sources).
    private func fillGaps(_ id: String, _ m: Meeting) async throws {
        try await sql.raw("""
            UPDATE meetings SET
              mechanism = COALESCE(mechanism, \(bind: m.mechanism)), round = COALESCE(round, \(bind: m.round)),
              date = COALESCE(date, \(bind: m.date?.description)), date_precision = COALESCE(date_precision, \(bind: m.date?.precision.rawValue)),
              venue_city = COALESCE(venue_city, \(bind: m.venue?.city)), venue_country = COALESCE(venue_country, \(bind: m.venue?.country)),
              format = COALESCE(format, \(bind: m.format?.rawValue)), next_venue_city = COALESCE(next_venue_city, \(bind: m.next?.venue?.city)),
              next_venue_country = COALESCE(next_venue_country, \(bind: m.next?.venue?.country)), next_when = COALESCE(next_when, \(bind: m.next?.when)),
              anniversary_years = COALESCE(anniversary_years, \(bind: m.anniversary?.years))
            WHERE id = \(bind: id)
            """).run()
    }

    /// Which document said which field, with the span and rule.
    private func sources(_ m: Meeting, meetingID: String, documentID: String) async throws {
        let venue = m.venue.map { "\($0.city ?? "")|\($0.country ?? "")" }
        let fields: [(String, String?)] = [
            ("kind", m.kind.rawValue), ("mechanism", m.mechanism), ("parties", m.parties.joined(separator: ",")),
            ("round", m.round.map(String.init)), ("status", m.status.rawValue), ("date", m.date?.description), ("venue", venue),
            ("format", m.format?.rawValue), ("topics", m.topics.joined(separator: ";")),
            ("regional_issues", m.regionalIssues.joined(separator: ";")), ("multilateral_forums", m.multilateralForums.joined(separator: ";")),
            ("next", m.next.map { "\($0.venue?.city ?? "")|\($0.venue?.country ?? "")|\($0.when ?? "")" }),
            ("anniversary", m.anniversary.map { "\($0.years)" }),
        ]
        var q = SQLQueryString("INSERT INTO meeting_sources (meeting_id, document_id, field, value, span_start, span_end, rule) VALUES ")
        for (n, (field, value)) in fields.enumerated() {
            let e = m.evidence[field]
            if n > 0 { q.appendInterpolation(unsafeRaw: ", ") }
            q.appendInterpolation(unsafeRaw: "(")
            q.appendInterpolation(binds: [meetingID, documentID, field, value, e?.span.start, e?.span.end, e?.rule] as [any Encodable & Sendable])
            q.appendInterpolation(unsafeRaw: ")")
        }
        q.appendInterpolation(unsafeRaw: " ON CONFLICT DO NOTHING")
        try await sql.raw(q).run()
        for d in m.delegations {
            for (role, p) in (d.head.map { [("head", $0)] } ?? []) + d.members.map({ ("member", $0) }) {
                try await sql.raw("""
                    INSERT INTO delegation_members (meeting_id, document_id, country, role, name, title, span_start, span_end)
                    VALUES (\(bind: meetingID), \(bind: documentID), \(bind: d.country), \(bind: role), \(bind: p.name), \(bind: p.title),
                            \(bind: p.evidence.span.start), \(bind: p.evidence.span.end))
                    ON CONFLICT DO NOTHING
                    """).run()
            }
        }
        for (n, o) in m.outcomes.enumerated() {
            try await sql.raw("""
                INSERT INTO outcomes (meeting_id, document_id, ordinal, kind, text, topics, span_start, span_end)
                VALUES (\(bind: meetingID), \(bind: documentID), \(bind: n), \(bind: o.kind.rawValue), \(bind: o.text),
                        \(bind: o.topics.joined(separator: ";")), \(bind: o.evidence.span.start), \(bind: o.evidence.span.end))
                ON CONFLICT DO NOTHING
                """).run()
        }
    }

    /// The document's events (many reports of one event are many mentions of it), in two statements.
    private func events(_ list: [Event], meetingIDs: [String], documentID: String) async throws {
        guard !list.isEmpty else { return }
        var events = SQLQueryString("""
            INSERT INTO events (id, code, root, plover, quad, goldstein, source_country, source_sector, target_country, target_sector,
              pair_key, date, mode, negated, meeting_id) VALUES
            """)
        var mentions = SQLQueryString("INSERT INTO event_mentions (event_id, document_id, span_start, span_end, rule, source_text, target_text) VALUES ")
        for (n, e) in list.enumerated() {
            let meetingID = e.meeting.flatMap { $0 < meetingIDs.count ? meetingIDs[$0] : nil }
            let pair = [e.source.country, e.target?.country].compactMap { $0 }.sorted().joined(separator: "-")
            let id = StableID.make("e", [e.code, e.source.country, e.source.sector, e.target?.country, e.target?.sector, e.date?.description, meetingID])
            let sep = n > 0 ? ", (" : "("
            events.appendInterpolation(unsafeRaw: sep)
            events.appendInterpolation(binds: [
                id, e.code, e.root, e.plover.isEmpty ? nil : e.plover, e.quad, e.goldstein, e.source.country, e.source.sector,
                e.target?.country, e.target?.sector, pair, e.date?.description, e.mode.rawValue, e.negated ? 1 : 0, meetingID,
            ] as [any Encodable & Sendable])
            events.appendInterpolation(unsafeRaw: ")")
            mentions.appendInterpolation(unsafeRaw: sep)
            mentions.appendInterpolation(binds: [
                id, documentID, e.evidence.span.start, e.evidence.span.end, e.evidence.rule, e.source.text, e.target?.text,
            ] as [any Encodable & Sendable])
            mentions.appendInterpolation(unsafeRaw: ")")
        }
        events.appendInterpolation(unsafeRaw: " ON CONFLICT (id) DO NOTHING")
        mentions.appendInterpolation(unsafeRaw: " ON CONFLICT DO NOTHING")
        try await sql.raw(events).run()
        try await sql.raw(mentions).run()
        try await sql.raw("UPDATE events SET mentions = (SELECT COUNT(DISTINCT x.document_id) FROM event_mentions x WHERE x.event_id = events.id) WHERE id IN (SELECT event_id FROM event_mentions WHERE document_id = \(bind: documentID))").run()
    }
}
