/// What the reader learned of the document itself.
public struct DocumentInfo: Hashable, Sendable {
    /// The headline, when found.
    public var title: String?
    /// The publication date, given or read from the text.
    public var published: ISODate?
    /// SHA-256 of the text's UTF-8 bytes, lowercase hex.
    public var sha256: String

    /// Creates document info.
    public init(title: String?, published: ISODate?, sha256: String) {
        self.title = title
        self.published = published
        self.sha256 = sha256
    }
}

/// A problem the reader noticed but could read past.
public struct Diagnostic: Hashable, Sendable {
    /// How much it matters.
    public enum Severity: String, Sendable, Hashable {
        case note, warning
    }

    /// How much it matters.
    public var severity: Severity
    /// What was noticed, in a sentence.
    public var message: String
    /// Where, if it concerns a span of text.
    public var evidence: Span?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at evidence: Span? = nil) {
        self.severity = severity
        self.message = message
        self.evidence = evidence
    }
}

/// The reader's result for one document: meetings, events and diagnostics, every value sourced.
public struct Reading: Hashable, Sendable {
    /// The document's metadata.
    public var document: DocumentInfo
    /// The meetings the document reports.
    public var meetings: [Meeting]
    /// The coded political events.
    public var events: [Event]
    /// What the reader noticed on the way.
    public var diagnostics: [Diagnostic]

    /// Creates a reading.
    public init(document: DocumentInfo, meetings: [Meeting], events: [Event], diagnostics: [Diagnostic]) {
        self.document = document
        self.meetings = meetings
        self.events = events
        self.diagnostics = diagnostics
    }
}
