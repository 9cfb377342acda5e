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
                for doc in try await record.documents() where all || doc.readerVersion != Reader.version {
                    let reading = try reader.read(Document(text: doc.text, published: doc.published.flatMap(ISODate.init(iso:)), title: doc.title))
                    try await record.replaceReading(documentID: doc.id, reading: reading, readerVersion: Reader.version)
                    count += 1
                }
                return count
            }
            print("re-read \(count) documents with reader \(Reader.version)")
        }
    }
}
