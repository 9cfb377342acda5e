import ArgumentParser
import ParleyReader

/// `parley eval DIR`: per-field accuracy and F1 against gold files.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the reader on a folder of NAME.txt reports with NAME.json gold records.",
        discussion: "Gold files follow docs/fixtures.md; input.published is passed as --published."
    )

    @Argument(help: "The folder of fixtures.")
    var directory: String?

    @Option(help: "Score event coding on a JSONL table of sentences with expected events instead.")
    var events: String?

    @Flag(help: "List every mismatch.")
    var verbose = false

    func run() throws {
        do {
            let reader = try Reader()
            if let events {
                let eval = try EventEvaluation.run(path: events, reader: reader)
                print(eval.table())
                if verbose { print(eval.mismatches.joined(separator: "\n")) }
                return
            }
            guard let directory else { throw UserError("give a fixtures folder, or --events TABLE") }
            let eval = try Evaluation.run(directory: directory, reader: reader)
            print(eval.table())
            if verbose { print(eval.mismatches.joined(separator: "\n")) }
        } catch let e as UserError {
            printError("parley: " + e.description)
            throw ExitCode(2)
        }
    }
}
