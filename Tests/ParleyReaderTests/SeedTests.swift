import Foundation
import ParleyModel
import Testing

/// The seed report (kept in ../shared/seed, not copied into the project) read end to end.
@Suite struct SeedTests {
    static let path: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.deletingLastPathComponent().appendingPathComponent("shared/seed")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".txt") } ?? []
        return files.first.map { dir.appendingPathComponent($0).path }
    }()

    static func reading() throws -> (Reading, String) {
        let text = try String(contentsOfFile: path!, encoding: .utf8)
        return (try ReaderFixture.read(text, published: "2023-06-21"), text)
    }

    @Test(.enabled(if: path != nil)) func seed_meetingFields() throws {
        let (r, _) = try Self.reading()
        #expect(r.meetings.count == 1)
        let m = try #require(r.meetings.first)
        #expect(m.parties == ["PAK", "RUS"])
        #expect(m.mechanism == "Bilateral Political Consultations")
        #expect(m.kind == .consultations)
        #expect(m.round == 5)
        #expect(m.status == .held)
        #expect(m.date?.description == "2023-06-20")
        #expect(m.date?.precision == .day)
        #expect(m.venue == Venue(city: "Islamabad", country: "PAK"))
        #expect(m.format == .inPerson)
        #expect(r.document.title == "Pakistan, Russia to deepen, diversify ties")
    }

    @Test(.enabled(if: path != nil)) func seed_delegations() throws {
        let (r, _) = try Self.reading()
        let m = try #require(r.meetings.first)
        #expect(m.delegations.map(\.country) == ["PAK", "RUS"])
        #expect(m.delegations[0].head?.name == "Asad Majeed")
        #expect(m.delegations[0].head?.title == "Foreign Secretary")
        #expect(m.delegations[1].head?.name == "Andrey Rudenko")
        #expect(m.delegations[1].head?.title == "Deputy Foreign Minister")
        #expect(m.delegations[1].members.map(\.name) == ["Zamir Kabulov"])
        #expect(m.delegations[1].members.first?.title == "Special Representative on Afghanistan")
    }

    @Test(.enabled(if: path != nil)) func seed_topicsOutcomesIssues() throws {
        let (r, _) = try Self.reading()
        let m = try #require(r.meetings.first)
        for topic in ["political", "economic", "defence", "energy", "people-to-people contacts", "higher education", "culture", "science and technology", "security"] {
            #expect(m.topics.contains(topic), "missing topic \(topic)")
        }
        let kinds = m.outcomes.map(\.kind)
        #expect(kinds.filter { $0 == .commitment }.count == 1)
        #expect(kinds.filter { $0 == .satisfaction }.count == 1)
        #expect(kinds.filter { $0 == .agreement }.count == 2)
        #expect(kinds.filter { $0 == .support }.count == 1)
        let commitment = try #require(m.outcomes.first { $0.kind == .commitment })
        #expect(Set(commitment.topics) == ["counter-terrorism", "drug trafficking", "organised crime"])
        #expect(m.outcomes.first { $0.kind == .satisfaction }?.topics == ["energy"])
        #expect(m.outcomes.contains { $0.kind == .agreement && $0.text.contains("multilateral forums") })
        #expect(m.regionalIssues == ["Afghanistan", "Middle East", "South Asia"])
        #expect(m.multilateralForums == ["multilateral forums"])
        #expect(m.anniversary?.years == 75)
        #expect(m.anniversary?.of == "diplomatic relations")
        #expect(m.next?.venue == Venue(city: "Moscow", country: "RUS"))
        #expect(m.next?.when == "on mutually convenient dates")
    }

    @Test(.enabled(if: path != nil)) func seed_evidencePointsAtTheWords() throws {
        let (r, text) = try Self.reading()
        let scalars = Array(text.unicodeScalars)
        func quote(_ s: Span) -> String { String(String.UnicodeScalarView(scalars[s.start..<s.end])) }
        let m = try #require(r.meetings.first)
        #expect(quote(try #require(m.evidence["round"]).span) == "fifth")
        #expect(quote(try #require(m.evidence["mechanism"]).span) == "Bilateral Political Consultations")
        #expect(quote(try #require(m.delegations[1].head).evidence.span).contains("Andrey Rudenko"))
        #expect(quote(try #require(m.delegations[1].members.first).evidence.span).hasPrefix("Moscow’s Special Representative"))
        #expect(quote(try #require(m.anniversary).evidence.span).hasPrefix("75th anniversary"))
    }

    @Test(.enabled(if: path != nil)) func seed_teaserLineCodesNothing() throws {
        let (r, text) = try Self.reading()
        let scalars = Array(text.unicodeScalars)
        let teaser = try #require(text.range(of: "Read Russia rubbishes"))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: teaser.lowerBound)
        #expect(scalars.count > start)
        #expect(!r.events.contains { $0.evidence.span.start >= start && $0.evidence.span.start < start + 60 })
        #expect(!r.events.contains { $0.code == "016" })
    }

    @Test(.enabled(if: path != nil)) func seed_events() throws {
        let (r, _) = try Self.reading()
        #expect(r.events.contains { $0.code == "030" && $0.source.country == "PAK" && $0.target?.country == "RUS" })
        #expect(r.events.contains { $0.code == "030" && $0.source.country == "RUS" && $0.target?.country == "PAK" })
        #expect(r.events.contains { $0.root == "04" && $0.plover == "CONSULT" && $0.meeting == 0 })
        #expect(r.events.allSatisfy { $0.goldstein >= 0 })
        #expect(r.events.allSatisfy { $0.quad <= 2 })
    }
}
