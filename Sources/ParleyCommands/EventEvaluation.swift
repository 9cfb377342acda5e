import Foundation
import ParleyModel
import ParleyReader

/// Scores event coding on a JSONL table of sentences with expected events (`{"text", "published", "events"}`).
public struct EventEvaluation: Sendable {
    /// Sentences scored.
    public var sentences = 0
    /// Sentences with events whose set of PLOVER types was right.
    public var ploverRight = 0
    /// Sentences with expected events.
    public var positives = 0
    /// Sentences without expected events that produced none.
    public var quietNegatives = 0
    /// Sentences without expected events.
    public var negatives = 0
    /// Dyads (PLOVER type, source, target): true positives, predicted, expected.
    public var dyadTP = 0, dyadPredicted = 0, dyadExpected = 0
    /// Exact CAMEO code with source and target: true positives.
    public var codeTP = 0
    /// Mismatch lines.
    public var mismatches: [String] = []

    /// Creates an empty evaluation.
    public init() {}

    /// PLOVER-type accuracy on sentences with events.
    public var ploverAccuracy: Double { positives == 0 ? 1 : Double(ploverRight) / Double(positives) }
    /// Share of negative sentences that yield no event.
    public var negativePrecision: Double { negatives == 0 ? 1 : Double(quietNegatives) / Double(negatives) }
    /// Sentences with events where every expected (PLOVER, source, target) was produced.
    public var dyadsFound = 0
    /// Sentences with events where every expected PLOVER type was produced, other types allowed (the lenient reading of
    /// "the right PLOVER type": a sentence's main event found, though a second act was coded beside it).
    public var typesFound = 0
    /// Dyad precision.
    public var precision: Double { dyadPredicted == 0 ? 1 : Double(dyadTP) / Double(dyadPredicted) }
    /// Dyad recall.
    public var recall: Double { dyadExpected == 0 ? 1 : Double(dyadTP) / Double(dyadExpected) }

    /// Reads and scores every line of the table.
    public static func run(path: String, reader: Reader) throws -> EventEvaluation {
        guard let data = FileManager.default.contents(atPath: path) else { throw UserError("\(path): cannot be read") }
        var eval = EventEvaluation()
        for line in data.split(separator: 10) where !line.isEmpty {
            guard let row = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = row["text"] as? String
            else { continue }
            let published = (row["published"] as? String).flatMap(ISODate.init(iso:))
            let reading = try reader.read(Document(text: text, published: published))
            eval.add(id: row["id"] as? String ?? "?", expected: row["events"] as? [[String: Any]] ?? [], reading: reading, reader: reader)
        }
        return eval
    }

    mutating func add(id: String, expected: [[String: Any]], reading: Reading, reader: Reader) {
        sentences += 1
        let gold = Set(expected.compactMap { e -> String? in
            guard let code = e["code"] as? String else { return nil }
            return "\(reader.ploverOfAnyCode(code) ?? "none")|\(e["source"] as? String ?? "-")|\(e["target"] as? String ?? "-")"
        })
        let goldCodes = Set(expected.compactMap { e in (e["code"] as? String).map { "\($0)|\(e["source"] as? String ?? "-")|\(e["target"] as? String ?? "-")" } })
        let got = Set(reading.events.map { "\($0.plover.isEmpty ? "none" : $0.plover)|\($0.source.country ?? "-")|\($0.target?.country ?? "-")" })
        let gotCodes = Set(reading.events.map { "\($0.code)|\($0.source.country ?? "-")|\($0.target?.country ?? "-")" })
        if expected.isEmpty {
            negatives += 1
            if reading.events.isEmpty { quietNegatives += 1 } else { mismatches.append("\(id): expected none, got \(gotCodes.sorted())") }
        } else {
            positives += 1
            let goldTypes = Set(gold.map { $0.split(separator: "|")[0] })
            let gotTypes = Set(got.map { $0.split(separator: "|")[0] })
            if goldTypes == gotTypes { ploverRight += 1 }
            if goldTypes.isSubset(of: gotTypes) { typesFound += 1 }
            if gold.isSubset(of: got) { dyadsFound += 1 }
            if gold != got { mismatches.append("\(id): expected \(goldCodes.sorted()) got \(gotCodes.sorted())") }
        }
        dyadTP += gold.intersection(got).count
        dyadPredicted += got.count
        dyadExpected += gold.count
        codeTP += goldCodes.intersection(gotCodes).count
    }

    /// The report.
    public func table() -> String {
        func pct(_ v: Double) -> String { String(format: "%.1f%%", v * 100) }
        return """
            \(sentences) sentences (\(positives) with events, \(negatives) without)
            PLOVER types right (sentences with events)  \(pct(ploverAccuracy))
            every expected type with its source and target countries  \(pct(positives == 0 ? 1 : Double(dyadsFound) / Double(positives)))
            expected types all among those coded (others allowed)  \(pct(positives == 0 ? 1 : Double(typesFound) / Double(positives)))
            no event where none is due                  \(pct(negativePrecision))
            dyads (PLOVER, source, target)  precision \(pct(precision))  recall \(pct(recall))
            exact CAMEO code + dyad         recall \(pct(dyadExpected == 0 ? 1 : Double(codeTP) / Double(dyadExpected)))
            """
    }
}
