import Foundation

/// Runs the built `parley` binary, as a user would.
enum Binary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let path: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].flatMap { [$0.appendingPathComponent("parley"), $0.deletingLastPathComponent().appendingPathComponent("parley")] }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path ?? "parley"
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `parley ARGS` with optional standard input.
    static func run(_ args: [String], stdin: Data? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        p.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A temporary file with the given bytes.
    static func temp(_ bytes: [UInt8], suffix: String = ".txt") throws -> String {
        let path = NSTemporaryDirectory() + "parley-test-\(UUID().uuidString)\(suffix)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static var corpus: String { root.appendingPathComponent("Tests/ParleyReaderTests/Corpus").path }
    static var events: String { root.appendingPathComponent("Tests/ParleyReaderTests/Events/sentences.jsonl").path }
    static var dev2Events: String { root.appendingPathComponent("Tests/ParleyReaderTests/Events/dev2.jsonl").path }
    static func eventTable(_ name: String) -> String { root.appendingPathComponent("Tests/ParleyReaderTests/Events/\(name).jsonl").path }
    static var wireEvents: String { root.appendingPathComponent("Tests/ParleyReaderTests/Events/wire.jsonl").path }
}
