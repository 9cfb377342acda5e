import ArgumentParser

/// `parley`: a sourced, structured record of bilateral relations.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct ParleyCommand: AsyncParsableCommand {
    /// The command's help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read foreign-ministry press releases and news reports into a sourced record of bilateral meetings and events.",
        version: "0.1.0",
        subcommands: [ReadCommand.self, EvalCommand.self, IngestCommand.self, MeetingsCommand.self, EventsCommand.self, SearchCommand.self, ExportCommand.self, RereadCommand.self, SynthCommand.self]
    )

    /// Creates the command (ArgumentParser).
    public init() {}
}
