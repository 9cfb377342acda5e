import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// Which SQL dialect a connection speaks; only dialect-specific pieces branch on it.
public enum Dialect: Sendable {
    case sqlite, postgres
}

/// One connection to the store's database, with the SQLKit interface both dialects share.
public final class Database: @unchecked Sendable {
    /// The SQLKit database over this connection.
    public let sql: any SQLDatabase
    /// SQLite or PostgreSQL.
    public let dialect: Dialect
    private let closer: () async throws -> Void

    private init(sql: any SQLDatabase, dialect: Dialect, closer: @escaping () async throws -> Void) {
        self.sql = sql
        self.dialect = dialect
        self.closer = closer
    }

    /// Opens a connection to the location.
    public static func open(_ location: StoreLocation) async throws -> Database {
        var logger = Logger(label: "parley.store")
        logger.logLevel = .critical
        switch location {
        case .sqlite(let path):
            do {
                let storage: SQLiteConnection.Storage = path == ":memory:" ? .memory : .file(path: path)
                let connection = try await SQLiteConnection.open(storage: storage, logger: logger)
                let db = Database(sql: connection.sql(queryLogLevel: nil), dialect: .sqlite) { try await connection.close() }
                for pragma in ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"] {
                    try await db.sql.raw(SQLQueryString(pragma)).run()
                }
                return db
            } catch {
                throw StoreError.database("cannot open SQLite database \(path): \(error)")
            }
        case .postgres(let host, let port, let user, let password, let database, let schema):
            let config: PostgresConnection.Configuration =
                host.hasPrefix("/")
                ? .init(unixSocketPath: host.hasSuffix(".s.PGSQL.\(port)") ? host : "\(host)/.s.PGSQL.\(port)", username: user, password: password, database: database)
                : .init(host: host, port: port, username: user, password: password, database: database, tls: .disable)
            do {
                let connection = try await PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.any(), configuration: config, id: 1, logger: logger)
                let db = Database(sql: connection.sql(queryLogLevel: nil), dialect: .postgres) { try await connection.close() }
                do {
                    try await db.sql.raw("SET client_min_messages TO WARNING").run()
                    if let schema {
                        try await db.sql.raw("CREATE SCHEMA IF NOT EXISTS \(unsafeRaw: schema)").run()
                        try await db.sql.raw("SET search_path TO \(unsafeRaw: schema)").run()
                    }
                } catch {
                    // (A connection whose setup failed is closed, not dropped open.)
                    try? await connection.close()
                    throw error
                }
                return db
            } catch {
                throw StoreError.database("cannot connect to \(location): \(String(reflecting: error))")
            }
        }
    }

    /// Closes the connection.
    public func close() async throws { try await closer() }

    /// Runs `body` in one transaction: all of it is stored, or none of it.
    ///
    /// Two PostgreSQL writers that merge the same meeting or event can deadlock, or one's transaction can fail to
    /// serialize; the server then aborts one of them (SQLSTATE 40P01 or 40001), which is run again from the start, up to
    /// four more times, after a short pause that grows with each try.
    public func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            try await sql.raw(dialect == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
            do {
                let value = try await body(sql)
                try await sql.raw("COMMIT").run()
                return value
            } catch {
                try? await sql.raw("ROLLBACK").run()
                guard attempt < Self.maxAttempts, Self.isTransient(error) else { throw error }
                try await Task.sleep(nanoseconds: UInt64(attempt) * 20_000_000)
                attempt += 1
            }
        }
    }

    /// How many times a transaction the server aborted is tried in all.
    static let maxAttempts = 5

    /// Whether an error is a PostgreSQL deadlock or serialization failure, after which the transaction may be run again.
    static func isTransient(_ error: any Error) -> Bool {
        guard let e = error as? PSQLError, let state = e.serverInfo?[.sqlState] else { return false }
        return state == "40P01" || state == "40001"
    }
}
