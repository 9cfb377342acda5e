import ArgumentParser

/// `parley`: a sourced, structured record of bilateral relations.
public struct ParleyCommand: ParsableCommand {
    /// The command's help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read foreign-ministry press releases and news reports into a sourced record of bilateral meetings and events.",
        version: "0.1.0",
        subcommands: [ReadCommand.self, EvalCommand.self]
    )

    /// Creates the command (ArgumentParser).
    public init() {}
}
