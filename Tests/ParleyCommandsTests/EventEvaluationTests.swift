import Foundation
import ParleyCommands
import ParleyReader
import Testing

/// The event table's scores: the strict set of PLOVER types, and the lenient "expected types among those coded".
@Suite struct EventEvaluationTests {
    static let reader: Reader = { try! Reader() }()

    @Test func evaluation_scoresStrictAndLenientTypes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-evaltest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("t.jsonl").path
        // The first sentence codes a disapproval and a threat where only the disapproval is expected: wrong by the strict
        // set, right by the lenient one. The second is expected to code a visit it does not: wrong by both. The
        // third is a negative that stays silent.
        let lines = [
            #"{"id": "a", "text": "Russia condemned the strike and vowed to respond.", "published": "2024-01-01", "events": [{"code": "111", "source": "RUS", "target": null}]}"#,
            #"{"id": "b", "text": "Russia condemned the strike.", "published": "2024-01-01", "events": [{"code": "042", "source": "RUS", "target": null}]}"#,
            #"{"id": "c", "text": "The rouble fell two percent against the dollar.", "published": "2024-01-01", "events": []}"#,
        ]
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let e = try EventEvaluation.run(path: path, reader: Self.reader)
        #expect(e.sentences == 3)
        #expect(e.positives == 2)
        #expect(e.ploverRight == 0)
        #expect(e.typesFound == 1)
        #expect(e.quietNegatives == 1)
        #expect(e.table().contains("expected types all among those coded (others allowed)  50.0%"))
        #expect(e.table().contains("PLOVER types right (sentences with events)  0.0%"))
    }

    /// A gold code the shipped table does not list (129 "veto", in the codebook and the PLOVER mapping but not the
    /// Goldstein table) is scored by its nearest listed parent's type: REJECT, as the 120 the reader codes.
    @Test func evaluation_scoresUnlistedGoldCodesByTheirParent() throws {
        let reader = Self.reader
        #expect(reader.plover("129") == nil)
        #expect(reader.ploverOfAnyCode("129") == "REJECT")
        #expect(reader.ploverOfAnyCode("1053") == "REQUEST")
        #expect(reader.ploverOfAnyCode("019") == nil)
        #expect(reader.ploverOfAnyCode("x") == nil)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-evaltest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("t.jsonl").path
        let line = #"{"id": "v", "text": "Russia vetoed the draft resolution on Tuesday.", "published": "2024-01-01", "events": [{"code": "129", "source": "RUS", "target": null}]}"#
        try line.write(toFile: path, atomically: true, encoding: .utf8)
        let e = try EventEvaluation.run(path: path, reader: reader)
        #expect(e.positives == 1)
        #expect(e.ploverRight == 1)
        #expect(e.codeTP == 0)
    }
}
