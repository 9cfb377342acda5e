/// One side of a coded event: a country (when known), a sector and the words that name it.
public struct EventActor: Hashable, Sendable {
    /// ISO3 of the actor's country, when known.
    public var country: String?
    /// CAMEO-style sector: GOV, MIL, COP, LEG, JUD, OPP, REB, CRM, BUS, MED, PPL, IGO, NGO, LAB.
    public var sector: String?
    /// The words that name the actor in the text.
    public var text: String
    /// Where they stand.
    public var evidence: Evidence

    /// Creates an actor.
    @inlinable public init(country: String?, sector: String?, text: String, evidence: Evidence) {
        self.country = country
        self.sector = sector
        self.text = text
        self.evidence = evidence
    }
}

/// How an event is asserted.
public enum EventMode: String, Sendable, Hashable {
    case actual, intent, planned, reported
}

/// A dyadic political event coded in CAMEO, with its PLOVER type and Goldstein score.
public struct Event: Hashable, Sendable {
    /// The CAMEO code, leading zeros kept ("040").
    public var code: String
    /// The code's short label.
    public var label: String
    /// The two-digit root.
    public var root: String
    /// The PLOVER event type.
    public var plover: String
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quad: Int
    /// The Goldstein score of the code.
    public var goldstein: Double
    /// Who acts.
    public var source: EventActor
    /// Who is acted upon, if anyone.
    public var target: EventActor?
    /// When, if known.
    public var date: ISODate?
    /// Whether the text negates it.
    public var negated: Bool
    /// Actual, intended, planned or reported.
    public var mode: EventMode
    /// Index of the meeting the event belongs to.
    public var meeting: Int?
    /// The verb pattern row and the sentence that coded it.
    public var evidence: Evidence

    /// Creates an event.
    @inlinable public init(
        code: String, label: String, root: String, plover: String, quad: Int, goldstein: Double,
        source: EventActor, target: EventActor?, date: ISODate?, negated: Bool, mode: EventMode,
        meeting: Int?, evidence: Evidence
    ) {
        self.code = code
        self.label = label
        self.root = root
        self.plover = plover
        self.quad = quad
        self.goldstein = goldstein
        self.source = source
        self.target = target
        self.date = date
        self.negated = negated
        self.mode = mode
        self.meeting = meeting
        self.evidence = evidence
    }
}
