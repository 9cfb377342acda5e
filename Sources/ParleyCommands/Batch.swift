import Dispatch
import Foundation
import ParleyModel
import ParleyReader

/// Reads a JSONL batch in blocks, every block in parallel (one reader per core), writing in input order.
struct Batch {
    let reader: Reader
    let blockSize = 512

    /// Reads every line; returns how many lines failed (each reported on its own output line).
    func run(path: String, limit: Int) throws -> Int {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else { throw UserError("\(path): cannot be read") }
            handle = h
        }
        var lines = LineReader(handle: handle)
        var failed = 0
        var lineNumber = 0
        while true {
            var block: [[UInt8]] = []
            while block.count < blockSize, let line = lines.next() { block.append(line) }
            if block.isEmpty { break }
            let results = readBlock(block, firstLine: lineNumber + 1)
            lineNumber += block.count
            var out = ""
            for r in results where !r.isEmpty {
                if r.hasPrefix("{\"id\":") && r.contains("\"error\":") { failed += 1 }
                out += r
                out += "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
        return failed
    }

    private func readBlock(_ block: [[UInt8]], firstLine: Int) -> [String] {
        let results = ResultSlots(count: block.count)
        // (Lines are read in groups, one group at a time per core, each group stage by stage: `Reader.read(batch:)`.)
        let groups = Batch.groups(count: block.count, cores: ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: groups.count) { g in
            var documents: [Document] = []
            var slots: [(k: Int, id: String?)] = []
            for k in groups[g] {
                switch parseLine(block[k], number: firstLine + k) {
                case .skip: results.set(k, "")
                case .error(let line): results.set(k, line)
                case .document(let id, let document):
                    documents.append(document)
                    slots.append((k, id))
                }
            }
            for (slot, result) in zip(slots, reader.read(batch: documents)) {
                switch result {
                case .success(let reading): results.set(slot.k, reading.json(id: slot.id))
                case .failure(let error): results.set(slot.k, errorLine(id: slot.id, "line \(firstLine + slot.k): \(error)"))
                }
            }
        }
        return results.values
    }

    /// Consecutive groups of a block's lines: as many as there are cores, twice over, and at most 64 lines each.
    static func groups(count: Int, cores: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let size = max(1, min(64, (count + 2 * max(1, cores) - 1) / (2 * max(1, cores))))
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    private enum ParsedLine {
        case skip
        case error(String)
        case document(id: String?, Document)
    }

    private func parseLine(_ line: [UInt8], number: Int) -> ParsedLine {
        if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return .skip }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return .error(errorLine(id: nil, "line \(number): not a JSON object"))
        }
        let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue
        guard let text = object["text"] as? String else { return .error(errorLine(id: id, "line \(number): no \"text\" string")) }
        var published: ISODate?
        if let p = object["published"] as? String {
            guard let d = ISODate(iso: p) else { return .error(errorLine(id: id, "line \(number): published '\(p)' is not YYYY-MM-DD")) }
            published = d
        }
        return .document(id: id, Document(text: text, published: published))
    }

    private func errorLine(id: String?, _ message: String) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", id)
        w.field("error", message)
        w.endObject()
        return w.output
    }
}

/// Slots the parallel readers fill, each index by exactly one thread.
final class ResultSlots: @unchecked Sendable {
    private var storage: [String]
    private let lock = NSLock()

    init(count: Int) { storage = [String](repeating: "", count: count) }

    func set(_ k: Int, _ value: String) {
        lock.lock()
        storage[k] = value
        lock.unlock()
    }

    var values: [String] { storage }
}

/// Splits a file handle's bytes into lines without reading it all at once.
struct LineReader {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var eof = false

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> [UInt8]? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 10) {
                let line = Array(buffer[position..<nl])
                position = nl + 1
                return line
            }
            if eof {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            buffer.removeFirst(position)
            position = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { eof = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
