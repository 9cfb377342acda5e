import Foundation
import ParleyModel
import SQLKit

/// Parley's record: documents, meetings merged across their reports, events with their mentions.
///
/// One implementation over SQLKit serves SQLite and PostgreSQL; only the full-text pieces branch.
public final class RecordStore: Sendable {
    let db: Database

    init(db: Database) { self.db = db }

    /// Opens (creating if needed) the store and applies pending migrations.
    public static func open(_ location: StoreLocation) async throws -> RecordStore {
        let db = try await Database.open(location)
        try await Migrations.run(on: db)
        return RecordStore(db: db)
    }

    /// The dialect in use.
    public var dialect: Dialect { db.dialect }

    /// Closes the connection.
    public func close() async throws { try await db.close() }

    /// Stores a document with its reading in one transaction; the same text twice is one document.
    public func ingest(_ doc: DocumentRecord, reading: Reading) async throws -> IngestOutcome {
        try await ingest(doc, reading: reading, holdingOpenFor: 0)
    }

    /// `ingest`, keeping the transaction open `nanoseconds` after its writes (tests race a second writer against it).
    func ingest(_ doc: DocumentRecord, reading: Reading, holdingOpenFor nanoseconds: UInt64) async throws -> IngestOutcome {
        // (Any conflict, not only on the hash: the id is the hash's first 16 hex digits, and two writers racing on one new
        // document meet first on the primary key, where "ON CONFLICT (sha256)" would let PostgreSQL raise a unique violation
        // instead of reporting the duplicate.)
        try await db.transaction { sql in
            let inserted = try await sql.raw("""
                INSERT INTO documents (id, sha256, title, published, source_url, publisher, origin, text, reader_version, ingested_at)
                VALUES (\(bind: doc.id), \(bind: doc.sha256), \(bind: doc.title), \(bind: doc.published), \(bind: doc.sourceURL),
                        \(bind: doc.publisher), \(bind: doc.origin), \(bind: doc.text), \(bind: doc.readerVersion), \(bind: Clock.now()))
                ON CONFLICT DO NOTHING RETURNING id
                """).first()
            guard inserted != nil else { return .duplicate(documentID: doc.id) }
            if self.db.dialect == .sqlite {
                try await sql.raw("INSERT INTO documents_fts (id, title, text) VALUES (\(bind: doc.id), \(bind: doc.title ?? ""), \(bind: doc.text))").run()
            }
            let (meetings, events) = try await Writer(sql: sql, dialect: self.db.dialect).write(documentID: doc.id, reading: reading)
            if nanoseconds > 0 { try await Task.sleep(nanoseconds: nanoseconds) }
            return .stored(documentID: doc.id, meetings: meetings, events: events)
        }
    }

    /// Writes everything `ingest` writes, then fails inside the transaction (tests prove the rollback).
    func ingestFailingAfterWrites(_ doc: DocumentRecord, reading: Reading) async throws {
        struct Injected: Error {}
        _ = try await db.transaction { sql in
            try await sql.raw("INSERT INTO documents (id, sha256, text, reader_version, ingested_at) VALUES (\(bind: doc.id), \(bind: doc.sha256), \(bind: doc.text), \(bind: doc.readerVersion), \(bind: Clock.now()))").run()
            _ = try await Writer(sql: sql, dialect: self.db.dialect).write(documentID: doc.id, reading: reading)
            throw Injected()
        } as Void
    }

    /// Replaces a document's readings with a new one (after the reader improved), in one transaction.
    public func replaceReading(documentID: String, reading: Reading, readerVersion: String) async throws {
        try await db.transaction { sql in
            // Only this document's meetings and events can be orphaned: find them before its rows go.
            try await sql.raw("UPDATE events SET mentions = mentions - 1 WHERE id IN (SELECT DISTINCT event_id FROM event_mentions WHERE document_id = \(bind: documentID))").run()
            try await sql.raw("DELETE FROM events WHERE mentions <= 0 AND id IN (SELECT event_id FROM event_mentions WHERE document_id = \(bind: documentID))").run()
            try await sql.raw("DELETE FROM meetings WHERE id IN (SELECT meeting_id FROM meeting_sources WHERE document_id = \(bind: documentID)) AND NOT EXISTS (SELECT 1 FROM meeting_sources s WHERE s.meeting_id = meetings.id AND s.document_id <> \(bind: documentID))").run()
            for table in ["meeting_sources", "delegation_members", "outcomes", "event_mentions"] {
                try await sql.raw("DELETE FROM \(unsafeRaw: table) WHERE document_id = \(bind: documentID)").run()
            }
            try await sql.raw("UPDATE documents SET reader_version = \(bind: readerVersion) WHERE id = \(bind: documentID)").run()
            _ = try await Writer(sql: sql, dialect: self.db.dialect).write(documentID: documentID, reading: reading)
        }
    }

    /// Every stored document, oldest first (for re-reading).
    public func documents() async throws -> [DocumentRecord] {
        try await db.sql.raw("SELECT sha256, title, published, source_url, publisher, origin, text, reader_version FROM documents ORDER BY ingested_at, id").all().map { row in
            DocumentRecord(
                sha256: try row.decode(column: "sha256", as: String.self), title: try row.decode(column: "title", as: String?.self),
                published: try row.decode(column: "published", as: String?.self), sourceURL: try row.decode(column: "source_url", as: String?.self),
                publisher: try row.decode(column: "publisher", as: String?.self), origin: try row.decode(column: "origin", as: String?.self),
                text: try row.decode(column: "text", as: String.self), readerVersion: try row.decode(column: "reader_version", as: String.self))
        }
    }

    /// Whether a document with this hash is stored.
    public func contains(sha256: String) async throws -> Bool {
        try await db.sql.raw("SELECT 1 AS one FROM documents WHERE sha256 = \(bind: sha256)").first() != nil
    }

    /// Row counts of the main tables.
    public func counts() async throws -> [String: Int] {
        var out: [String: Int] = [:]
        for table in ["documents", "meetings", "meeting_sources", "events", "event_mentions"] {
            out[table] = try await db.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return out
    }
}

/// Stable short ids: FNV-1a 64-bit of the identifying fields, as hex.
enum StableID {
    static func make(_ prefix: String, _ parts: [String?]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for b in (part ?? "∅").utf8 {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
            h ^= 0x1F
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
