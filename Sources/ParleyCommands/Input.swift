import ArgumentParser
import Foundation
import ParleyModel

/// A user-facing error: one clear line on stderr and a non-zero exit.
struct UserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Reading input files and standard input.
enum Input {
    /// The bytes of a file, or of standard input for "-"; refuses folders, missing files and inputs over `limit`.
    static func bytes(_ path: String, limit: Int) throws -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return Array(data)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw UserError("\(path): no such file")
        }
        guard !isDir.boolValue else { throw UserError("\(path): is a folder; give a file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw UserError("\(path): \(size) bytes, over the limit of \(limit) bytes; raise it with --max-bytes")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw UserError("\(path): cannot be read") }
        return Array(data)
    }

    /// Parses a `--published` value.
    static func date(_ text: String?, option: String = "--published") throws -> ISODate? {
        guard let text else { return nil }
        guard let d = ISODate(iso: text) else { throw UserError("\(option) '\(text)' is not a date; write YYYY-MM-DD") }
        return d
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
