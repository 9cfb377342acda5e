// Reads the generated benchmark corpus N times on one core and prints MB/s and documents/s.
//
// Usage: ReadThroughput [passes] [megabytes]   (defaults: 5 passes over a 2 MB corpus)
// PARLEY_NO_EVENTS=1 reads meetings only, to measure what event coding adds.
// PARLEY_EVENTS_SPLIT=1 then also times passes with and without event coding, alternating in this one process (the same
// heap, caches and clock speed for both), and prints what event coding adds to the read time.
// PARLEY_BATCH=N reads the corpus N documents at a time with `Reader.read(batch:)`, as `parley ingest` and
// `parley read --jsonl` do (N = 64 there), instead of one document at a time with `Reader.read(bytes:)`.
import Foundation
import ParleyModel
import ParleySynth
import ParleyReader

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let arguments = CommandLine.arguments.dropFirst().map { Int($0) }
guard arguments.count <= 2, arguments.allSatisfy({ ($0 ?? 0) > 0 }) else {
    print("usage: ReadThroughput [passes] [megabytes]   (positive integers; defaults 5 and 2)")
    exit(2)
}
let passes = (arguments.first ?? nil) ?? 5
let megabytes = (arguments.dropFirst().first ?? nil) ?? 2

let corpus = Corpus.generate(bytes: megabytes * 1_000_000)
let corpusBytes = Corpus.totalBytes(corpus)
let reader: Reader = {
    var r = try! Reader()
    r.codesEvents = ProcessInfo.processInfo.environment["PARLEY_NO_EVENTS"] != "1"
    return r
}()

let batchSize = Int(ProcessInfo.processInfo.environment["PARLEY_BATCH"] ?? "") ?? 0
let batches: [[Document]] = batchSize <= 0 ? [] : stride(from: 0, to: corpus.count, by: batchSize).map { start in
    corpus[start..<min(corpus.count, start + batchSize)].map { Document(text: String(decoding: $0.bytes, as: UTF8.self)) }
}

/// Reads every document once; returns the number of meetings and events found and of documents that failed.
func readAll(_ reader: Reader) -> (meetings: Int, events: Int, failures: Int) {
    var meetings = 0
    var events = 0
    var failures = 0
    if batchSize > 0 {
        for batch in batches {
            for result in reader.read(batch: batch) {
                switch result {
                case .success(let reading):
                    meetings += reading.meetings.count
                    events += reading.events.count
                case .failure:
                    failures += 1
                }
            }
        }
        return (meetings, events, failures)
    }
    for report in corpus {
        do {
            let reading = try reader.read(bytes: report.bytes)
            meetings += reading.meetings.count
            events += reading.events.count
        } catch {
            failures += 1
        }
    }
    return (meetings, events, failures)
}

let warmup = readAll(reader)
let clock = ContinuousClock()
// (The passes' counts are printed: a result no one reads let the optimizer drop whole passes, and one build timed
// three passes in a millisecond.)
var measured = (meetings: 0, events: 0, failures: 0)
let elapsed = clock.measure {
    for _ in 0..<passes {
        let r = readAll(reader)
        measured.meetings += r.meetings
        measured.events += r.events
        measured.failures += r.failures
    }
}
func secondsOf(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
let seconds = secondsOf(elapsed)
let megabytesRead = Double(corpusBytes * passes) / 1_000_000
let documentsRead = Double(corpus.count * passes)

func fixed(_ x: Double, _ digits: Int = 1) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let r = (x * scale).rounded() / scale
    return String(r)
}

print("corpus: \(corpus.count) documents, \(corpusBytes) bytes (\(warmup.meetings) meetings and \(warmup.events) events found, \(warmup.failures) failures)")
print("timed passes: \(measured.meetings) meetings, \(measured.events) events, \(measured.failures) failures")
print("read \(passes) passes in \(fixed(seconds, 3)) s on one core")
print("\(fixed(megabytesRead / seconds, 2)) MB/s")
print("\(Int((documentsRead / seconds).rounded())) documents/s")

// (Alternating passes: a pass with events, then one without, `passes` times each.)
if ProcessInfo.processInfo.environment["PARLEY_EVENTS_SPLIT"] == "1" {
    var with = reader
    with.codesEvents = true
    var without = reader
    without.codesEvents = false
    var timeWith = Duration.zero
    var timeWithout = Duration.zero
    var found = 0
    for pass in 0..<(passes * 2) {
        let r = pass % 2 == 0 ? with : without
        let d = clock.measure {
            let counts = readAll(r)
            found += counts.meetings + counts.events
        }
        if pass % 2 == 0 { timeWith += d } else { timeWithout += d }
    }
    let a = secondsOf(timeWith)
    let b = secondsOf(timeWithout)
    print("alternating passes (\(found) values found): with events \(fixed(megabytesRead / a, 2)) MB/s, without \(fixed(megabytesRead / b, 2)) MB/s")
    print("event coding adds \(fixed((a / b - 1) * 100, 1))% to the read time")
}
