import Foundation
import ParleyModel
@testable import ParleyStore
import Testing

/// One contract, every back end: the same bodies run on SQLite and PostgreSQL.
@Suite(.serialized) struct StoreContractTests {
    @Test(arguments: Backend.available) func ingest_sameTextIsOneDocument(_ backend: Backend) async throws {
        let store = try await backend.openFresh()
        let (doc, reading) = try Fixture.stored(Fixture.reportA, published: "2023-06-21")
        let first = try await store.ingest(doc, reading: reading)
        guard case .stored(_, 1, _) = first else { Issue.record("first ingest: \(first)"); return }
        #expect(try await store.ingest(doc, reading: reading) == .duplicate(documentID: doc.id))
        #expect(try await store.counts()["documents"] == 1)
        try await store.close()
    }

    @Test(arguments: Backend.available) func ingest_reportsOfOneRoundMergeWithAllSources(_ backend: Backend) async throws {
        let store = try await backend.openFresh()
        for (text, origin) in [(Fixture.reportA, "a"), (Fixture.reportB, "b"), (Fixture.reportC, "c")] {
            let (doc, reading) = try Fixture.stored(text, published: text == Fixture.reportC ? "2024-05-15" : "2023-06-20", origin: origin)
            _ = try await store.ingest(doc, reading: reading)
        }
        let meetings = try await store.meetings(of: ["PAK", "RUS"])
        #expect(meetings.map(\.round) == [5, 6])
        let fifth = try #require(meetings.first)
        #expect(fifth.sources.count == 2)
        #expect(fifth.venueCity == "Islamabad")
        #expect(fifth.delegates.contains { $0.name == "Andrey Rudenko" && $0.country == "RUS" && $0.role == "head" })
        #expect(fifth.delegates.filter { $0.name == "Andrey Rudenko" }.count == 1)
        #expect(meetings[1].venueCity == "Moscow")
        #expect(try await store.meetings(of: ["PAK"]).count == 2)
        #expect(try await store.meetings(of: ["IND"]).isEmpty)
        try await store.close()
    }

    @Test(arguments: Backend.available) func ingest_disagreementsAreKeptAndShown(_ backend: Backend) async throws {
        let store = try await backend.openFresh()
        let other = Fixture.reportA.replacingOccurrences(of: "in Islamabad on 20 June 2023", with: "in Karachi on 20 June 2023")
        for (text, origin) in [(Fixture.reportA, "a"), (other, "b")] {
            let (doc, reading) = try Fixture.stored(text, published: "2023-06-21", origin: origin)
            _ = try await store.ingest(doc, reading: reading)
        }
        let m = try #require(try await store.meetings(of: ["PAK", "RUS"]).first)
        #expect(m.venueCity == "Islamabad")
        #expect(m.conflicts["venue"]?.count == 2)
        try await store.close()
    }

    @Test(arguments: Backend.available) func events_countEventsNotReports(_ backend: Backend) async throws {
        let store = try await backend.openFresh()
        for (text, origin) in [(Fixture.reportA, "a"), (Fixture.reportB, "b")] {
            let (doc, reading) = try Fixture.stored(text, published: "2023-06-20", origin: origin)
            _ = try await store.ingest(doc, reading: reading)
        }
        let events = try await store.events(EventFilter(countries: ["RUS", "PAK"]))
        let agree = events.filter { $0.root == "03" }
        #expect(agree.count == 2, "one event each direction")
        #expect(agree.allSatisfy { $0.mentions == 2 })
        #expect(events.allSatisfy { $0.meetingID != nil || $0.root != "03" })
        #expect(try await store.events(EventFilter(countries: ["PAK", "RUS"], since: "2024-01-01")).isEmpty)
        #expect(try await store.events(EventFilter(countries: ["PAK", "RUS"], quad: 4)).isEmpty)
        #expect(!(try await store.events(EventFilter(countries: ["PAK"], quad: 1))).isEmpty)
        try await store.close()
    }

    @Test(arguments: Backend.available) func search_findsWordsAndSurvivesHostileQueries(_ backend: Backend) async throws {
        let store = try await backend.openFresh()
        for (text, origin) in [(Fixture.reportA, "a"), (Fixture.reportD, "d")] {
            let (doc, reading) = try Fixture.stored(text, published: "2024-12-10", origin: origin)
            _ = try await store.ingest(doc, reading: reading)
        }
        let hits = try await store.search("counter-terrorism Islamabad")
        #expect(hits.count == 1)
        #expect(hits.first?.snippet.contains("[") == true)
        #expect(try await store.search("Dhaka", country: "IND").count == 1)
        #expect(try await store.search("Dhaka", country: "PAK").isEmpty)
        for hostile in ["\"", "'; DROP TABLE documents; --", "NEAR(energy", "energy OR", "*", "-energy", "(", "a:b", "\u{0}", "\"unbalanced", "AND AND", "^"] {
            _ = try await store.search(hostile)
        }
        #expect(try await store.counts()["documents"] == 2)
        try await store.close()
    }

    @Test(arguments: Backend.available) func reread_replacesReadingsWithoutDuplicates(_ backend: Backend) async throws {
        let store = try await backend.openFresh()
        let (doc, reading) = try Fixture.stored(Fixture.reportA, published: "2023-06-21")
        _ = try await store.ingest(doc, reading: reading)
        let before = try await store.counts()
        try await store.replaceReading(documentID: doc.id, reading: reading, readerVersion: "next")
        #expect(try await store.counts() == before)
        var empty = reading
        empty.meetings = []
        empty.events = []
        try await store.replaceReading(documentID: doc.id, reading: empty, readerVersion: "next")
        let after = try await store.counts()
        #expect(after["meetings"] == 0)
        #expect(after["events"] == 0)
        #expect(after["documents"] == 1)
        #expect(try await store.documents().first?.readerVersion == "next")
        try await store.close()
    }

