import Foundation
import ParleyModel
import ParleyReader
import ParleyStore
import ParleySynth

// Loads a store with N synthetic events (default 1,000,000) through the normal ingest path, then times the
// queries analysts run most: a pair's event timeline and its meeting list.
// Usage: StoreThroughput [events] [db]   (db: a SQLite path or postgres:// URL; default a temp SQLite file)
// First it measures ingest: 2,000 generated reports read and stored one transaction each, on one core.

let args = CommandLine.arguments.dropFirst()
let total = args.first.flatMap { Int($0) } ?? 1_000_000
let location = try StoreLocation.parse(args.dropFirst().first ?? NSTemporaryDirectory() + "parley-bench-\(UUID().uuidString).sqlite")
let countries = ["PAK", "RUS", "CHN", "IND", "USA", "TUR", "IRN", "SAU", "ARE", "EGY", "DEU", "FRA", "GBR", "JPN", "KOR",
                 "BRA", "ZAF", "NGA", "KAZ", "UZB", "AZE", "ARM", "GEO", "UKR", "POL", "ITA", "ESP", "IDN", "MYS", "VNM"]
let codes: [(String, String, String, Int, Double)] = [
    ("040", "04", "CONSULT", 1, 1.0), ("036", "03", "AGREE", 1, 4.0), ("057", "05", "SUPPORT", 1, 8.0),
    ("111", "11", "ACCUSE", 3, -2.0), ("163", "16", "SANCTION", 3, -8.0), ("0311", "03", "AGREE", 1, 5.2),
]

let ingestLocation = try StoreLocation.parse(NSTemporaryDirectory() + "parley-ingest-\(UUID().uuidString).sqlite")
let rate = try await ingestThroughput(count: 2000, location: ingestLocation)
print(String(format: "ingest: %.0f reports/s (read + store, one core, SQLite)", rate))

var rng = SplitMix64(seed: 42)
@MainActor func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }

let store = try await RecordStore.open(location)
let perDocument = 1000
let documents = total / perDocument
let reports = Corpus.generate(count: min(documents, 2000), seed: 7)
let reader = try Reader()
let loadStart = Date()
for d in 0..<documents {
    let text = reports[d % reports.count].text + "\n(batch \(d))"
    var reading = try reader.read(Document(text: text, published: ISODate(iso: "2024-01-01")))
    var events: [Event] = []
    events.reserveCapacity(perDocument)
    for _ in 0..<perDocument {
        let a = pick(countries)
        var b = pick(countries)
        while b == a { b = pick(countries) }
        let c = pick(codes)
        let day = ISODate(year: 2000 + Int(rng.next() % 25), month: 1 + Int(rng.next() % 12), day: 1 + Int(rng.next() % 28))
        let span = Evidence(span: Span(start: 0, end: 10), rule: "bench")
        events.append(
            Event(
                code: c.0, label: "bench", root: c.1, plover: c.2, quad: c.3, goldstein: c.4,
                source: EventActor(country: a, sector: "GOV", text: a, evidence: span),
                target: EventActor(country: b, sector: "GOV", text: b, evidence: span),
                date: day, negated: false, mode: .actual, meeting: nil, evidence: span))
    }
    reading.events = events
    let doc = DocumentRecord(
        sha256: reading.document.sha256, title: reading.document.title, published: "2024-01-01", sourceURL: nil, publisher: nil,
        origin: "bench", text: text, readerVersion: Reader.version)
    _ = try await store.ingest(doc, reading: reading)
}
let counts = try await store.counts()
print("loaded \(counts["events"] ?? 0) events, \(counts["meetings"] ?? 0) meetings from \(counts["documents"] ?? 0) documents in \(String(format: "%.1f", Date().timeIntervalSince(loadStart))) s (\(location))")

@MainActor func median(_ runs: Int, _ body: () async throws -> Int) async rethrows -> (Double, Int) {
    var times: [Double] = []
    var n = 0
    for _ in 0..<runs {
        let t = Date()
        n = try await body()
        times.append(Date().timeIntervalSince(t) * 1000)
    }
    times.sort()
    return (times[times.count / 2], n)
}

let (timeline, nEvents) = try await median(21) { try await store.events(EventFilter(countries: ["PAK", "RUS"])).count }
print(String(format: "pair event timeline (PAK RUS, %d events): median %.1f ms", nEvents, timeline))
let (window, nWindow) = try await median(21) {
    try await store.events(EventFilter(countries: ["CHN", "IND"], since: "2020-01-01", until: "2022-12-31", quad: 1)).count
}
print(String(format: "pair timeline with date and quad filter (CHN IND, %d events): median %.1f ms", nWindow, window))
let (meetings, nMeetings) = try await median(21) { try await store.meetings(of: ["PAK", "RUS"]).count }
print(String(format: "pair meeting list (PAK RUS, %d meetings): median %.1f ms", nMeetings, meetings))
try await store.close()
