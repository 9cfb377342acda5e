import Foundation
import ParleyModel
import ParleyReader
import Testing

/// `Reader.read(batch:)` reads documents stage by stage across the batch: every reading (and every error) must be the
/// one reading the document alone gives, wherever it stands in the batch and whatever stands beside it.
@Suite struct BatchTests {
    /// The seed, the meeting corpus's reports and a few hundred development-table sentences, with their dates.
    static let documents: [Document] = {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var out: [Document] = []
        let corpus = here.appendingPathComponent("Corpus")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names.prefix(20) {
            if let text = try? String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8) { out.append(Document(text: text)) }
        }
        for table in ["sentences", "dev51-fresh"] {
            guard let data = FileManager.default.contents(atPath: here.appendingPathComponent("Events/\(table).jsonl").path) else { continue }
            for line in data.split(separator: 10) where !line.isEmpty {
                guard let row = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = row["text"] as? String
                else { continue }
                out.append(Document(text: text, published: (row["published"] as? String).flatMap(ISODate.init(iso:))))
            }
        }
        return out
    }()

    static func alone(_ reader: Reader, _ d: Document) -> Result<Reading, ReadError> {
        do { return .success(try reader.read(d)) } catch { return .failure(error) }
    }

    @Test func batch_readsEveryDocumentAsItIsReadAlone() throws {
        let reader = ReaderFixture.reader
        let docs = Self.documents
        #expect(docs.count > 300)
        #expect(docs.contains { !((try? reader.read($0))?.events.isEmpty ?? true) })
        let expected = docs.map { Self.alone(reader, $0) }
        // Whole, in batches of the default size, and in batches of 7 (so documents meet different neighbours).
        #expect(reader.read(batch: docs) == expected)
        let batches = Reader.batches(of: docs)
        #expect(batches.count > 1 && batches.allSatisfy { $0.count <= 64 })
        #expect(batches.flatMap { reader.read(batch: Array($0)) } == expected)
        let sevens = stride(from: 0, to: docs.count, by: 7).map { Array(docs[$0..<min(docs.count, $0 + 7)]) }
        #expect(sevens.flatMap { reader.read(batch: $0) } == expected)
        // Reversed, each reading is still its document's.
        #expect(reader.read(batch: docs.reversed()) == expected.reversed())
    }

    @Test func batch_keepsBadDocumentsAsErrorsInTheirPlace() throws {
        var reader = ReaderFixture.reader
        reader.maxBytes = 400
        let good = Document(text: "Pakistan and Russia held the fifth round of consultations in Islamabad on 20 June 2023.")
        let empty = Document(text: "")
        let binary = Document(text: "Pakistan\u{0}Russia")
        let huge = Document(text: String(repeating: "The sides met. ", count: 40))
        let results = reader.read(batch: [good, binary, empty, huge, good])
        #expect(results.count == 5)
        #expect(results[1] == .failure(.decoding(.binary(offset: 8))))
        #expect(results[3] == .failure(.tooLarge(bytes: huge.text.utf8.count, limit: 400)))
        let first = try results[0].get()
        #expect(first.meetings.count == 1 && !first.events.isEmpty)
        #expect(try results[4].get() == first)
        #expect(try results[2].get().meetings.isEmpty)
        #expect(reader.read(batch: []).isEmpty)
    }

    @Test func batches_splitBySizeAndCount() {
        let small = Array(repeating: Document(text: "Talks were held."), count: 150)
        #expect(Reader.batches(of: small).map(\.count) == [64, 64, 22])
        #expect(Reader.batches(of: small, count: 100).map(\.count) == [100, 50])
        let big = Document(text: String(repeating: "x", count: 600_000))
        #expect(Reader.batches(of: [big, big, Document(text: "a")]).map(\.count) == [1, 2])
        #expect(Reader.batches(of: []).isEmpty)
    }
}
