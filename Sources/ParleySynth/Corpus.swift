/// One generated consultation report.
public struct GeneratedReport: Sendable {
    /// The report's text.
    public let text: String
    /// The text's UTF-8 bytes, as `Reader.read(bytes:)` takes them.
    public let bytes: [UInt8]
    /// The publication date, `YYYY-MM-DD` (also written into the header of about half the reports).
    public let published: String
}

/// A deterministic corpus of realistic bilateral-consultation reports for benchmarks.
public enum Corpus {
    /// The default size: about 2 MB of text.
    public static let defaultBytes = 2_000_000
    /// The default seed; the same seed always gives the same corpus.
    public static let defaultSeed: UInt64 = 0x5041_524C_4559

    /// Generates reports until their total size reaches `bytes`.
    public static func generate(bytes: Int = defaultBytes, seed: UInt64 = defaultSeed) -> [GeneratedReport] {
        var rng = SplitMix64(seed: seed)
        var reports: [GeneratedReport] = []
        var total = 0
        while total < bytes {
            let plan = ReportPlan(&rng)
            var writer = ReportWriter(plan: plan, rng: SplitMix64(seed: rng.next()))
            let text = writer.write()
            let utf8 = Array(text.utf8)
            reports.append(GeneratedReport(text: text, bytes: utf8, published: plan.published.iso))
            total += utf8.count
        }
        return reports
    }

    /// Generates exactly `count` reports.
    public static func generate(count: Int, seed: UInt64 = defaultSeed) -> [GeneratedReport] {
        var rng = SplitMix64(seed: seed)
        var reports: [GeneratedReport] = []
        reports.reserveCapacity(count)
        for _ in 0..<count {
            let plan = ReportPlan(&rng)
            var writer = ReportWriter(plan: plan, rng: SplitMix64(seed: rng.next()))
            let text = writer.write()
            reports.append(GeneratedReport(text: text, bytes: Array(text.utf8), published: plan.published.iso))
        }
        return reports
    }

    /// The total size of `reports` in bytes.
    public static func totalBytes(_ reports: [GeneratedReport]) -> Int {
        reports.reduce(0) { $0 + $1.bytes.count }
    }
}
