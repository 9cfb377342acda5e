import ArgumentParser
import Foundation
import ParleyModel
import ParleyReader

/// `parley read`: one report (or a JSONL batch) to Readings.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read a report and print the meetings it reports, every value with its source span.",
        discussion: """
            FILE is a text file, or - for standard input. With --jsonl, each input line is
            {"id": ..., "text": ..., "published": "YYYY-MM-DD"} and each output line is that
            document's Reading with its "id"; lines are read in parallel, printed in input order.
            """
    )

    @Argument(help: "The report to read (text), or - for standard input.")
    var file: String?

    @Option(help: "The publication date (YYYY-MM-DD): resolves 'yesterday', 'on Tuesday', dates without a year.")
    var published: String?

    @Option(help: "Output format: text (a summary) or json (the Reading).")
    var format: OutputFormat = .text

    @Option(help: "Read a JSONL batch (a file, or - for standard input) instead of one report.")
    var jsonl: String?

    @Flag(help: "Show every value with the rule or lexicon row and the text span that produced it.")
    var explain = false

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = Reader.defaultMaxBytes

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        do {
            let reader = try Reader(maxBytes: maxBytes)
            if let jsonl {
                let failed = try Batch(reader: reader).run(path: jsonl, limit: max(maxBytes, 1) * 4)
                if failed > 0 { throw ExitCode(1) }
                return
            }
            guard let file else { throw UserError("give a FILE to read (or - for standard input), or --jsonl BATCH") }
            let bytes = try Input.bytes(file, limit: maxBytes)
            let reading: Reading
            do {
                reading = try reader.read(bytes: bytes, published: try Input.date(published))
            } catch {
                throw UserError("\(file): \(error)")
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if explain {
                print(Explain.render(reading, text: text))
            } else if format == .json {
                print(reading.json())
            } else {
                print(Summary.render(reading))
            }
        } catch let e as UserError {
            printError("parley: " + e.description)
            throw ExitCode(2)
        }
    }
}
