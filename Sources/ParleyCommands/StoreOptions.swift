import ArgumentParser
import ParleyStore

/// `--db`: where the record lives.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store: an SQLite file (default parley.sqlite, or $PARLEY_DB) or postgres://user@host:port/database.")
    var db: String?

    /// Opens the store, runs `body`, and closes the store whether `body` succeeds or throws.
    func with<T>(_ body: (RecordStore) async throws -> T) async throws -> T {
        let store = try await open()
        do {
            let value = try await body(store)
            try await store.close()
            return value
        } catch {
            try? await store.close()
            throw error
        }
    }

    /// Opens the store, turning failures into one clear line.
    func open() async throws -> RecordStore {
        do {
            return try await RecordStore.open(try StoreLocation.fromEnvironment(db))
        } catch let e as StoreError {
            throw UserError(e.description)
        }
    }
}

/// ISO-3 country codes from arguments, upper-cased and checked.
func countryCodes(_ args: [String]) throws -> [String] {
    try args.map { a in
        let c = a.uppercased()
        guard c.count == 3, c.allSatisfy({ $0.isLetter && $0.isASCII }) else {
            throw UserError("'\(a)' is not an ISO 3166-1 alpha-3 code (e.g. PAK, RUS)")
        }
        return c
    }
}