    @Test(arguments: Backend.available) func export_hasHeaderColumnsAndStringCodes(_ backend: Backend) async throws {
        let store = try await backend.openFresh()
        let (doc, reading) = try Fixture.stored(Fixture.reportA, published: "2023-06-21")
        _ = try await store.ingest(doc, reading: reading)
        var rows: [[String?]] = []
        try await store.export(.events) { rows += $0 }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.count == ExportTable.events.columns.count })
        let codeIndex = try #require(ExportTable.events.columns.firstIndex(of: "code"))
        #expect(rows.contains { $0[codeIndex] == "0311" || $0[codeIndex] == "040" })
        #expect(rows.allSatisfy { ($0[codeIndex] ?? "").hasPrefix("0") || ($0[codeIndex] ?? "").hasPrefix("1") || ($0[codeIndex] ?? "").hasPrefix("2") })
        for table in ExportTable.allCases {
            var n = 0
            try await store.export(table) { n += $0.count }
            #expect(n > 0, "\(table) exported nothing")
        }
        try await store.close()
    }

    @Test(arguments: Backend.available) func migrations_runOnceAndReopen(_ backend: Backend) async throws {
        let location = try backend.freshLocation()
        let store = try await RecordStore.open(location)
        let (doc, reading) = try Fixture.stored(Fixture.reportD, published: "2024-12-10")
        _ = try await store.ingest(doc, reading: reading)
        try await store.close()
        let again = try await RecordStore.open(location)
        #expect(try await again.counts()["documents"] == 1)
        try await again.close()
    }

    @Test(arguments: Backend.available) func ingest_twoWritersDoNotDuplicateWork(_ backend: Backend) async throws {
        let location = try backend.freshLocation()
        let setup = try await RecordStore.open(location)
        try await setup.close()
        let docs = try [Fixture.reportA, Fixture.reportB, Fixture.reportC, Fixture.reportD].enumerated().map {
            try Fixture.stored($0.element, published: "2024-01-0\($0.offset + 1)", origin: "w\($0.offset)")
        }
        func run() async throws -> Int {
            let store = try await RecordStore.open(location)
            var stored = 0
            do {
                for (doc, reading) in docs {
                    if case .stored = try await store.ingest(doc, reading: reading) { stored += 1 }
                }
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
            return stored
        }
        async let first = run()
        async let second = run()
        let total = try await first + second
        #expect(total == docs.count, "each document stored by exactly one writer")
        let check = try await RecordStore.open(location)
        let counts = try await check.counts()
        #expect(counts["documents"] == docs.count)
        #expect(try await check.meetings(of: ["PAK", "RUS"]).count == 2)
        try await check.close()
    }

    /// Two writers racing on one new document: the second starts while the first holds its transaction open, waits for it,
    /// and is told the document is a duplicate; neither fails (on PostgreSQL they meet on the primary key before the hash).
    @Test(arguments: Backend.available) func ingest_racingWritersOnOneDocumentSeeADuplicate(_ backend: Backend) async throws {
        let (doc, reading) = try Fixture.stored(Fixture.reportB, published: "2024-03-02", origin: "race")
        let location = try backend.freshLocation()
        let first = try await RecordStore.open(location)
        let second = try await RecordStore.open(location)
        async let held = first.ingest(doc, reading: reading, holdingOpenFor: 400_000_000)
        try await Task.sleep(nanoseconds: 100_000_000)
        let late = try await second.ingest(doc, reading: reading)
        let early = try await held
        guard case .stored(let id, _, _) = early else {
            Issue.record("the first writer should store the document, got \(early)")
            return
        }
        #expect(id == doc.id)
        #expect(late == .duplicate(documentID: doc.id))
        try await first.close()
        try await second.close()
    }

    /// Two writers starting on one new document at the same moment, many times over: exactly one stores it each time and
    /// neither fails.
    @Test(arguments: Backend.available) func ingest_simultaneousWritersOnOneDocument(_ backend: Backend) async throws {
        for round in 0..<40 {
            let (doc, reading) = try Fixture.stored(Fixture.reportC, published: "2024-04-03", origin: "round \(round)")
            let location = try backend.freshLocation()
            let first = try await RecordStore.open(location)
            let second = try await RecordStore.open(location)
            async let a = first.ingest(doc, reading: reading)
            async let b = second.ingest(doc, reading: reading)
            // (Both stores are closed even when a writer throws, so a failure is reported, not a dropped connection.)
            let outcomes: [IngestOutcome]
            do {
                outcomes = try await [a, b]
            } catch {
                try? await first.close()
                try? await second.close()
                throw error
            }
            #expect(outcomes.filter { if case .stored = $0 { return true } else { return false } }.count == 1, "round \(round): \(outcomes)")
            try await first.close()
            try await second.close()
        }
    }

    @Test(arguments: Backend.available) func ingest_failedWriteLeavesNothing(_ backend: Backend) async throws {
        let store = try await backend.openFresh()
        let (doc, reading) = try Fixture.stored(Fixture.reportD, published: "2024-12-10")
        await #expect(throws: (any Error).self) {
            try await store.ingestFailingAfterWrites(doc, reading: reading)
        }
        let counts = try await store.counts()
        #expect(counts.values.allSatisfy { $0 == 0 }, "\(counts)")
        #expect(try await store.contains(sha256: doc.sha256) == false)
        #expect(try await store.ingest(doc, reading: reading) != .duplicate(documentID: doc.id))
        try await store.close()
    }
}
