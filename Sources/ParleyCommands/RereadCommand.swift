import ArgumentParser
import ParleyModel
import ParleyReader
import ParleyStore

/// `parley reread`: re-read stored documents after the reader improved.
struct RereadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reread", abstract: "Re-read stored documents whose readings came from another reader version (or all, with --all).")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Re-read every document, not only those read by another version.") var all = false

    func run() async throws {
        try await withUserErrors {
            let reader = try Reader()
            let all = self.all
            let count = try await store.with { record in
                var count = 0
                let stale = try await record.documents().filter { all || $0.readerVersion != Reader.version }
                // (Read 64 at a time, stage by stage, as `ingest` reads: each stage's code stays in the instruction cache for the
                // whole group. A document that cannot be read stops the command there, as before; those before it are stored.)
                for start in stride(from: 0, to: stale.count, by: 64) {
                    let group = stale[start..<min(stale.count, start + 64)]
                    let readings = reader.read(
                        batch: group.map { Document(text: $0.text, published: $0.published.flatMap(ISODate.init(iso:)), title: $0.title) })
                    for (doc, result) in zip(group, readings) {
                        try await record.replaceReading(documentID: doc.id, reading: try result.get(), readerVersion: Reader.version)
                        count += 1
                    }
                }
                return count
            }
            print("re-read \(count) documents with reader \(Reader.version)")
        }
    }
}
