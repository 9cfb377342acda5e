import ArgumentParser
import Dispatch
import Foundation
import ParleyIngest
import ParleyModel
import ParleyReader
import ParleyStore
import ParleyText

/// `parley ingest`: read reports into the record, each in one transaction.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read reports (.txt .md .html .jsonl, folders recursively) and store them with their meetings and events.",
        discussion: """
            Each document is stored in one transaction: killing ingest leaves no half-stored document, and running it
            again finishes the job without duplicates (the same text is one document). A file that cannot be read is
            reported and skipped; the run ends with a summary and exits 1 if anything failed.
            """
    )

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: "Publication date for the given files (YYYY-MM-DD), when they do not say.")
    var published: String?

    @Option(name: .customLong("source-url"), help: "Where the given file was published.")
    var sourceURL: String?

    @Option(help: "Refuse files larger than this many bytes.")
    var maxBytes: Int = Reader.defaultMaxBytes

    func run() async throws {
        try await withUserErrors {
            let files: [String]
            do { files = try SourceFiles.discover(paths) } catch { throw UserError("\(error)") }
            let reader = try Reader(maxBytes: maxBytes)
            let publishedDate = try Input.date(published)
            let summary = try await store.with { record in
                try await Self.ingest(files, into: record, reader: reader, maxBytes: maxBytes, published: publishedDate, sourceURL: sourceURL)
            }
            print(summary.line)
            for f in summary.failures { printError("parley: " + f) }
            if !summary.failures.isEmpty { throw ExitCode(1) }
        }
    }

    /// Reads blocks of files on every core and stores each document in its own transaction, in file order.
    static func ingest(
        _ files: [String], into record: RecordStore, reader: Reader, maxBytes: Int, published publishedDate: ISODate?, sourceURL: String?
    ) async throws -> IngestSummary {
        var summary = IngestSummary()
        let progress = Progress(total: files.count)
        for block in stride(from: 0, to: files.count, by: 64).map({ Array(files[$0..<min(files.count, $0 + 64)]) }) {
            let prepared = Self.prepare(block, reader: reader, maxBytes: maxBytes, published: publishedDate, sourceURL: sourceURL)
            for item in prepared {
                switch item {
                case .failure(let message):
                    summary.failures.append(message)
                case .success(let (doc, reading)):
                    do {
                        switch try await record.ingest(doc, reading: reading) {
                        case .stored(_, let m, let e):
                            summary.stored += 1
                            summary.meetings += m
                            summary.events += e
                        case .duplicate:
                            summary.duplicates += 1
                        }
                    } catch {
                        summary.failures.append("\(doc.origin ?? doc.id): not stored: \(error)")
                    }
                }
            }
            progress.advance(by: block.count)
        }
        progress.finish()
        return summary
    }

    enum Prepared: Sendable {
        case success((DocumentRecord, Reading))
        case failure(String)
    }

    /// Loads and reads a block of files on every core; results keep file order.
    /// (Files are read in groups, one group at a time per core, each group stage by stage: `Reader.read(batch:)`.)
    static func prepare(_ files: [String], reader: Reader, maxBytes: Int, published: ISODate?, sourceURL: String?) -> [Prepared] {
        let slots = PreparedSlots(count: files.count)
        let groups = Batch.groups(count: files.count, cores: ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: groups.count) { g in
            // Each file's loaded sources or load failures, in order; the sources are then read as one batch.
            var loaded: [(k: Int, result: Result<SourceDocument, IngestError>)] = []
            for k in groups[g] {
                for result in SourceLoader.load(path: files[k], maxBytes: maxBytes, published: published, sourceURL: sourceURL) {
                    loaded.append((k, result))
                }
            }
            var sources: [SourceDocument] = []
            for item in loaded { if case .success(let source) = item.result { sources.append(source) } }
            let readings = reader.read(batch: sources.map { Document(text: $0.text, published: $0.published, title: $0.title) })
            var out: [Int: [Prepared]] = [:]
            var next = 0
            for item in loaded {
                switch item.result {
                case .failure(let e):
                    out[item.k, default: []].append(.failure(e.description))
                case .success(let source):
                    switch readings[next] {
                    case .success(let reading):
                        let doc = DocumentRecord(
                            sha256: reading.document.sha256, title: reading.document.title ?? source.title,
                            published: (reading.document.published ?? source.published)?.description, sourceURL: source.sourceURL,
                            publisher: source.publisher, origin: source.origin, text: source.text, readerVersion: Reader.version)
                        out[item.k, default: []].append(.success((doc, reading)))
                    case .failure(let error):
                        out[item.k, default: []].append(.failure("\(source.origin): \(error)"))
                    }
                    next += 1
                }
            }
            for k in groups[g] { slots.set(k, out[k] ?? []) }
        }
        return slots.values.flatMap { $0 }
    }
}

/// Per-file results filled by the parallel readers.
final class PreparedSlots: @unchecked Sendable {
    private var storage: [[IngestCommand.Prepared]]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: [], count: count) }
    func set(_ k: Int, _ v: [IngestCommand.Prepared]) {
        lock.lock()
        storage[k] = v
        lock.unlock()
    }
    var values: [[IngestCommand.Prepared]] { storage }
}

/// Counts for the closing line.
struct IngestSummary {
    var stored = 0
    var duplicates = 0
    var meetings = 0
    var events = 0
    var failures: [String] = []

    var line: String {
        "ingested \(stored) documents (\(meetings) meeting reports, \(events) event mentions); \(duplicates) already stored; \(failures.count) failed"
    }
}

/// A progress bar on standard error, shown only on a terminal.
final class Progress: @unchecked Sendable {
    let total: Int
    var done = 0
    let enabled = isatty(2) == 1

    init(total: Int) { self.total = total }

    func advance(by n: Int) {
        done += n
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) files".utf8))
    }

    func finish() {
        if enabled && total > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
