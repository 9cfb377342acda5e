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
                let documents = stale.map { Document(text: $0.text, published: $0.published.flatMap(ISODate.init(iso:)), title: $0.title) }
                // (Read in the reader's batches, stage by stage, as `ingest` reads, and stored batch by batch. A document that
                // cannot be read stops the command there, as before; those before it are stored.)
                for batch in Reader.batches(of: documents) {
                    for (k, result) in zip(batch.indices, reader.read(batch: Array(batch))) {
                        try await record.replaceReading(documentID: stale[k].id, reading: try result.get(), readerVersion: Reader.version)
                        count += 1
                    }
                }
                return count
            }
            print("re-read \(count) documents with reader \(Reader.version)")
        }
    }
}
