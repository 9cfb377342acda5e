import ParleyCommands

/// The `parley` executable: hands the command line to the command tree.
@main
enum Entry {
    static func main() async {
        await ParleyCommand.main()
    }
}
