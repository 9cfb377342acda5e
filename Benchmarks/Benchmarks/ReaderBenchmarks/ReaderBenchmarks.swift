// Benchmarks of Parley's reader: reading throughput over a generated corpus, and compiling the lexicon.
//
// Run with `swift package --disable-sandbox benchmark` from the Benchmarks folder (see README.md).
import Benchmark
import ParleySynth
import ParleyReader

/// What the read benchmark needs, built once before its iterations: a compiled reader and the corpus.
struct ReadFixture: Sendable {
    let reader: Reader
    let reports: [GeneratedReport]
    let bytes: Int

    init() throws {
        reader = try Reader()
        reports = Corpus.generate()
        bytes = Corpus.totalBytes(reports)
    }

    /// Reads every report once; returns how many meetings were found, so the work cannot be optimised away.
    func readAll() -> Int {
        var meetings = 0
        for report in reports {
            if let reading = try? reader.read(bytes: report.bytes) { meetings += reading.meetings.count }
        }
        return meetings
    }
}

/// Bytes read per second, in kB; recorded per iteration next to the framework's own metrics.
let kilobytesPerSecond = BenchmarkMetric.custom("kB/s read", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.maxDuration = .seconds(10)
    Benchmark.defaultConfiguration.maxIterations = 50

    // One iteration reads the whole ~2 MB corpus (about 1,750 reports), so the scaling factor stays `.one`:
    // throughput is corpus passes per second (about one), and `kB/s read` gives the rate in bytes.
    Benchmark(
        "read throughput (2 MB corpus)",
        configuration: .init(
            metrics: [.wallClock, .throughput, .mallocCountTotal, .instructions, .peakMemoryResident, kilobytesPerSecond],
            warmupIterations: 1,
            scalingFactor: .one
        ),
        closure: { benchmark, fixture in
            let clock = ContinuousClock()
            let start = clock.now
            for _ in benchmark.scaledIterations {
                blackHole(fixture.readAll())
            }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let bytes = Double(fixture.bytes * benchmark.scaledIterations.count)
            benchmark.measurement(kilobytesPerSecond, Int(bytes / 1_000 / seconds))
        },
        setup: { try ReadFixture() }
    )

    // One report per iteration, cycling through the corpus: throughput is reports per second, and the
    // percentiles show the spread between short and long reports. 0.3-1 ms each, so the scaling factor stays `.one`.
    Benchmark(
        "read one report",
        configuration: .init(
            metrics: [.wallClock, .throughput, .mallocCountTotal, .instructions],
            warmupIterations: 100,
            scalingFactor: .one,
            maxDuration: .seconds(5),
            maxIterations: 1_000_000
        ),
        closure: { benchmark, fixture in
            for _ in benchmark.scaledIterations {
                let report = fixture.reports[benchmark.currentIteration % fixture.reports.count]
                blackHole(try? fixture.reader.read(bytes: report.bytes))
            }
        },
        setup: { try ReadFixture() }
    )

    // Loading the TSV lexicon and compiling its matchers: what `Reader()` costs at start-up.
    Benchmark(
        "reader init",
        configuration: .init(
            metrics: [.wallClock, .mallocCountTotal, .instructions, .peakMemoryResident],
            warmupIterations: 1,
            scalingFactor: .one
        )
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Reader())
        }
    }
}
