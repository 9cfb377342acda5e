import Foundation
import ParleyModel
import ParleyReader

/// Scores readings against hand-written gold files: per-field accuracy and set F1.
public struct Evaluation: Sendable {
    /// Counts for one field.
    public struct Score: Sendable {
        /// Exact matches (scalar fields) or true positives (set fields).
        public var correct = 0
        /// Items judged (scalar) or gold items (set).
        public var total = 0
        /// Predicted items (set fields only).
        public var predicted = 0

        /// Accuracy for scalar fields; recall for set fields.
        public var accuracy: Double { total == 0 ? 1 : Double(correct) / Double(total) }
        /// Precision for set fields.
        public var precision: Double { predicted == 0 ? (total == 0 ? 1 : 0) : Double(correct) / Double(predicted) }
        /// F1 for set fields.
        public var f1: Double {
            let p = precision
            let r = accuracy
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// Scalar fields, in report order.
    public static let scalarFields = [
        "meeting", "kind", "mechanism", "parties", "round", "status", "date", "venue.city", "venue.country",
        "format", "next", "next.venue", "anniversary",
    ]
    /// Set fields, in report order.
    public static let setFields = ["heads", "members", "titles", "topics", "outcomes", "regional_issues", "multilateral_forums"]

    /// Field -> score.
    public var scores: [String: Score] = [:]
    /// Human-readable mismatches, "file: field: expected … got …".
    public var mismatches: [String] = []
    /// Documents scored.
    public var documents = 0

    /// Creates an empty evaluation.
    public init() {}

    /// Scores one reading against one gold object.
    public mutating func add(file: String, gold: [String: Any], reading: Reading) {
        documents += 1
        let goldMeetings = gold["meetings"] as? [[String: Any]] ?? []
        let g = goldMeetings.first
        let p = reading.meetings.first
        scalar("meeting", file, g != nil, p != nil)
        guard let g else { return }
        let v = g["venue"] as? [String: Any]
        let n = g["next"] as? [String: Any]
        let nv = n?["venue"] as? [String: Any]
        scalar("kind", file, g["kind"] as? String, p?.kind.rawValue)
        scalar("mechanism", file, norm(g["mechanism"] as? String), norm(p?.mechanism))
        scalar("parties", file, ((g["parties"] as? [String]) ?? []).sorted(), p?.parties ?? [])
        scalar("round", file, g["round"] as? Int, p?.round)
        scalar("status", file, g["status"] as? String, p?.status.rawValue)
        scalar("date", file, g["date"] as? String, p?.date?.description)
        scalar("venue.city", file, norm(v?["city"] as? String), norm(p?.venue?.city))
        scalar("venue.country", file, v?["country"] as? String, p?.venue?.country)
        scalar("format", file, g["format"] as? String, p?.format?.rawValue)
        scalar("next", file, n != nil, p?.next != nil)
        if n != nil {
            scalar("next.venue", file, "\(norm(nv?["city"] as? String) ?? "-")/\(nv?["country"] as? String ?? "-")",
                   "\(norm(p?.next?.venue?.city) ?? "-")/\(p?.next?.venue?.country ?? "-")")
        }
        let ga = (g["anniversary"] as? [String: Any])?["years"] as? Int
        scalar("anniversary", file, ga, p?.anniversary?.years)
        let delegations = g["delegations"] as? [[String: Any]] ?? []
        var heads: [String] = []
        var members: [String] = []
        var titles: [String] = []
        for d in delegations {
            let c = d["country"] as? String ?? "?"
            if let h = d["head"] as? [String: Any], let name = h["name"] as? String {
                heads.append("\(c):\(key(name))")
                if let t = h["title"] as? String { titles.append("\(key(name)):\(key(t))") }
            }
            for m in d["members"] as? [[String: Any]] ?? [] {
                if let name = m["name"] as? String {
                    members.append("\(c):\(key(name))")
                    if let t = m["title"] as? String { titles.append("\(key(name)):\(key(t))") }
                }
            }
        }
        let pd = p?.delegations ?? []
        set("heads", file, heads, pd.compactMap { d in d.head.map { "\(d.country):\(key($0.name))" } })
        set("members", file, members, pd.flatMap { d in d.members.map { "\(d.country):\(key($0.name))" } })
        set("titles", file, titles, pd.flatMap { d in ([d.head].compactMap { $0 } + d.members).compactMap { p in p.title.map { "\(key(p.name)):\(key($0))" } } })
        set("topics", file, g["topics"] as? [String] ?? [], p?.topics ?? [])
        let go = (g["outcomes"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        set("outcomes", file, go, p?.outcomes.map(\.kind.rawValue) ?? [])
        set("regional_issues", file, g["regional_issues"] as? [String] ?? [], p?.regionalIssues ?? [])
        set("multilateral_forums", file, g["multilateral_forums"] as? [String] ?? [], p?.multilateralForums ?? [])
    }

    private func norm(_ s: String?) -> String? { s.map { key($0) } }

    private func key(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    private mutating func scalar<T: Equatable>(_ field: String, _ file: String, _ gold: T, _ got: T) {
        var s = scores[field] ?? Score()
        s.total += 1
        if gold == got { s.correct += 1 } else { mismatches.append("\(file): \(field): expected \(gold) got \(got)") }
        scores[field] = s
    }

    private mutating func set(_ field: String, _ file: String, _ gold: [String], _ got: [String]) {
        var s = scores[field] ?? Score()
        var remaining = gold
        var tp = 0
        var extra: [String] = []
        for item in got {
            if let i = remaining.firstIndex(of: item) {
                remaining.remove(at: i)
                tp += 1
            } else {
                extra.append(item)
            }
        }
        s.correct += tp
        s.total += gold.count
        s.predicted += got.count
        scores[field] = s
        if !remaining.isEmpty || !extra.isEmpty {
            mismatches.append("\(file): \(field): missing \(remaining) extra \(extra)")
        }
    }

    /// The report table.
    public func table() -> String {
        var out = ["\(documents) documents", "field                 correct/total  accuracy"]
        for f in Self.scalarFields {
            guard let s = scores[f] else { continue }
            out.append("\(f.padding(22))\("\(s.correct)/\(s.total)".padding(15))\(pct(s.accuracy))")
        }
        out.append("set field             precision  recall  F1")
        for f in Self.setFields {
            guard let s = scores[f] else { continue }
            out.append("\(f.padding(22))\(pct(s.precision).padding(11))\(pct(s.accuracy).padding(8))\(pct(s.f1))")
        }
        return out.joined(separator: "\n")
    }

    private func pct(_ v: Double) -> String { String(format: "%.1f%%", v * 100) }

    /// Reads every `NAME.txt` with a `NAME.json` in `directory` and scores it.
    public static func run(directory: String, reader: Reader) throws -> Evaluation {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        var eval = Evaluation()
        for file in files {
            let base = (directory as NSString).appendingPathComponent(String(file.dropLast(4)))
            guard let goldData = FileManager.default.contents(atPath: base + ".json") else { continue }
            guard let gold = try JSONSerialization.jsonObject(with: goldData) as? [String: Any] else {
                throw UserError("\(base).json: not a JSON object")
            }
            let published = ((gold["input"] as? [String: Any])?["published"] as? String).flatMap(ISODate.init(iso:))
            guard let bytes = FileManager.default.contents(atPath: base + ".txt") else { continue }
            let reading = try reader.read(bytes: Array(bytes), published: published)
            eval.add(file: file, gold: gold, reading: reading)
        }
        return eval
    }
}
