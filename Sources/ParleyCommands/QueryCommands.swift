import ArgumentParser
import Foundation
import ParleyStore

/// `parley meetings PAK RUS`: the rounds of every mechanism between the countries.
struct MeetingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings", abstract: "List the meetings of a country or pair, with heads, venue, sources and disagreements.")

    @Argument(help: "One or more ISO3 country codes.")
    var countries: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text or jsonl.")
    var format: ListFormat = .text

    func run() async throws {
        try await withUserErrors {
            let codes = try countryCodes(countries)
            let meetings = try await store.with { try await $0.meetings(of: codes) }
            if format == .jsonl {
                for m in meetings { print(Rows.json(m)) }
                return
            }
            if meetings.isEmpty { print("No meetings stored for \(countries.joined(separator: " "))."); return }
            for m in meetings { print(Rows.text(m)) }
        }
    }
}

/// `parley events PAK RUS --since 2020-01-01 --quad 1`.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events", abstract: "List the coded events of a country or a pair (both directions).")

    @Argument(help: "One or two ISO3 country codes.")
    var countries: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: "From this date (YYYY-MM-DD).") var since: String?
    @Option(help: "Up to this date (YYYY-MM-DD).") var until: String?
    @Option(help: "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.") var quad: Int?
    @Option(help: "CAMEO root code, e.g. 04.") var root: String?
    @Option(help: "At most this many events.") var limit: Int = 10_000
    @Option(help: "Output format: text or jsonl.") var format: ListFormat = .text

    func run() async throws {
        try await withUserErrors {
            _ = try Input.date(since, option: "--since")
            _ = try Input.date(until, option: "--until")
            if let quad, !(0...4).contains(quad) { throw UserError("--quad takes 0 to 4") }
            let filter = EventFilter(countries: try countryCodes(countries), since: since, until: until, quad: quad, root: root, limit: limit)
            let events = try await store.with { try await $0.events(filter) }
            for e in events {
                if format == .jsonl { print(Rows.json(e)) } else {
                    print("\(e.date ?? "----------")  \(e.code.padding(4)) \((e.plover ?? "-").padding(10)) \(e.sourceCountry ?? "-")/\(e.sourceSector ?? "-") -> \(e.targetCountry ?? "-")/\(e.targetSector ?? "-")  quad \(e.quad)  goldstein \(e.goldstein)  reports \(e.mentions)")
                }
            }
            if format == .text { print("\(events.count) events") }
        }
    }
}

/// `parley search "counter-terrorism Moscow"`.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the stored documents' full text; the query is taken as plain words.")

    @Argument(help: "Words to look for (quotes, operators and punctuation are ignored).")
    var query: String

    @OptionGroup var store: StoreOptions
    @Option(help: "Only documents reporting a meeting of this country (ISO3).") var country: String?
    @Option(help: "Published on or after (YYYY-MM-DD).") var since: String?
    @Option(help: "Published on or before (YYYY-MM-DD).") var until: String?
    @Option(help: "At most this many hits.") var limit: Int = 20

    func run() async throws {
        try await withUserErrors {
            _ = try Input.date(since, option: "--since")
            _ = try Input.date(until, option: "--until")
            let code = try country.map { try countryCodes([$0])[0] }
            let hits = try await store.with { try await $0.search(query, country: code, since: since, until: until, limit: limit) }
            for h in hits { print("\(h.published ?? "----------")  \(h.documentID)  \(h.title ?? "(no title)")\n    \(h.snippet.replacingNewlines())") }
            print("\(hits.count) documents")
        }
    }
}

/// `parley export events --format csv`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a table (events, meetings, delegations, outcomes) as CSV or JSONL; columns in docs/exports.md.")

    @Argument(help: "events, meetings, delegations or outcomes.")
    var table: Table

    @OptionGroup var store: StoreOptions
    @Option(help: "csv or jsonl.") var format: ExportFormat = .csv

    enum Table: String, ExpressibleByArgument, CaseIterable { case events, meetings, delegations, outcomes }
    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

    func run() async throws {
        try await withUserErrors {
            let t = ExportTable(rawValue: table.rawValue)!
            let out = FileHandle.standardOutput
            let format = self.format
            try await store.with { record in
                if format == .csv { out.write(Data((CSV.line(t.columns) + "\n").utf8)) }
                try await record.export(t) { rows in
                    var chunk = ""
                    for r in rows { chunk += (format == .csv ? CSV.line(r) : Rows.jsonObject(t.columns, r)) + "\n" }
                    out.write(Data(chunk.utf8))
                }
            }
        }
    }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

/// Runs a body, turning user errors into one line on stderr and exit 2.
func withUserErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let e as UserError {
        printError("parley: " + e.description)
        throw ExitCode(2)
    } catch let e as StoreError {
        printError("parley: " + e.description)
        throw ExitCode(2)
    }
}
