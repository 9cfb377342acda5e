/// What kind of encounter a meeting is.
public enum MeetingKind: String, Sendable, Hashable, CaseIterable {
    case consultations, dialogue, talks, visit, commission, committee
    case workingGroup = "working-group"
    case call, summit, other
}

/// Whether the report tells of a meeting that happened, is planned or is under way.
public enum MeetingStatus: String, Sendable, Hashable {
    case held, planned, ongoing
}

/// Whether the delegations met in one place or by video link.
public enum MeetingFormat: String, Sendable, Hashable {
    case inPerson = "in-person"
    case virtual
}

/// A place: a city (when known) and its country as ISO 3166-1 alpha-3.
public struct Venue: Hashable, Sendable {
    /// The city's canonical name.
    public var city: String?
    /// The country's ISO3 code.
    public var country: String?

    /// Creates a venue.
    public init(city: String?, country: String?) {
        self.city = city
        self.country = country
    }
}

/// A named official with their title, as the report gives them.
public struct Person: Hashable, Sendable {
    /// The name without honorifics.
    public var name: String
    /// The title without country adjective or ministry, when given.
    public var title: String?
    /// The person's country (ISO3), when it could be resolved.
    public var country: String?
    /// Where the name (and title) stand in the text.
    public var evidence: Evidence

    /// Creates a person.
    public init(name: String, title: String?, country: String?, evidence: Evidence) {
        self.name = name
        self.title = title
        self.country = country
        self.evidence = evidence
    }
}

/// One side's delegation: its head and members.
public struct Delegation: Hashable, Sendable {
    /// The side's country (ISO3).
    public var country: String
    /// The head of delegation, when named.
    public var head: Person?
    /// Other named members.
    public var members: [Person]

    /// Creates a delegation.
    public init(country: String, head: Person?, members: [Person]) {
        self.country = country
        self.head = head
        self.members = members
    }
}

/// The class of an outcome, by the verb that reported it.
public enum OutcomeKind: String, Sendable, Hashable, CaseIterable {
    case agreement, commitment, decision, satisfaction, support, concern, statement
}

/// Something the sides agreed, committed to, decided, welcomed, supported or worried about.
public struct Outcome: Hashable, Sendable {
    /// The verb class.
    public var kind: OutcomeKind
    /// The clause that states it.
    public var text: String
    /// Canonical topic labels the clause names.
    public var topics: [String]
    /// Where the clause stands and the rule that classed it.
    public var evidence: Evidence

    /// Creates an outcome.
    public init(kind: OutcomeKind, text: String, topics: [String], evidence: Evidence) {
        self.kind = kind
        self.text = text
        self.topics = topics
        self.evidence = evidence
    }
}

/// The announced next round of the same mechanism.
public struct NextRound: Hashable, Sendable {
    /// Where it will be held, when said.
    public var venue: Venue?
    /// When, as an ISO date at its precision, when said.
    public var date: ISODate?
    /// The words that say when ("on mutually convenient dates", "next year").
    public var when: String?
    /// The sentence that announces it.
    public var evidence: Evidence

    /// Creates a next-round record.
    public init(venue: Venue?, date: ISODate?, when: String?, evidence: Evidence) {
        self.venue = venue
        self.date = date
        self.when = when
        self.evidence = evidence
    }
}

/// An anniversary the report marks ("the 75th anniversary of diplomatic relations").
public struct Anniversary: Hashable, Sendable {
    /// How many years.
    public var years: Int
    /// Of what ("diplomatic relations").
    public var of: String
    /// Where it is said.
    public var evidence: Evidence

    /// Creates an anniversary.
    public init(years: Int, of: String, evidence: Evidence) {
        self.years = years
        self.of = of
        self.evidence = evidence
    }
}

/// One meeting between countries, as one report tells it.
public struct Meeting: Hashable, Sendable {
    /// The kind of encounter.
    public var kind: MeetingKind
    /// The mechanism's name ("Bilateral Political Consultations"), when named.
    public var mechanism: String?
    /// The countries taking part, ISO3, sorted.
    public var parties: [String]
    /// The round number, when the report gives one.
    public var round: Int?
    /// Held, planned or under way.
    public var status: MeetingStatus
    /// The date, at its precision.
    public var date: ISODate?
    /// Where it was held.
    public var venue: Venue?
    /// In person or virtual, when known.
    public var format: MeetingFormat?
    /// The delegations, sorted by country.
    public var delegations: [Delegation]
    /// Canonical topic labels.
    public var topics: [String]
    /// Agreements, commitments and the like.
    public var outcomes: [Outcome]
    /// Regional issues on which views were exchanged.
    public var regionalIssues: [String]
    /// Multilateral forums named.
    public var multilateralForums: [String]
    /// The next round, when announced.
    public var next: NextRound?
    /// The anniversary marked, if any.
    public var anniversary: Anniversary?
    /// Field name -> where its value was read.
    public var evidence: [String: Evidence]

    /// Creates an empty meeting of a kind; the reader fills the rest.
    public init(kind: MeetingKind) {
        self.kind = kind
        mechanism = nil
        parties = []
        round = nil
        status = .held
        date = nil
        venue = nil
        format = nil
        delegations = []
        topics = []
        outcomes = []
        regionalIssues = []
        multilateralForums = []
        next = nil
        anniversary = nil
        evidence = [:]
    }
}
