import ParleyModel

extension Analysis {
    /// Codes political events (filled by the event coder).
    func codeEvents(meetings: [Meeting]) -> [Event] { [] }
}
