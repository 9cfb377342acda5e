import ParleyModel

/// A document as stored: its text and what is known of it.
public struct DocumentRecord: Sendable, Equatable {
    /// Stable id (the first 16 hex digits of the SHA-256).
    public var id: String
    /// SHA-256 of the text's UTF-8 bytes.
    public var sha256: String
    /// Headline.
    public var title: String?
    /// Publication date (ISO text).
    public var published: String?
    /// Where it was published.
    public var sourceURL: String?
    /// Who published it.
    public var publisher: String?
    /// The file (and line) it came from.
    public var origin: String?
    /// The whole text.
    public var text: String
    /// The reader version that produced its stored readings.
    public var readerVersion: String

    /// Creates a record; the id derives from the hash.
    public init(sha256: String, title: String?, published: String?, sourceURL: String?, publisher: String?, origin: String?, text: String, readerVersion: String) {
        self.id = "d" + String(sha256.prefix(16))
        self.sha256 = sha256
        self.title = title
        self.published = published
        self.sourceURL = sourceURL
        self.publisher = publisher
        self.origin = origin
        self.text = text
        self.readerVersion = readerVersion
    }
}

/// A stored meeting merged over every report of it.
public struct MeetingRecord: Sendable, Equatable {
    /// Stable id.
    public var id: String
    public var kind: String
    public var mechanism: String?
    public var parties: [String]
    public var round: Int?
    public var status: String
    public var date: String?
    public var datePrecision: String?
    public var venueCity: String?
    public var venueCountry: String?
    public var format: String?
    public var nextVenueCity: String?
    public var nextVenueCountry: String?
    public var nextWhen: String?
    public var anniversaryYears: Int?
    /// Heads and members: (country, role, name, title), one per person.
    public var delegates: [Delegate]
    /// Documents that report it.
    public var sources: [SourceRef]
    /// Fields on which sources disagree: field -> distinct values.
    public var conflicts: [String: [String]]
}

/// A named member of a delegation.
public struct Delegate: Sendable, Equatable {
    public var country: String
    public var role: String
    public var name: String
    public var title: String?
}

/// A document that reported something.
public struct SourceRef: Sendable, Equatable {
    public var documentID: String
    public var title: String?
    public var published: String?
    public var sourceURL: String?
}

/// A stored event with how many documents report it.
public struct EventRecord: Sendable, Equatable {
    public var id: String
    public var code: String
    public var root: String
    public var plover: String?
    public var quad: Int
    public var goldstein: Double
    public var sourceCountry: String?
    public var sourceSector: String?
    public var targetCountry: String?
    public var targetSector: String?
    public var date: String?
    public var mode: String
    public var meetingID: String?
    /// Reporting documents.
    public var mentions: Int
}

/// A full-text search hit.
public struct SearchHit: Sendable, Equatable {
    public var documentID: String
    public var title: String?
    public var published: String?
    public var snippet: String
}

/// What storing one document did.
public enum IngestOutcome: Sendable, Equatable {
    /// Stored, with the meetings and events its reading added or merged into.
    case stored(documentID: String, meetings: Int, events: Int)
    /// The same text was already stored.
    case duplicate(documentID: String)
}

/// Filters for event queries.
public struct EventFilter: Sendable {
    public var countries: [String]
    public var since: String?
    public var until: String?
    public var quad: Int?
    public var root: String?
    public var limit: Int

    /// Creates a filter; one country gives its events with anyone, two give the pair's.
    public init(countries: [String], since: String? = nil, until: String? = nil, quad: Int? = nil, root: String? = nil, limit: Int = 10_000) {
        self.countries = countries
        self.since = since
        self.until = until
        self.quad = quad
        self.root = root
        self.limit = limit
    }
}
