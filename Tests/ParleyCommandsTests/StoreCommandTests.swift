import Foundation
import ParleyStore
import Testing

/// The store commands, run as a user runs them, on a fresh SQLite file each.
@Suite(.serialized) struct StoreCommandTests {
    static func freshDB() -> String { NSTemporaryDirectory() + "parley-cli-\(UUID().uuidString).sqlite" }

    static func folder(_ files: [String: String]) throws -> String {
        let dir = NSTemporaryDirectory() + "parley-in-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        return dir
    }

    static let html = """
        <html><head><title>Pakistan, Russia hold talks - Example News</title>
        <meta property="article:published_time" content="2023-06-21T10:00:00Z"></head>
        <body><nav>Home | World | Sport</nav><article><h1>Pakistan, Russia hold talks</h1>
        <p>The fifth round of the Pakistan-Russia Bilateral Political Consultations was held in Islamabad on Tuesday.</p>
        <p>Foreign Secretary Asad Majeed and Russia's Deputy Foreign Minister Andrey Rudenko led their respective delegations.</p>
        <p><a href="/x">Read more: Russia rubbishes claims of oil discount</a></p>
        <figure><figcaption>Photo: the delegations in Islamabad</figcaption></figure></article>
        <script>var x = "<p>not text</p>";</script></body></html>
        """

    @Test func ingest_queryExportAndReread() throws {
        let db = Self.freshDB()
        let dir = try Self.folder([
            "a.html": Self.html,
            "sub/b.txt": "---\ntitle: Russia, Pakistan review ties\npublished: 2023-06-20\n---\nRussia and Pakistan held the fifth round of Bilateral Political Consultations in Islamabad today. The two sides agreed to expand cooperation in energy.\n",
            "c.txt": "India and Bangladesh held Foreign Office Consultations in Dhaka on 9 December 2024 and agreed to expand trade.\n",
            "bad.txt": "abc\u{0}def",
        ])
        let ingest = try Binary.run(["ingest", dir, "--db", db])
        #expect(ingest.status == 1, "one file failed")
        #expect(ingest.stdout.contains("ingested 3 documents"))
        #expect(ingest.stderr.contains("bad.txt: binary data"))
        let meetings = try Binary.run(["meetings", "PAK", "RUS", "--db", db])
        #expect(meetings.status == 0)
        #expect(meetings.stdout.contains("round 5"))
        #expect(meetings.stdout.components(separatedBy: "source d").count - 1 == 2, "one meeting, two sources:\n\(meetings.stdout)")
        let events = try Binary.run(["events", "PAK", "RUS", "--db", db, "--quad", "1"])
        #expect(events.status == 0)
        #expect(events.stdout.contains("PAK/GOV -> RUS/GOV"))
        let search = try Binary.run(["search", "\"energy\" OR; DROP TABLE documents", "--db", db])
        #expect(search.status == 0)
        let csv = try Binary.run(["export", "events", "--format", "csv", "--db", db])
        #expect(csv.stdout.hasPrefix("event_id,date,code,root,plover,quad,goldstein,"))
        #expect(csv.stdout.contains(",04,CONSULT,1,1.0,"))
        let jsonl = try Binary.run(["export", "meetings", "--format", "jsonl", "--db", db])
        #expect(jsonl.stdout.split(separator: "\n").allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
        let again = try Binary.run(["ingest", dir, "--db", db])
        #expect(again.stdout.contains("ingested 0 documents"))
        #expect(again.stdout.contains("3 already stored"))
        let reread = try Binary.run(["reread", "--all", "--db", db])
        #expect(reread.stdout.contains("re-read 3 documents"))
        let after = try Binary.run(["meetings", "PAK", "RUS", "--db", db])
        #expect(after.stdout == meetings.stdout)
    }

    @Test func ingest_killedMidwayLeavesNoHalfDocumentAndFinishesOnRerun() async throws {
        let db = Self.freshDB()
        let dir = NSTemporaryDirectory() + "parley-synth-\(UUID().uuidString)"
        let synth = try Binary.run(["synth", "600", "--out", dir])
        #expect(synth.status == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Binary.path)
        p.arguments = ["ingest", dir, "--db", db]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        try await Task.sleep(nanoseconds: 700_000_000)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let rerun = try Binary.run(["ingest", dir, "--db", db])
        #expect(rerun.status == 0)
        let finished = try await RecordStore.open(.sqlite(path: db))
        let counts = try await finished.counts()
        #expect(counts["documents"] == 600)
        let single = NSTemporaryDirectory() + "parley-cli-\(UUID().uuidString).sqlite"
        _ = try Binary.run(["ingest", dir, "--db", single])
        let reference = try await RecordStore.open(.sqlite(path: single))
        #expect(try await reference.counts() == counts, "a killed and resumed ingest equals one clean run")
        try await finished.close()
        try await reference.close()
    }

    @Test func db_badLocationIsOneClearLine() throws {
        let r = try Binary.run(["meetings", "PAK", "--db", "postgres://user@localhost"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("names no database"))
        let code = try Binary.run(["meetings", "Pakistan", "--db", Self.freshDB()])
        #expect(code.status == 2)
        #expect(code.stderr.contains("not an ISO 3166-1 alpha-3 code"))
    }
}
