import ArgumentParser
import Foundation
import ParleySynth

/// `parley synth N`: realistic generated reports, for trying Parley out and for load tests.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write N generated consultation reports (deterministic for a seed): .txt files in a folder, or JSONL.",
        discussion: "The reports are assembled from templates in the style of real foreign-ministry releases; every fact in them is invented."
    )

    @Argument(help: "How many reports.")
    var count: Int

    @Option(help: "Folder to write NAME.txt files into (created if needed); without it, JSONL goes to standard output.")
    var out: String?

    @Option(help: "Seed: the same seed gives the same reports.")
    var seed: UInt64 = Corpus.defaultSeed

    func run() throws {
        guard count > 0 else { throw ValidationError("give a positive number of reports") }
        let reports = Corpus.generate(count: count, seed: seed)
        guard let out else {
            var batch = ""
            for (n, r) in reports.enumerated() {
                let obj: [String: Any] = ["id": String(format: "synth-%06d", n), "text": r.text, "published": r.published]
                batch += String(decoding: try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys]), as: UTF8.self) + "\n"
                if batch.utf8.count > 1 << 20 {
                    FileHandle.standardOutput.write(Data(batch.utf8))
                    batch = ""
                }
            }
            FileHandle.standardOutput.write(Data(batch.utf8))
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for (n, r) in reports.enumerated() {
                let path = (out as NSString).appendingPathComponent(String(format: "synth-%06d.txt", n))
                let body = r.text.hasPrefix("---") ? r.text : "---\npublished: \(r.published)\n---\n" + r.text
                try Data(body.utf8).write(to: URL(fileURLWithPath: path))
            }
        } catch {
            printError("parley: cannot write to \(out): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        print("wrote \(count) reports to \(out)")
    }
}
