import Foundation
import ParleyCommands
import ParleyReader
import Testing

/// The fixture corpus and the event sentence table, scored: floors guard against regressions.
@Suite struct CorpusTests {
    static let reader: Reader = { try! Reader() }()

    static let evaluation: Evaluation = { try! Evaluation.run(directory: Binary.corpus, reader: reader) }()

    @Test func corpus_hasEnoughFixtures() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Binary.corpus)
        let positives = files.filter { $0.hasPrefix("fx") && $0.hasSuffix(".txt") }
        let negatives = files.filter { $0.hasPrefix("neg_") && $0.hasSuffix(".txt") }
        #expect(positives.count >= 60)
        #expect(negatives.count >= 8)
        for f in positives + negatives { #expect(files.contains(String(f.dropLast(4)) + ".json"), "\(f) has no gold file") }
    }

    @Test(arguments: [
        ("meeting", 0.97), ("kind", 0.9), ("mechanism", 0.75), ("parties", 0.9), ("round", 0.9), ("status", 0.95),
        ("date", 0.9), ("venue.city", 0.88), ("venue.country", 0.9), ("format", 0.9), ("next", 0.9), ("anniversary", 0.95),
    ])
    func corpus_scalarFieldAccuracy(_ field: String, _ floor: Double) throws {
        let s = try #require(Self.evaluation.scores[field])
        #expect(s.accuracy >= floor, "\(field): \(s.correct)/\(s.total)")
    }

    @Test(arguments: [("heads", 0.82), ("titles", 0.72), ("topics", 0.88), ("outcomes", 0.88), ("regional_issues", 0.85), ("multilateral_forums", 0.9)])
    func corpus_listFieldF1(_ field: String, _ floor: Double) throws {
        let s = try #require(Self.evaluation.scores[field])
        #expect(s.f1 >= floor, "\(field): P \(s.precision) R \(s.accuracy)")
    }

    @Test func corpus_negativesHaveNoMeeting() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Binary.corpus).filter { $0.hasPrefix("neg_") && $0.hasSuffix(".txt") }
        for f in files {
            let bytes = try #require(FileManager.default.contents(atPath: Binary.corpus + "/" + f))
            let r = try Self.reader.read(bytes: Array(bytes))
            #expect(r.meetings.isEmpty, "\(f) should report no meeting")
        }
    }

    @Test func events_sentenceTable() throws {
        let e = try EventEvaluation.run(path: Binary.events, reader: Self.reader)
        #expect(e.sentences >= 150)
        #expect(e.negatives >= 30)
        #expect(e.negativePrecision >= 0.95, "sentences with no event must yield none")
        #expect(e.ploverAccuracy >= 0.72)
        #expect(e.precision >= 0.8)
        #expect(e.recall >= 0.68)
    }

    /// The second table: wire sentences written apart from the rules (domestic actors, violence, passives).
    @Test func events_wireTable() throws {
        let e = try EventEvaluation.run(path: Binary.wireEvents, reader: Self.reader)
        #expect(e.sentences >= 150)
        #expect(e.negatives >= 20)
        #expect(e.negativePrecision >= 0.95, "sentences with no event must yield none")
        #expect(e.ploverAccuracy >= 0.88)
        #expect(e.precision >= 0.83)
        #expect(e.recall >= 0.8)
    }

    @Test func eval_commandPrintsTheTable() throws {
        let r = try Binary.run(["eval", Binary.corpus])
        #expect(r.status == 0)
        #expect(r.stdout.contains("set field"))
        #expect(r.stdout.contains("heads"))
    }
}
