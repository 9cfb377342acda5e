import Foundation
import SQLKit

/// Named, append-only SQL migrations, applied in order when the store opens.
///
/// A migration is never edited once it has shipped: a change is a new migration.
enum Migrations {
    struct Migration: Sendable {
        var name: String
        var statements: @Sendable (Dialect) -> [String]
    }

    static let all: [Migration] = [
        Migration(name: "001_documents_meetings_events") { d in
            let real = d == .sqlite ? "REAL" : "DOUBLE PRECISION"
            return [
                """
                CREATE TABLE documents (
                  id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, title TEXT, published TEXT, source_url TEXT,
                  publisher TEXT, origin TEXT, text TEXT NOT NULL, reader_version TEXT NOT NULL, ingested_at TEXT NOT NULL)
                """,
                """
                CREATE TABLE meetings (
                  id TEXT PRIMARY KEY, kind TEXT NOT NULL, mechanism TEXT, mechanism_key TEXT NOT NULL, party_key TEXT NOT NULL,
                  round INTEGER, status TEXT NOT NULL, date TEXT, date_precision TEXT, venue_city TEXT, venue_country TEXT,
                  format TEXT, next_venue_city TEXT, next_venue_country TEXT, next_when TEXT, anniversary_years INTEGER)
                """,
                "CREATE INDEX meetings_party ON meetings (party_key, mechanism_key)",
                "CREATE TABLE meeting_parties (meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE, country TEXT NOT NULL, PRIMARY KEY (meeting_id, country))",
                "CREATE INDEX meeting_parties_country ON meeting_parties (country)",
                """
                CREATE TABLE meeting_sources (
                  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                  field TEXT NOT NULL, value TEXT, span_start INTEGER, span_end INTEGER, rule TEXT,
                  PRIMARY KEY (meeting_id, document_id, field))
                """,
                "CREATE INDEX meeting_sources_document ON meeting_sources (document_id)",
                """
                CREATE TABLE delegation_members (
                  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                  country TEXT NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL, title TEXT, span_start INTEGER, span_end INTEGER,
                  PRIMARY KEY (meeting_id, document_id, country, name))
                """,
                """
                CREATE TABLE outcomes (
                  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                  ordinal INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, topics TEXT NOT NULL,
                  span_start INTEGER, span_end INTEGER, PRIMARY KEY (meeting_id, document_id, ordinal))
                """,
                """
                CREATE TABLE events (
                  id TEXT PRIMARY KEY, code TEXT NOT NULL, root TEXT NOT NULL, plover TEXT, quad INTEGER NOT NULL,
                  goldstein \(real) NOT NULL, source_country TEXT, source_sector TEXT, target_country TEXT, target_sector TEXT,
                  pair_key TEXT NOT NULL, date TEXT, mode TEXT NOT NULL, negated INTEGER NOT NULL,
                  meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL)
                """,
                "CREATE INDEX events_pair_date ON events (pair_key, date)",
                "CREATE INDEX events_source_date ON events (source_country, date)",
                "CREATE INDEX events_target_date ON events (target_country, date)",
                """
                CREATE TABLE event_mentions (
                  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, rule TEXT NOT NULL, source_text TEXT, target_text TEXT,
                  PRIMARY KEY (event_id, document_id, span_start))
                """,
                "CREATE INDEX event_mentions_document ON event_mentions (document_id)",
            ]
        },
        Migration(name: "002_full_text") { d in
            switch d {
            case .sqlite:
                return ["CREATE VIRTUAL TABLE documents_fts USING fts5(id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')"]
            case .postgres:
                return [
                    "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED",
                    "CREATE INDEX documents_tsv ON documents USING GIN (tsv)",
                ]
            }
        },
        Migration(name: "003_event_timeline") { _ in
            [
                "ALTER TABLE events ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0",
                "UPDATE events SET mentions = (SELECT COUNT(DISTINCT x.document_id) FROM event_mentions x WHERE x.event_id = events.id)",
                // Covers a pair's timeline: the index alone answers it, in order, without touching the table.
                "CREATE INDEX events_pair_timeline ON events (pair_key, date, code, id, root, plover, quad, goldstein, source_country, source_sector, target_country, target_sector, mode, negated, meeting_id, mentions)",
                "DROP INDEX events_pair_date",
            ]
        },
    ]

    /// Applies every migration not yet recorded, each in its own transaction.
    static func run(on db: Database) async throws {
        try await db.sql.raw("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)").run()
        if db.dialect == .postgres { try await db.sql.raw("SELECT pg_advisory_lock(7220331)").run() }
        let applied = Set(try await db.sql.raw("SELECT name FROM schema_migrations").all(decodingColumn: "name", as: String.self))
        for m in all where !applied.contains(m.name) {
            try await db.transaction { sql in
                for statement in m.statements(db.dialect) {
                    do {
                        try await sql.raw(SQLQueryString(statement)).run()
                    } catch {
                        throw StoreError.database("migration \(m.name) failed on: \(statement.prefix(80))…: \(String(reflecting: error))")
                    }
                }
                try await sql.raw("INSERT INTO schema_migrations (name, applied_at) VALUES (\(bind: m.name), \(bind: Clock.now()))").run()
            }
        }
        if db.dialect == .postgres { try await db.sql.raw("SELECT pg_advisory_unlock(7220331)").run() }
    }
}

/// ISO-8601 timestamps for bookkeeping columns.
enum Clock {
    static func now() -> String {
        let t = Int(Date().timeIntervalSince1970)
        return String(t)
    }
}
