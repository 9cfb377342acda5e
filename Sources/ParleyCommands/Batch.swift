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
        DispatchQueue.concurrentPerform(iterations: block.count) { k in
            results.set(k, readLine(block[k], number: firstLine + k))
        }
        return results.values
    }

    private func readLine(_ line: [UInt8], number: Int) -> String {
        if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return "" }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return errorLine(id: nil, "line \(number): not a JSON object")
        }
        let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue
        guard let text = object["text"] as? String else { return errorLine(id: id, "line \(number): no \"text\" string") }
        var published: ISODate?
        if let p = object["published"] as? String {
            guard let d = ISODate(iso: p) else { return errorLine(id: id, "line \(number): published '\(p)' is not YYYY-MM-DD") }
            published = d
        }
        do {
            return try reader.read(Document(text: text, published: published)).json(id: id)
        } catch {
            return errorLine(id: id, "line \(number): \(error)")
        }
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
