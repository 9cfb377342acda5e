/// A country with the words that name it.
public struct Country: Sendable, Hashable {
    /// Stable row id (`c.pak`).
    public var id: String
    /// ISO 3166-1 alpha-3.
    public var iso3: String
    /// Common short English name.
    public var name: String
    /// The capital's name.
    public var capital: String
}

/// A city and its country.
public struct City: Sendable, Hashable {
    /// Stable row id.
    public var id: String
    /// Canonical name.
    public var name: String
    /// ISO3 of its country.
    public var country: String
    /// Whether it is its country's capital (used as metonym: "Moscow said").
    public var isCapital: Bool
}

/// A title of office.
public struct Title: Sendable, Hashable {
    /// Stable row id.
    public var id: String
    /// Canonical title.
    public var title: String
    /// 1 (head of state) ... 9 (junior); 0 for honorifics.
    public var rank: Int
    /// CAMEO sector code of the office.
    public var sector: String
    /// head, minister, diplomat, official, military, legislator, envoy or honorific.
    public var kind: String
}

/// An actor that is no country and no titled person: a named organisation or a sector's head noun.
public struct Agent: Sendable, Hashable {
    /// How an agent row is used.
    public enum Kind: String, Sendable, Hashable {
        /// A named organisation or armed group ("Hamas", "World Bank").
        case group
        /// A head noun naming a sector's people ("police", "protesters").
        case noun
        /// A head noun that takes the sector of a modifier that has one ("police officers").
        case weak
        /// A noun also used before other nouns ("military exercises"): an actor only at the end of its phrase.
        case modifier
        /// A noun that makes its phrase no political actor ("Italy's national football team").
        case nonactor
        /// A natural or accidental cause ("Cyclone Freddy killed …"): no actor, and no attacker behind the deaths it causes.
        case disaster
        /// A weapon as the subject of an act ("a Russian missile struck …", "Israeli drones hit …"): its country's military.
        case weapon
        /// A state news agency ("KUNA", "Xinhua"): a group whose country a report crediting it is issued from ("His Highness
        /// the Amir sent cables …, KUNA reported": the Amir is Kuwait's).
        case agency

        /// Whether the noun makes its phrase no political actor.
        public var isNonactor: Bool { self == .nonactor || self == .disaster }
    }

    /// Stable row id.
    public var id: String
    /// Canonical form.
    public var form: String
    /// ISO3 of its country, if it has one of its own.
    public var country: String?
    /// CAMEO sector code.
    public var sector: String
    /// How the row is used.
    public var kind: Kind

    /// An agent row.
    public init(id: String, form: String, country: String?, sector: String, kind: Kind) {
        self.id = id
        self.form = form
        self.country = country
        self.sector = sector
        self.kind = kind
    }
}

/// A labelled entry of a plain vocabulary (topic, regional issue, forum, mechanism).
public struct Labelled: Sendable, Hashable {
    /// Stable row id.
    public var id: String
    /// Canonical label.
    public var label: String
    /// A second attribute: kind for mechanisms and issues, full name for forums.
    public var detail: String
}

/// An official who recurs, with the title held between two dates.
public struct KnownPerson: Sendable, Hashable {
    /// Stable row id.
    public var id: String
    /// Canonical name.
    public var name: String
    /// ISO3 country.
    public var country: String
    /// The title held.
    public var title: String
    /// First day in office, if known (ISO text).
    public var validFrom: String
    /// Last day, if known.
    public var validTo: String
    /// The CAMEO sector of the title (titles.tsv), empty when the title is not there ("Leader").
    public var sector: String = ""

    /// Whether the row's office was held on `day` (ISO text, "YYYY-MM-DD"): open ends, and dates known only to the month or
    /// year, compared on the part known.
    public func held(on day: String) -> Bool {
        (validFrom.isEmpty || validFrom <= day.prefix(validFrom.count)) && (validTo.isEmpty || day.prefix(validTo.count) <= validTo)
    }
}

/// What a lexicon match names.
public enum EntryKind: UInt8, Sendable, Hashable {
    case country, countryAdjective, city, ministry, title, honorific, topic, region, forum
    case mechanism, mechanismHead, person, ordinal, month, weekday, group
}

/// How letter case must look in the text for an entry to match.
public enum CaseRule: UInt8, Sendable {
    /// Any case ("foreign secretary").
    case any
    /// First token capitalized ("Turkey", not "turkey").
    case capitalized
    /// An acronym: every letter upper case ("US", not "us").
    case acronym
}

/// One lexicon row reached through one of its forms.
public struct Entry: Sendable, Hashable {
    /// What it names.
    public var kind: EntryKind
    /// Index into the lexicon's array for that kind (or a value: ordinal, month 1...12, weekday 0...6).
    public var row: Int32
    /// How case must look.
    public var caseRule: CaseRule
}
