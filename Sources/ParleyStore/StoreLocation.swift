import Foundation

/// Where the record lives: an SQLite file (the embedded default) or a PostgreSQL database.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    /// An SQLite file path (`:memory:` for a throwaway store).
    case sqlite(path: String)
    /// A PostgreSQL server: host or Unix-socket folder, port, user, password, database, and an optional schema.
    case postgres(host: String, port: Int, user: String, password: String?, database: String, schema: String? = nil)

    /// The default: `PARLEY_DB` from the environment, else `parley.sqlite` in the working directory.
    public static func fromEnvironment(_ flag: String?) throws -> StoreLocation {
        let value = flag ?? ProcessInfo.processInfo.environment["PARLEY_DB"] ?? "parley.sqlite"
        return try parse(value)
    }

    /// `postgres://user:password@host:port/database` (host may be a socket folder, `%2F`-encoded) or a file path.
    public static func parse(_ value: String) throws -> StoreLocation {
        guard value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") else { return .sqlite(path: value) }
        guard let url = URLComponents(string: value), let host = url.percentEncodedHost ?? url.host else {
            throw StoreError.badLocation("'\(value)' is not a postgres:// URL; write postgres://user@host:5432/database")
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw StoreError.badLocation("'\(value)' names no database; add /database at the end") }
        var hostValue = host.removingPercentEncoding ?? host
        if let socket = url.queryItems?.first(where: { $0.name == "host" })?.value { hostValue = socket }
        let schema = url.queryItems?.first(where: { $0.name == "schema" })?.value
        if let schema, schema.isEmpty || !schema.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            throw StoreError.badLocation("schema '\(schema)' must be letters, digits and _")
        }
        return .postgres(
            host: hostValue.isEmpty ? "localhost" : hostValue, port: url.port ?? 5432, user: url.user ?? "postgres",
            password: url.password, database: database, schema: schema)
    }

    /// The location for messages (passwords hidden).
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let host, let port, let user, _, let database, let schema):
            return "postgres://\(user)@\(host):\(port)/\(database)" + (schema.map { "?schema=\($0)" } ?? "")
        }
    }
}

/// What went wrong with the store, in words for a user.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The --db value is not usable.
    case badLocation(String)
    /// The database could not be opened or a statement failed.
    case database(String)

    /// One line for a user.
    public var description: String {
        switch self {
        case .badLocation(let m): return m
        case .database(let m): return m
        }
    }
}
