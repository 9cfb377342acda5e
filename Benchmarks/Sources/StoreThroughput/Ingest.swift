import Foundation
import ParleyModel
import ParleyReader
import ParleyStore
import ParleySynth

/// Reads and stores `count` generated reports one after another (one transaction each) and returns reports/s.
func ingestThroughput(count: Int, location: StoreLocation) async throws -> Double {
    let reports = Corpus.generate(count: count, seed: 11)
    let reader = try Reader()
    let store = try await RecordStore.open(location)
    let start = Date()
    for r in reports {
        let reading = try reader.read(bytes: r.bytes, published: ISODate(iso: r.published))
        let doc = DocumentRecord(
            sha256: reading.document.sha256, title: reading.document.title, published: r.published, sourceURL: nil, publisher: nil,
            origin: "synth", text: r.text, readerVersion: Reader.version)
        _ = try await store.ingest(doc, reading: reading)
    }
    let seconds = Date().timeIntervalSince(start)
    try await store.close()
    return Double(count) / seconds
}
