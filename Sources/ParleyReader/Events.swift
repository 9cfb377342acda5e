import ParleyText
import ParleyLexicon
import ParleyModel

/// An actor found in a sentence: one or more sides (a compound "Pakistan and Russia", "the two sides").
struct ActorChunk {
    /// Whether a preposition stands right before it ("visit to Russia"): a target, never a subject.
    var afterPreposition = false
    /// Whether it is a place after "in"/"at" ("arrived in Kathmandu"): only a visit's destination.
    var isPlace = false
    struct Side {
        var country: ShortCode?
        var sector: ShortCode?
        var span: Span
        /// A sector's people with no country of their own ("police", "the government"): they take the
        /// sentence's place, or, as a target, the source's country.
        var domestic = false
        /// Inferred by a rule, no words naming it: its span is the act's, and its recorded text is empty.
        var inferred = false
        /// For "the country", "the island": the country named before the one it stands for, which it stands for instead
        /// as the target of an act by the country it would otherwise name ("China began drills around the island", after
        /// "Taiwan put its forces on alert").
        var anaphorAlternative: ShortCode?
        /// Whether it is "the country", "the island": it names a country only by pointing back.
        var anaphor = false

        /// The side's country as an unnamed party of no sector, inferred: "the government and the opposition signed"
        /// runs between a country's two sides, and people driven out fall on the doer's own. (It keeps the side's span.)
        var unnamedOfItsCountry: Side {
            var side = self
            side.sector = nil
            side.inferred = true
            return side
        }
    }

    var tokens: Range<Int>
    var sides: [Side]
    /// Whether it is a titled person ("Hamas political leader Ismail Haniyeh" takes Hamas's country).
    var isPerson = false

    /// Whether it can stand as a clause's one subject: no place, after no preposition, a single side.
    var isSoleSubject: Bool { !isPlace && !afterPreposition && sides.count == 1 }
}

/// One sentence's actors with the views the coding rules ask of them, each computed once per sentence and only
/// when a rule asks for it.
final class SentenceActors {
    let all: [ActorChunk]
    /// Actors that are no place (targets of most acts).
    /// (Most sentences name no place, or only countries: the whole list is shared then, not filtered into a new one.)
    lazy var nonPlace: [ActorChunk] = all.contains(where: \.isPlace) ? all.filter { !$0.isPlace } : all
    /// Places (targets of force, appeals and aid that name no other).
    lazy var places: [ActorChunk] = all.contains(where: \.isPlace) ? all.filter(\.isPlace) : []
    /// Chunks with a country (a visit's destination: "a trip as leader to Mauritania" skips "leader").
    lazy var withCountry: [ActorChunk] = all.allSatisfy(Self.namesCountry) ? all : all.filter(Self.namesCountry)
    /// Non-place chunks with a country (a host's guest).
    lazy var nonPlaceWithCountry: [ActorChunk] = nonPlace.filter(Self.namesCountry)
    /// The first place's country ("in Dhaka").
    let placeCountry: ShortCode?
    /// The country, when the sentence names exactly one.
    let soleCountry: ShortCode?
    /// The country, when the whole sentence names exactly one (a clause's actors may leave out the others).
    let sentenceSoleCountry: ShortCode?

    init(_ actors: [ActorChunk], within whole: SentenceActors? = nil) {
        all = actors
        placeCountry = Self.placeCountry(of: actors)
        var sole: ShortCode?
        var many = false
        for a in actors { for s in a.sides { if let c = s.country { if sole == nil { sole = c } else if sole != c { many = true } } } }
        soleCountry = many ? nil : sole
        sentenceSoleCountry = whole.map(\.sentenceSoleCountry) ?? soleCountry
    }

    /// Whether a chunk has a side with a country.
    static func namesCountry(_ chunk: ActorChunk) -> Bool { chunk.sides.contains { $0.country != nil } }

    /// The country of the first place among `chunks` ("in Dhaka").
    static func placeCountry(of chunks: [ActorChunk]) -> ShortCode? {
        chunks.first(where: { $0.isPlace && $0.sides.count == 1 && $0.sides[0].country != nil })?.sides[0].country
    }
}

/// What the event stage's first two passes find in a document, kept for the third.
struct EventPasses {
    /// Each sentence's verb patterns (empty for sentences the stage skips).
    var sentenceMatches: [[VerbMatch]]
    /// Sentences with no verb pattern that a sentence-wide rule may code: an accusation by "behind" or "responsible", goods
    /// that arrived.
    var ruleOnly: [Int]
    /// Each coded sentence's cue classes.
    var sentenceClasses: [CueClass]
    /// Each coded sentence's actors (filled by the second pass).
    var sentenceChunks: [[ActorChunk]] = []
    /// The first meeting's parties (set by the second pass).
    var parties: [ShortCode] = []
}

/// A verb pattern matched in a sentence.
struct VerbMatch {
    var pattern: Int
    var anchor: Int
    var tokens: Range<Int>
    /// The pattern's specificity (copied here so sorting never copies the pattern).
    var specificity: Int = 0
}

/// The name of a coding rule ("rule.actor"), kept as the address of its string literal: eight bytes in a draft where a
/// `StaticString` took twenty-four, read as text only when an event is recorded. (The compiler ends every string
/// literal with a zero byte, so the address alone gives the text. A literal is immutable and lives as long as the program:
/// the name is safe to share.)
struct RuleName: ExpressibleByStringLiteral, CustomStringConvertible, @unchecked Sendable {
    let start: UnsafePointer<UInt8>

    init(stringLiteral value: StaticString) {
        precondition(value.hasPointerRepresentation, "a rule name is a string literal")
        assert(value.utf8Start[value.utf8CodeUnitCount] == 0, "a string literal ends with a zero byte")
        start = value.utf8Start
    }

    /// The rule most parties carry.
    static let actor: RuleName = "rule.actor"
    /// A force alerted or deployed with no agent named, its own country's (`alertedForce`).
    static let alerted: RuleName = "rule.actor.alerted"

    /// (The commonest name is returned as a literal: read from its bytes, every event's two parties measured and copied it.)
    var description: String { start == Self.actor.start ? "rule.actor" : String(cString: start) }
}

/// An event while its sentence is coded: codes and spans only, cheap to copy; it becomes an `Event` (with its texts
/// and the reference facts of its code) once the sentence keeps it.
struct Draft {
    /// One side of a draft event.
    /// (Fields stored widest first, so that a party takes 38 bytes and a draft 126: a value of at most 128 bytes is copied
    /// by a few moves in place, a larger one by a call to `memmove`, and drafts are copied often.)
    struct Party {
        /// The rule that placed it.
        var rule: RuleName
        var span: Span
        var country: ShortCode?
        /// Whether the words at `span` name it ("" for the home government a protest is against).
        var named: Bool
        var sector: ShortCode?

        init(country: ShortCode?, sector: ShortCode?, span: Span, rule: RuleName = .actor, named: Bool = true) {
            self.rule = rule
            self.span = span
            self.country = country
            self.named = named
            self.sector = sector
        }
    }

    /// The CAMEO code (known to the tables).
    var code: ShortCode
    var mode: EventMode
    var linked: Bool
    /// Whether its subject follows a noun of the sentence's first act ("a move Egypt condemned"): it answers that act.
    var answersFirst: Bool
    /// The code's root as a number.
    var root: Int
    /// The verb pattern that coded it, or -1 for a rule named by `rule`.
    var pattern: Int
    var rule: RuleName
    var span: Span
    var source: Party
    var target: Party?

    init(
        code: ShortCode, root: Int, source: Party, target: Party? = nil, mode: EventMode = .actual, linked: Bool = false, span: Span,
        answersFirst: Bool = false, pattern: Int = -1, rule: RuleName = ""
    ) {
        self.code = code
        self.mode = mode
        self.linked = linked
        self.answersFirst = answersFirst
        self.root = root
        self.pattern = pattern
        self.rule = rule
        self.span = span
        self.source = source
        self.target = target
    }
}

/// A few distinct short codes, held inline: a sentence's targeted codes were an array, an allocation per sentence.
struct FewCodes {
    private var inline: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var count = 0
    private var more: [ShortCode] = []

    func contains(_ code: ShortCode) -> Bool {
        let n = min(count, 8)
        let found = withUnsafeBytes(of: inline) { raw in
            raw.withMemoryRebound(to: UInt32.self) { raws in raws.prefix(n).contains(code.raw) }
        }
        return found || (count > 8 && more.contains(code))
    }

    mutating func insert(_ code: ShortCode) {
        if count < 8 {
            withUnsafeMutableBytes(of: &inline) { raw in raw.withMemoryRebound(to: UInt32.self) { $0[count] = code.raw } }
        } else {
            more.append(code)
        }
        count += 1
    }
}

/// Stage 4 (events): who did what to whom, coded in CAMEO with PLOVER, Goldstein and quad from the tables.
extension Analysis {
    /// Codes every story sentence's events; events whose dyad is the meeting's parties link to it.
    func codeEvents(meetings: [Meeting]) -> [Event] {
        var passes = matchEventVerbs()
        findEventActors(&passes, meetings: meetings)
        return codeEvents(meetings: meetings, passes)
    }

    /// The stage's first pass over a document: every story sentence's verb patterns and cue classes.
    /// The stage runs in three passes over the document's sentences (verb patterns, actors, coding) rather than all
    /// three per sentence: each pass's code stays in the instruction cache for the whole document (and, read in a batch,
    /// for every document of the batch).
    func matchEventVerbs() -> EventPasses {
        var sentenceMatches: [[VerbMatch]] = Array(repeating: [], count: sentences.count)
        var ruleOnly: [Int] = []
        // Each coded sentence's cue classes: a sentence-wide rule whose words' class it lacks is not run.
        var sentenceClasses = Array(repeating: CueClass(), count: sentences.count)
        func classify(_ si: Int) {
            var c = CueClass()
            let table = cues.classOf
            for k in tokenRange(si) {
                let s = tokens[k].sym
                if s >= 0, Int(s) < table.count { c.formUnion(table[Int(s)]) }
            }
            sentenceClasses[si] = c
        }
        for si in sentences.indices where zones[si] == .story {
            // ("Will Ankara ever ratify Sweden's NATO bid?": a question reports no act.)
            if let last = tokenRange(si).last, sym(last) == cues.questionMark { continue }
            let matches = verbMatches(in: si)
            // "Analysts say any resumption of talks … would be difficult": what pundits expect is no event.
            // ("…, who helped negotiate the country's return to civilian rule, has died in Accra aged 84": an obituary's
            // past is no news.)
            if matches.isEmpty {
                // ("Kyiv said Moscow was behind the attack": an accusation with no verb row is read by its own rule; so are
                // goods that arrived: "Aid trucks from the World Food Programme reached northern Gaza".)
                if tokenRange(si).contains(where: {
                    sym($0) == cues.behind || sym($0) == cues.responsible || sym($0) == cues.blame || (sym($0) == cues.involved && sym($0 + 1) == cues.w.in_)
                        || isAny($0, cues.goodsArrivalVerbs)
                }),
                    !punditView(tokenRange(si))
                {
                    ruleOnly.append(si)
                    classify(si)
                }
                continue
            }
            classify(si)
            if punditView(tokenRange(si)) || (sentenceClasses[si].contains(.death) && obituary(tokenRange(si))) { continue }
            sentenceMatches[si] = matches
        }
        return EventPasses(sentenceMatches: sentenceMatches, ruleOnly: ruleOnly, sentenceClasses: sentenceClasses)
    }

    /// The stage's second pass: the actors of every sentence the first pass found an act in.
    func findEventActors(_ passes: inout EventPasses, meetings: [Meeting]) {
        let parties = (meetings.first?.parties ?? []).compactMap { ShortCode($0) }
        let people = persons
        let issuer = issuer.flatMap { ShortCode($0) }
        var sentenceChunks: [[ActorChunk]] = Array(repeating: [], count: sentences.count)
        var lastPerson: ActorChunk.Side?
        for si in sentences.indices where zones[si] == .story {
            if passes.sentenceMatches[si].isEmpty, !passes.ruleOnly.contains(si) {
                if let p = people.last(where: { $0.sentence == si }) { lastPerson = personSide(p, issuer: issuer) }
                continue
            }
            sentenceChunks[si] = actorChunks(in: si, people: people, parties: parties, issuer: issuer, lastPerson: &lastPerson)
        }
        passes.sentenceChunks = sentenceChunks
        passes.parties = parties
    }

    /// The stage's third pass: codes the events of every sentence with an act, from the first two passes' findings.
    func codeEvents(meetings: [Meeting], _ passes: EventPasses) -> [Event] {
        lexicon.verbPatterns.withUnsafeBufferPointer { codeEvents(meetings: meetings, passes, patterns: $0) }
    }

    /// `codeEvents(meetings:_:)` with the verb patterns read in place, through their buffer: a pattern is a large value,
    /// and one read from the array, or passed as a value, was copied for every match, its strings and elements retained
    /// and released.
    private func codeEvents(meetings: [Meeting], _ passes: EventPasses, patterns: UnsafeBufferPointer<VerbPattern>) -> [Event] {
        let parties = passes.parties
        let sentenceMatches = passes.sentenceMatches
        let ruleOnly = passes.ruleOnly
        let sentenceClasses = passes.sentenceClasses
        let sentenceChunks = passes.sentenceChunks
        // The kept drafts with their sentences' dates: they become events once all are read, each built in its place in the
        // array (an event appended was built, copied into the array and the original destroyed: a dozen strings retained
        // and released for every event).
        var kept: [(draft: Draft, date: ISODate?)] = []
        // (Room for two events a match: grown one doubling at a time, the array was copied four or five times a document.)
        kept.reserveCapacity(2 * sentenceMatches.reduce(0) { $0 + $1.count })
        // The sentence's events, and whether each yields to a finite verb's.
        // (Two buffers emptied per sentence, not two arrays allocated per sentence.)
        var sentenceEvents: [Draft] = []
        var yielding: [Bool] = []
        sentenceEvents.reserveCapacity(8)
        yielding.reserveCapacity(8)
        // One match's drafts (a buffer emptied per match; its function's name is `self.coded`).
        var coded: [Draft] = []
        coded.reserveCapacity(8)
        var dyadBuffer: [(ActorChunk.Side, ActorChunk.Side?, ShortCode)] = []
        dyadBuffer.reserveCapacity(4)
        // Each sentence's drafts before they are settled, with whether each yields, and the sentence's facts for settling.
        var drafts: [Draft] = []
        var yields: [Bool] = []
        var unsettled: [(sentence: Int, drafts: Range<Int>, date: ISODate?, actors: SentenceActors)] = []
        drafts.reserveCapacity(kept.capacity)
        yields.reserveCapacity(kept.capacity)
        unsettled.reserveCapacity(sentenceMatches.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } + ruleOnly.count)
        for si in sentences.indices where !sentenceMatches[si].isEmpty || ruleOnly.contains(si) {
            let r = tokenRange(si)
            sentenceEvents.removeAll(keepingCapacity: true)
            yielding.removeAll(keepingCapacity: true)
            /// Keeps a draft unless the sentence has its (source, target, code) already.
            func keep(_ d: Draft, yields: Bool) {
                // ("The plan was executed by the organisers": a killing by no one known of no one is none.)
                // ("… erupted, forcing the evacuation of about 1,000 people from nearby villages": nor is mass violence.)
                if d.code.hasPrefix("182") || d.root == 20, d.source.country == nil, d.source.sector == nil, d.target == nil { return }
                guard !sentenceEvents.contains(where: { same($0, d) }) else { return }
                sentenceEvents.append(d)
                yielding.append(yields)
            }
            let matches = sentenceMatches[si]
            let actors = sentenceChunks[si]
            let sentenceActors = SentenceActors(actors)
            let date = eventDate(si, meetings)
            var previous: VerbMatch?
            var demandSeen = false
            for match in matches {
                // (Fields read one by one: a pattern is a large value.)
                let low = verbFacts(match.pattern).low
                let root = verbFacts(match.pattern).root
                let code = verbFacts(match.pattern).code
                // ("Nagorno-Karabakh, internationally recognised as part of Azerbaijan": what a thing is recognised as is no
                // recognition of a state.)
                if code == "054", match.tokens.count == 1, sym(match.anchor + 1) == cues.as_ { continue }
                // ("The 1994 genocide in Rwanda killed an estimated 800,000 people", "The Beirut port explosion in August 2020
                // killed …": a killing whose opening subject names a year long before the report is history.)
                // (The year may follow a noun of the act itself: "explosion in August 2020".)
                if root >= 18, let pub = published?.year, match.anchor - r.lowerBound <= 16,
                    isAny(r.lowerBound, cues.articles),
                    (r.lowerBound..<min(r.upperBound, max(match.anchor, match.tokens.upperBound + 4))).contains(where: {
                        yearNumber(at: $0).map { $0 < pub - 1 } == true
                    })
                {
                    continue
                }
                // ("raised its key interest rate … to fight inflation", "helicopters to battle wildfires": a foe that is no armed
                // party is fought in words only.)
                if root == 19 || root == 18, isAny(match.tokens.upperBound, cues.abstractFoes) || isAny(match.anchor + 1, cues.abstractFoes) { continue }
                // ("the dzud has killed more than two million head of livestock", "wolves killed hundreds of sheep": animals
                // killed are no event.)
                if root == 18 || root == 20,
                    let n = (match.tokens.upperBound..<min(r.upperBound, match.tokens.upperBound + 8)).first(where: {
                        !(isCount($0) || isAny($0, cues.countFillers) || isAny($0, cues.quantityWords) || sym($0) == cues.w.of)
                    }),
                    isAny(n, cues.animalNouns)
                {
                    continue
                }
                // ("expelled the ambassador and ordered the closure of its consulates": a noun an "and"-verb governs too.)
                // ("…, and will provide $5 million in humanitarian aid": a modal between "and" and the verb.)
                // (The token before the verb past one adverb: "… and later recalled", ", again accusing".)
                let beforeVerb = beforeAdverb(match.anchor)
                // ("… and later recalled its ambassador": past an adverb.)
                // ("welcomed the ceasefire but warned Israel …": a verb after "but" is coordinated too.)
                let coordinated = sym(beforeVerb) == cues.w.and || sym(beforeVerb) == cues.but || sym(match.anchor - 1) == cues.w.comma
                    || (match.anchor - 3 >= r.lowerBound && isAny(match.anchor - 1, cues.articles) && endsInED(match.anchor - 2)
                        && sym(match.anchor - 3) == cues.w.and)
                    || (match.anchor - 2 >= r.lowerBound && isAny(match.anchor - 1, cues.modals) && sym(match.anchor - 2) == cues.w.and)
                // "demanded that Manila withdraw", "urged X to stop": the demanded act is the demand's content.
                // ("…, while Moscow blamed Kyiv for the attack": a new clause with its own subject is no content.)
                // ("…, prompting Pyongyang to warn of countermeasures": the actor before "to" does the second act, and
                // answers the first act's source unless it names another.)
                let controlled = sym(match.anchor - 1) == cues.w.to_
                    && actors.contains(where: { $0.tokens.upperBound == match.anchor - 1 && isAny($0.tokens.lowerBound - 1, cues.controlVerbs) })
                // ("Accusing Kigali of backing the rebels, Kinshasa expelled …": a participle opening the sentence ends at the
                // comma before its subject, and the subject's own verb is no content of it.)
                if demandSeen, let prev = previous,
                    newClause(from: prev.tokens.upperBound, to: match.anchor, actors) || controlled || openerEnded(prev, before: match.anchor, r, actors)
                {
                    demandSeen = false
                }
                // ("thanked China … during a meeting with …": a meeting framed by "during" is no content.)
                // ("accused Israel of carrying out the attack", "denied involvement in the bombing": the same.)
                // ("lodged a protest with China over the detention of an employee in Beijing": an arrest or expulsion placed
                // in a country is that country's act, not only the protest's content.)
                let namedCoercion = (code == "173" || code == "174") && nominal(match.anchor, r)
                let placedCoercion = namedCoercion
                    && placeOfAct(after: match.tokens.upperBound, expulsion: code == "174", r, sentenceActors) != nil
                // ("called on Sudan's warring generals to lay down their arms and agree to an immediate truce": a base form
                // after "and" carries on the demanded act, not the demand.)
                let demandedConjunct = coordinated && sym(match.anchor - 1) == cues.w.and && !token(match.anchor).isCapitalized
                    && !endsInED(match.anchor) && !ends(match.anchor, "s") && !ends(match.anchor, "ing")
                    && !isAny(match.anchor, cues.samePastForms) && !isAny(match.anchor, cues.pastIrregular)
                if demandSeen && (!coordinated || demandedConjunct) && !(root == 4 && framingPreposition(before: match.anchor, r) != nil) && !placedCoercion {
                    // ("threatened to expel U.N. investigators", "threatens to close the border": the hostile act a bare
                    // threat names right after its "to" is the threat's kind, 13x.)
                    if root == 14 || root >= 16, let prev = previous, prev.tokens.upperBound == match.anchor,
                        verbFacts(prev.pattern).code == "130"
                    {
                        let threat = Self.ahead(code)
                        for i in sentenceEvents.indices where sentenceEvents[i].code == "130" && sentenceEvents[i].span == span(prev.tokens) {
                            sentenceEvents[i].code = threat
                            sentenceEvents[i].root = threat.root
                            sentenceEvents[i].pattern = -1
                            sentenceEvents[i].rule = "rule.threat-content"
                        }
                    }
                    // ("Kenya has protested to Uganda over the arrest of 32 Kenyan fishermen": an arrest or expulsion a
                    // protest is lodged over is by the one protested to, of the protester's people unless others are named.)
                    if namedCoercion, isPreposition(match.anchor),
                        let protest = sentenceEvents.first(where: { $0.root == 11 && $0.source.country != nil }),
                        let agent = protest.target, agent.country != nil, agent.country != protest.source.country
                    {
                        let held = actors.first(where: { match.tokens.contains($0.tokens.lowerBound) })?.sides.first.map(party)
                        let target = held.flatMap { $0.country == nil || $0.country == agent.country ? nil : $0 } ?? protest.source
                        keep(Draft(code: code, root: root, source: agent, target: target, span: span(match.tokens), pattern: match.pattern), yields: false)
                    }
                    // ("demanded that Japan release the captain … detained by the Japanese coast guard": the arrest the
                    // demand names, with its agent.)
                    if let d = heldBy(match, code: code, root: root, actors, sentenceEvents) { keep(d, yields: false) }
                    // ("condemned the Israeli regime's deadly airstrikes on a residential area of Damascus", "over Israeli air
                    // raids on power stations near Beirut", "to protest the Turkish artillery shelling of a tourist resort in
                    // Zakho": strikes from the air or by artillery that a condemnation or protest names with their agent are
                    // the agent's act, on the place struck.)
                    if root == 19, isAny(match.anchor, cues.strikeNouns), !isAny(match.tokens.upperBound - 1, cues.attackNouns),
                        let agent = actors.last(where: { a in
                            !a.isPlace && a.tokens.lowerBound < match.anchor && a.tokens.upperBound >= match.anchor - 3 && a.tokens.upperBound <= match.anchor
                                && (a.tokens.upperBound..<match.anchor).allSatisfy({ (token($0).kind == .word && !token($0).isCapitalized) || sym($0) == cues.w.s })
                        })?.sides.first(where: { $0.country != nil || $0.sector == "IGO" }),
                        !sentenceEvents.contains(where: { $0.source.country != nil && $0.source.country == agent.country }),
                        // (Only a condemnation or protest: strikes one is accused of or urged to halt are its content.)
                        sentenceEvents.contains(where: { $0.code == "111" || $0.code == "114" }),
                        !sentenceEvents.contains(where: { $0.root == 2 || $0.root == 10 || $0.code.hasPrefix("112") })
                    {
                        // (The place struck: named after "in", or the first country named soon after, in the same clause:
                        // "on a residential area of Damascus", "on Doha".)
                        let end = match.tokens.upperBound
                        let struck = placeOfAct(after: end, expulsion: false, r, sentenceActors)
                            ?? sentenceActors.withCountry.first(where: { a in
                                a.tokens.lowerBound >= end && a.tokens.lowerBound <= end + 8
                                    && !(end..<a.tokens.lowerBound).contains(where: { sym($0) == cues.w.comma || isAny($0, cues.clauseJoiners) })
                            })?.sides.first(where: { $0.country != nil })
                        let target = struck.flatMap { $0.country == agent.country ? nil : $0 }
                        keep(Draft(code: code, root: root, source: party(agent), target: target.map(party), span: span(match.tokens),
                            pattern: match.pattern), yields: false)
                    }
                    continue
                }
                // ("freed ten jailed Americans", "released convicted assassin Vadim Krasikov", "the accused officer": a participle
                // before the noun it describes is no act of the sentence.)
                if root == 11 || root >= 17, match.tokens.count == 1, endsInED(match.anchor) || isAny(match.anchor, cues.pastIrregular),
                    match.anchor > r.lowerBound, match.anchor + 1 < r.upperBound,
                    token(match.anchor + 1).kind == .word, !isPreposition(match.anchor + 1), !isAny(match.anchor + 1, cues.articles),
                    !isAny(match.anchor + 1, cues.possessives),
                    // ("Thai F-16s bombed": a model's number is no count; nor is a name with a digit, "M23 condemned".)
                    isAny(match.anchor - 1, cues.articles)
                        || (token(match.anchor - 1).hasDigit && !token(match.anchor - 1).isCapitalized && sym(match.anchor - 2) != cues.w.hyphen)
                        || isAny(match.anchor - 1, cues.numberWords)
                        || previous.map({
                            $0.tokens.count == 1 && $0.tokens.upperBound == match.anchor && endsInED($0.anchor) && verbFacts($0.pattern).root < 17
                        }) == true
                {
                    continue
                }
                // ("Turkish troops backed by warplanes", "forces, backed by Russian air strikes,": military backing named after
                // "by" is no political support.)
                if code == "051", sym(match.anchor + 1) == cues.w.by, match.anchor + 2 < r.upperBound,
                    (match.anchor + 2..<min(r.upperBound, match.anchor + 5)).contains(where: {
                        isAny($0, cues.troopNouns) || isAny($0, cues.weaponGoods) || isAny($0, cues.backingForce)
                    })
                {
                    continue
                }
                // ("would send Challenger 2 tanks and additional artillery systems to Ukraine": a noun of force a verb of supply
                // governs is goods.)
                if root >= 18, !endsInED(match.anchor), !endsInING(match.anchor),
                    let k = (max(r.lowerBound, match.anchor - 7)..<match.anchor).last(where: { isAny($0, cues.supplyVerbs) }),
                    (k + 1..<match.anchor).allSatisfy({ sym($0) != cues.w.comma && !lexicon.verbFirst.contains(sym($0)) })
                {
                    continue
                }
                // ("kidnapped a traditional ruler and six other people …, demanding a ransom": a ransom demanded is the
                // kidnapping's, no political demand.)
                if root == 10, (match.tokens.upperBound..<min(r.upperBound, match.tokens.upperBound + 3)).contains(where: { sym($0) == cues.ransom }) {
                    continue
                }
                // ("India and Pakistan have fought three wars since independence": wars counted are history.)
                if root == 19, match.anchor + 2 < r.upperBound,
                    isCount(match.anchor + 1), isAny(match.anchor + 2, cues.warPlurals)
                {
                    continue
                }
                // ("a canal on the Haitian side of the Massacre River", "the Genocide Memorial": a capitalized word inside a name
                // is no act.)
                if match.anchor > r.lowerBound, token(match.anchor).isCapitalized, match.anchor + 1 < r.upperBound,
                    token(match.anchor + 1).kind == .word, token(match.anchor + 1).isCapitalized, !lexicon.verbFirst.contains(sym(match.anchor + 1))
                {
                    continue
                }
                // ("candidates clashed over relations with Ukraine": a clash over an issue is a quarrel, not a fight.)
                if root == 19, sym(match.tokens.upperBound) == cues.over, isAny(match.anchor, cues.clashWords) { continue }
                // ("extradited Mladic to face genocide charges", "seeking his extradition on charges of genocide": a crime
                // named as a charge is no act of the sentence.)
                if root >= 18, match.tokens.count == 1, !endsInED(match.anchor), !endsInING(match.anchor),
                    isAny(match.anchor + 1, cues.chargeWords)
                        || (max(r.lowerBound, match.anchor - 3)..<match.anchor).contains(where: { isAny($0, cues.chargeWords) })
                {
                    continue
                }
                // ("pardoned former interior minister Mariusz Kaminski, who had been jailed for abuse of power": an act a relative
                // clause after the sentence's act reports in the past perfect passive is background.)
                // (A coercive or violent one only: "who had been granted asylum by Mexico hours earlier" is news of its own.)
                if previous != nil, root >= 17, match.anchor - 3 >= r.lowerBound, sym(match.anchor - 1) == cues.been,
                    sym(match.anchor - 2) == cues.had, sym(match.anchor - 3) == cues.who || sym(match.anchor - 3) == cues.which
                {
                    continue
                }
                // ("Janjaweed militiamen backed by Khartoum massacred villagers": a backing participle after an actor describes it,
                // and what it backs is no endorsement's content.)
                if isAny(match.anchor, cues.backingParticiples), sym(match.anchor + 1) == cues.w.by,
                    actors.contains(where: { $0.tokens.upperBound == backedEnd(before: match.anchor) })
                {
                    continue
                }
                // ("Sri Lankan officials admitted that India had passed on warnings": what one "admits" another did is no
                // admission of its own, only the other's act.)
                let admittedThat = code == "015" && sym(match.tokens.upperBound - 1) == cues.w.that
                if admittedThat, othersAfterThat(match, actors, r) { continue }
                // ("Germany acknowledged that it committed genocide": what a government admits "that" it did is the
                // admission's content, 015, not an act of the sentence.)
                // ("said he was optimistic that Russia would agree to extend the grain deal", "was confident the IMF board would
                // approve the loan": what one is hopeful or gloomy about is the comment's content.)
                let outlook = (code == "012" || code == "013")
                    && (isAny(match.anchor, cues.copulas) || sym(match.tokens.upperBound - 1) == cues.w.that || sym(match.tokens.upperBound - 1) == cues.about)
                if root == 2 || root == 10 || root == 11 || root == 12 || root == 13 || code == "016" || (root == 5 && code.hasPrefix("051"))
                    || admittedThat || outlook
                {
                    demandSeen = true
                }
                // "held a call to discuss …", "went on strike to demand …": the purpose of an act already coded is no second event.
                // (After a bare "vowed to", "agreed to", the act itself is what they vowed, ahead: "vowed to cut ties" is a
                // threat to break relations, "agreed to restore relations" an intent; it replaces the bare intent.)
                var replacing: Int?
                // (The call or visit whose purpose this act is: its parties are the act's.)
                var carried: Draft?
                // ("…, reiterating … and saying India would continue to send aid": an act after "to" far from the first, past
                // a comma, is the sentence's next act, not the first one's purpose.)
                // ("Kenya announced it was ready to send troops": nor is an act after a plain statement (010), which carries
                // no purpose; a warning's "to" may carry its threat.)
                // ("downgraded diplomatic ties with India and decided to expel the Indian High Commissioner": an "and" before
                // a new past verb joins a second act, no purpose of the first; "ready to lead a force … and to deploy 1,000
                // police" is one intent still.)
                // (Scanned only for an act after "to" that could be a purpose.)
                func joinedAct(_ prev: VerbMatch) -> Bool {
                    (prev.tokens.upperBound..<max(prev.tokens.upperBound, match.anchor - 1)).contains(where: { j in
                        sym(j) == cues.w.and && j + 1 < match.anchor - 1 && endsInED(j + 1)
                    })
                }
                if sym(match.anchor - 1) == cues.w.to_, let prev = previous, !coordinated, !controlled, !joinedAct(prev) {
                    if isBareIntent(prev) {
                        replacing = prev.pattern
                    } else if verbFacts(prev.pattern).code != "010", match.anchor - prev.tokens.upperBound <= 6
                        || !(prev.tokens.upperBound..<match.anchor).contains(where: { sym($0) == cues.w.comma })
                    {
                        // ("telephoned Pezeshkian to congratulate him", "visited Ankara to offer condolences": praise or
                        // sympathy a call or visit carries is an act of its own.)
                        guard verbFacts(prev.pattern).root == 4, code.hasPrefix("051") || code == "018",
                            let call = sentenceEvents.first(where: { $0.span == span(prev.tokens) && $0.target != nil })
                        else { continue }
                        carried = call
                    }
                }
                // "mediated talks between …", "mediated a fresh round of negotiations between …": a meeting noun
                // after another act, with no verb or clause break between, is its object.
                // ("praised India's leadership during talks with …" reports the talks.)
                if let prev = previous, isAny(match.anchor, cues.roundNouns) || isAny(match.anchor, cues.negotiationWords),
                    match.anchor >= prev.tokens.upperBound,
                    framingPreposition(before: match.anchor, r) == nil,
                    match.anchor - prev.tokens.upperBound <= 6,
                    (prev.tokens.upperBound..<match.anchor).allSatisfy({
                        (!lexicon.verbFirst.contains(sym($0)) || isAny($0, cues.roundNouns)) && sym($0) != cues.w.comma && sym($0) != cues.w.and
                    })
                {
                    continue
                }
                // ("detaining Aung San Suu Kyi … in early-morning raids", "arrested 53 activists in dawn raids": a noun of force
                // after "in" and its modifiers is the manner of the verb's act before it.)
                if root >= 14, let prev = previous, endsInED(prev.anchor) || endsInING(prev.anchor), match.anchor > prev.tokens.upperBound,
                    !endsInED(match.anchor), !endsInING(match.anchor),
                    let k = (max(r.lowerBound, match.anchor - 5)..<match.anchor).last(where: { sym($0) == cues.w.in_ }),
                    (k + 1..<match.anchor).allSatisfy({ (token($0).kind == .word && !token($0).isCapitalized) || sym($0) == cues.w.hyphen })
                {
                    continue
                }
                // ("a military aid package that includes artillery shells", "exercises involving tanks and artillery": artillery
                // named as goods or as a drill's means is no shelling.)
                if root == 19, sym(match.anchor) == cues.artillery,
                    isAny(match.anchor + 1, cues.artilleryGoods)
                        || (max(r.lowerBound, match.anchor - 6)..<match.anchor).contains(where: { isAny($0, cues.artilleryContexts) })
                {
                    continue
                }
                // "will visit Beijing in November, the first trip to China by …": a noun restating an act already coded.
                // ("in response to Chisinau's expulsion of a Russian diplomat" has an actor of its own.)
                // "Israeli airstrikes killed 30 people", "Iranian missile and drone strikes hit targets in Balochistan": a noun of
                // force as the subject of a verb of force names the act, and the verb says whom it struck: one act, the
                // noun's code, the verb's parties.
                var forceNoun: ShortCode?
                var forceNounEvent: Draft?
                // ("A suicide bomber linked to Islamic State killed ten German tourists", "Israeli airstrikes on Gaza killed 30
                // people": the noun may stand a few words before its verb, with no clause between.)
                if root >= 18, let prev = previous, verbFacts(prev.pattern).root >= 18, !endsInED(prev.anchor), !endsInING(prev.anchor),
                    prev.tokens.upperBound == match.anchor
                        || (endsInED(match.anchor) && match.anchor - prev.tokens.upperBound <= 10 && !isAny(prev.anchor, cues.pastIrregular)
                            && (prev.tokens.upperBound..<match.anchor).allSatisfy({
                                (token($0).kind != .punct || sym($0) == cues.w.hyphen || sym($0) == cues.w.s) && sym($0) != cues.w.and && sym($0) != cues.which && sym($0) != cues.who
                                    && sym($0) != cues.w.that && (!lexicon.verbFirst.contains(sym($0)) || sym($0 - 1) == cues.w.hyphen)
                            }))
                {
                    forceNoun = verbFacts(prev.pattern).code
                    let nounSpan = span(prev.tokens)
                    if let i = sentenceEvents.firstIndex(where: { $0.span == nounSpan }) {
                        forceNounEvent = sentenceEvents[i]
                        sentenceEvents.remove(at: i)
                        yielding.remove(at: i)
                    }
                }
                // ("At least 30 people were killed … by Israeli air strikes": the force noun naming a passive killing's agent
                // gives that act its code.)
                if root >= 18, let prev = previous, verbFacts(prev.pattern).root >= 18, isPassive(prev.anchor),
                    match.anchor > prev.tokens.upperBound,
                    (prev.tokens.upperBound..<match.anchor).contains(where: { sym($0) == cues.w.by }), match.anchor - prev.tokens.upperBound <= 12
                {
                    let code = verbFacts(match.pattern).code
                    for i in sentenceEvents.indices where sentenceEvents[i].span == span(prev.tokens) {
                        sentenceEvents[i].code = code
                        sentenceEvents[i].root = code.root
                        sentenceEvents[i].pattern = match.pattern
                    }
                    continue
                }
                // ("killed at least 11 villagers in a night raid": a noun of force after an act of force is the same act.)
                // ("Pope Francis met Orban … at the start of a brief visit to Budapest": a visit is no restated meeting.)
                if let prev = previous, nominal(match.anchor, r),
                    verbFacts(prev.pattern).root == root || (root == 4 && verbFacts(prev.pattern).code == "036")
                        || (root >= 18 && verbFacts(prev.pattern).root >= 18),
                    !(verbFacts(match.pattern).visit && !verbFacts(prev.pattern).visit && verbFacts(prev.pattern).code != "036"),
                    possessive(before: match.anchor, r, modifiers: 0) == nil
                {
                    continue
                }
                // "…, President Erdogan warned.": a statement verb closing the sentence attributes what came before.
                if root == 1, attribution(match, r) { continue }
                // ("clashed along the border, with each side accusing the other of firing first": the accusation runs both
                // ways between the parties of the act before.)
                if root == 11, match.anchor - 2 >= r.lowerBound, sym(match.anchor - 2) == cues.each,
                    (match.anchor + 1..<min(r.upperBound, match.anchor + 4)).contains(where: { sym($0) == cues.other }),
                    let a = sentenceEvents.first(where: { e in
                        e.target?.country != nil && sentenceEvents.contains { $0.source.country == e.target?.country && $0.target?.country == e.source.country }
                    }), let b = a.target
                {
                    let sp = span(match.tokens)
                    for (x, y) in [(a.source, b), (b, a.source)] {
                        keep(Draft(code: verbFacts(match.pattern).code, root: root, source: x, target: y, span: sp,
                            pattern: match.pattern), yields: false)
                    }
                    previous = match
                    continue
                }
                // (The force a threat holds is its content: "warned Moscow that the next Russian aircraft … would be shot down".)
                if root >= 15, sentenceEvents.contains(where: { $0.code == "138" && $0.span.end <= span(match.tokens).start }),
                    let prev = previous, forceAhead(after: prev.tokens.upperBound, r).map({ $0 <= match.anchor + 1 && $0 >= match.anchor - 1 }) == true
                {
                    continue
                }
                // ("received a phone call from …, during which the two leaders discussed regional developments": what was
                // said during an act already coded is its content.)
                // ("…, during which Washington and Vietnam elevated their ties", "during which he reiterated Turkiye's readiness
                // to further develop relations": an act of its own, not talk, is coded.)
                if root == 4 || root == 1, !sentenceEvents.isEmpty, (max(r.lowerBound, match.anchor - 6)..<match.anchor).contains(where: {
                    sym($0) == cues.during && sym($0 + 1) == cues.which
                }) {
                    continue
                }
                // ("accused China's coast guard of firing water cannon …, calling the action illegal": the accuser's
                // verdict on the act is the accusation itself.)
                if code == "111", endsInING(match.anchor), sym(match.anchor - 1) == cues.w.comma,
                    sentenceEvents.contains(where: { $0.root == 11 || $0.root == 12 || $0.code == "016" })
                {
                    continue
                }
                // ("India struck nine sites in Pakistan, saying it had targeted militant infrastructure": the subject's own
                // account of an act already coded restates it.)
                if let k = (max(r.lowerBound, match.anchor - 4)..<match.anchor).last(where: { isAny($0, cues.restatingVerbs) }),
                    (k + 1..<match.anchor).contains(where: isPronoun),
                    sentenceEvents.contains(where: { $0.root == root })
                {
                    continue
                }
                // ("a pledge welcomed by Israel but condemned by …": a reaction after the act's noun is coded as a reaction.)
                if isAny(match.anchor, cues.condemnVerbs) || isAny(match.anchor, cues.praiseVerbs), sym(match.anchor + 1) == cues.w.by,
                    (max(r.lowerBound, match.anchor - 3)..<match.anchor).contains(where: {
                        isAny($0, cues.moveNouns) || isAny($0, cues.claimNouns) || sym($0) == cues.but
                    })
                {
                    continue
                }
                // "U.N.-backed", "Saudi-led": a verb inside a hyphenated adjective is no act; but "Turkish-mediated talks",
                // "a U.S.-brokered deal" name a mediator between the sentence's others.
                if insideHyphenatedWord(match.anchor, r) {
                    if code == "045" { for d in hyphenMediation(match, actors) { keep(d, yields: false) } }
                    continue
                }
                // "stormed a hotel, sparking a siege", "sanctions over the crackdown": a noun of force after an
                // article names an act another verb reports.
                // ("announced the severing of diplomatic ties", "expelled the ambassador and ordered the closure of its
                // consulates": an act announced, or ordered by a verb of its own, is reported.)
                if root >= 14, matches.count > 1, let prev = previous, nominal(match.anchor, r),
                    responsibilityClaim(before: match.anchor, r) == nil,
                    possessive(before: match.anchor, r, modifiers: 0) == nil,
                    verbFacts(prev.pattern).code != "010",
                    !(prev.tokens.upperBound..<match.anchor).contains(where: { sym($0) == cues.w.and && endsInED($0 + 1) }),
                    !placedCoercion
                {
                    continue
                }
                // ("their first contact since Russia invaded Ukraine": an act that dates another with "since" is background.)
                if let k = (max(r.lowerBound, match.anchor - 6)..<match.anchor).last(where: { sym($0) == cues.since }),
                    k > r.lowerBound,
                    // ("… since it issued a warrant for his arrest": a pronoun subject too; "since the group began attacking
                    // shipping": an actor after an article.)
                    actors.contains(where: {
                        ($0.tokens.lowerBound == k + 1 || ($0.tokens.lowerBound == k + 2 && isAny(k + 1, cues.articles))) && $0.tokens.upperBound <= match.anchor
                    }) || isPronoun(k + 1)
                {
                    continue
                }
                // "artworks looted from …", "figures released on Wednesday", "nationals convicted of crimes": a participle
                // after a noun describes that noun; "of jailed former premier X": a participle before one.
                // ("will pull back troops deployed along its border": a deployment's verb right after an earlier act's object
                // describes that object.)
                if reducedParticiple(match.anchor, r, after: previous?.tokens.upperBound)
                    || ((code == "154" || code == "153") && previous?.tokens.upperBound == match.anchor)
                {
                    if let d = heldBy(match, code: code, root: root, actors, sentenceEvents) { keep(d, yields: false) }
                    continue
                }
                // "the seized tanker": a participle before a noun is no act.
                // ("20 kidnapped schoolchildren": after a number too.)
                // ("the Yasukuni shrine, which honours convicted war criminals": after a relative clause's verb too.)
                if match.anchor >= r.lowerBound + 2, endsInED(match.anchor), isAny(match.anchor - 2, cues.relativeWhich),
                    ends(match.anchor - 1, "s"), !token(match.anchor - 1).isCapitalized,
                    match.anchor + 1 < r.upperBound, token(match.anchor + 1).kind == .word, !isAny(match.anchor + 1, cues.subjectPreps)
                {
                    continue
                }
                // ("displaying captured tanks": after a verb's -ing form too.)
                // ("Investigators detained impeached South Korean President Yoon": after a past verb, before a name.)
                if match.anchor > r.lowerBound,
                    isAny(match.anchor - 1, cues.determiners) || token(match.anchor - 1).kind == .number
                        // ("Student leaders who spearheaded the uprising demanded …": an "-ing" noun after an article is no verb.)
                        || (endsInING(match.anchor - 1) && !token(match.anchor - 1).isCapitalized && !isAny(match.anchor - 1, cues.aspectVerbs)
                            && !isAny(match.anchor - 2, cues.articles))
                        || (endsInED(match.anchor - 1) && lexicon.verbFirst.contains(sym(match.anchor - 1)) && match.anchor + 1 < r.upperBound
                            && token(match.anchor + 1).isCapitalized),
                    endsInED(match.anchor),
                    match.anchor + 1 < r.upperBound, token(match.anchor + 1).kind == .word, !isAny(match.anchor + 1, cues.subjectPreps)
                {
                    continue
                }
                // "summoned the envoy and lodged a protest": a verb after "and" shares the first verb's subject.
                var useActors = sentenceActors
                if let prev = previous, coordinated {
                    useActors = SentenceActors(actors.filter { $0.tokens.upperBound <= prev.anchor || $0.tokens.lowerBound > match.anchor }, within: sentenceActors)
                }
                let priorMatch = previous
                previous = match
                // "worshippers protesting after prayers", "rebuffing U.S. demands": a participle clause yields to a finite verb.
                // (", accusing Kigali of …", ", thanking Washington for …": a statement tacked on after a comma is the
                // subject's second act.)
                // (", ending more than 80 years of official ties with Taiwan": so are relations reduced, though not past a
                // relative clause: ", ending a dispute that had soured relations".)
                // (", again accusing …", ", also thanking …": past an adverb.)
                let tacked = sym(beforeVerb) == cues.w.comma
                    && ((root >= 1 && root <= 13 && root != 4)
                        || (root == 16 && !match.tokens.contains(where: { sym($0) == cues.w.that || sym($0) == cues.which })))
                // ("Visiting Indian Prime Minister Modi …": a participle opening the sentence names its subject's act.)
                let opening = match.anchor == r.lowerBound
                // ("… after breaking off its ties with Taiwan": a gerund after "after" or "before" reports an act of its own.)
                // ("announced the severing of diplomatic ties": a gerund after an article is a noun, an act of its own.)
                // ("responded by expelling 12 officials and recalling its ambassador": a gerund joined to one after "by" is
                // an act like it; "with Vice President Murillo accusing its government of genocide": so is a gerund whose
                // subject "with" names.)
                let joinedGerund = sym(match.anchor - 1) == cues.w.and && priorMatchIsGerundAct(priorMatch)
                // ("…, with police firing tear gas at demonstrators": any act whose subject "with" names.)
                // ("…, with the country's interior minister accusing Kigali of …": a few determiners, possessives or lowercase
                // words between "with" and the actor.)
                // (Read only for an "-ing" form that may be secondary.)
                func withSubject() -> Bool { actors.contains(where: { a in
                    guard a.tokens.upperBound == match.anchor, a.tokens.lowerBound > r.lowerBound + 1,
                        let w = (max(r.lowerBound, a.tokens.lowerBound - 4)..<a.tokens.lowerBound).last(where: { sym($0) == cues.w.with })
                    else { return false }
                    return (w + 1..<a.tokens.lowerBound).allSatisfy { k in
                        sym(k) == cues.w.s || isAny(k, cues.possessives) || isAny(k, cues.articles)
                            || (token(k).kind == .word && !token(k).isCapitalized && !lexicon.verbFirst.contains(sym(k)))
                    }
                }) }
                // ("Portugal's foreign minister, visiting Dili, pledged …": a visit set off by commas happened.)
                let visitAside = verbFacts(match.pattern).visit && sym(beforeVerb) == cues.w.comma
                // (", arresting 12 suspected militants" after a raid is what the raid did: kept, and the raid dropped below.)
                let raidTaking = (root == 17 || code == "181") && matches.contains(where: { $0.anchor < match.anchor && isAny($0.anchor, cues.stormWords) })
                let secondary = endsInING(match.anchor) && !tacked && !opening && !visitAside && !raidTaking && !isAny(match.anchor - 1, cues.passiveAux)
                    && !isAny(match.anchor - 1, cues.articles) && !joinedGerund
                    && !isAny(match.anchor - 1, cues.gerundPreps)
                    && !isAny(match.anchor - 1, cues.aspectVerbs) && !withSubject()
                    // ("claimed responsibility for the deadly bombing", "for hijacking the Jaffar Express": a claimed act is a
                    // noun, whatever stands between the claim and it.)
                    && !(root >= 18 && responsibilityClaim(before: match.anchor, r) != nil)
                // ("welcomed the truce but warned Israel against any assault": a low row's warning told to an actor named right
                // after it, "against" an act, is a warning of its own, kept beside the sentence's other acts.)
                let warnedActor = low && match.tokens.count == 1 && actors.contains(where: { a in
                    a.tokens.lowerBound == match.anchor + 1 && a.sides.contains(where: { $0.country != nil }) && sym(a.tokens.upperBound) == cues.against
                })
                let yields = (low && !warnedActor) || secondary
                // ", accusing it of …": the pronoun is the object of the act before.
                // ("accused two British diplomats of espionage and ordered them to leave": after "and" too.)
                // ("cut relations with Morocco, accusing its neighbour of …": a neighbour named by its possessive is that object too.)
                let objectOfPrevious = (endsInING(match.anchor) || sym(match.anchor - 1) == cues.w.and)
                    && (isAny(match.anchor + 1, cues.objectPronouns)
                        || (isAny(match.anchor + 1, cues.possessives) && isAny(match.anchor + 2, cues.neighbourWords)))
                    // ("received U.S. Secretary of State Blinken in Amman, urging him to …": of a pair of directions coded for one
                    // act, the first is the subject's, whose object the pronoun is.)
                    ? sentenceEvents.lastIndex(where: { $0.target != nil }).map({ last in
                        sentenceEvents.firstIndex(where: { $0.target != nil && $0.span == sentenceEvents[last].span }) ?? last
                    }) : nil
                // (The pattern is passed by its address, not looked up inside.)
                coded.removeAll(keepingCapacity: true)
                self.coded(
                    match, patterns.baseAddress! + match.pattern, actors: useActors, sentence: si, meetings: meetings, parties: parties, forceSubject: forceNoun != nil,
                    into: &coded, dyads: &dyadBuffer)
                // ("lodged a protest with China over the detention of an employee in Beijing": the one held, when no word
                // places them, is the complainant's.)
                // ("Moscow will respond to the expulsion of 70 of its diplomats from Bulgaria": or the sentence's subject's.)
                if placedCoercion,
                    let owner = sentenceEvents.first?.source
                        ?? openingSubject(before: match.anchor, actors).flatMap({ $0.sides.first }).map(party),
                    let c = owner.country
                {
                    for i in coded.indices where coded[i].source.country != c && (coded[i].target?.country).map({ $0 == coded[i].source.country }) != false {
                        coded[i].target = owner
                    }
                }
                if let forceNoun {
                    for i in coded.indices where coded[i].root >= 18 {
                        coded[i].code = forceNoun
                        coded[i].root = forceNoun.root
                        // ("Russian missile strikes on Kyiv killed five civilians": the noun's target where the verb names none.)
                        // ("A car bomb claimed by al Shabaab killed …": and its source.)
                        if coded[i].source.country == nil, let s = forceNounEvent?.source, s.country != nil { coded[i].source = s }
                        if coded[i].target?.country == nil, let t = forceNounEvent?.target, t.country != nil, t.country != coded[i].source.country {
                            coded[i].target = t
                        }
                    }
                }
                // ("held EU-mediated talks": the mediator inside a meeting's words mediates between its parties.)
                // ("agreed in Turkish-brokered talks in Ankara to work towards …": inside any act's words.)
                if let k = match.tokens.dropFirst().first(where: { sym($0 - 1) == cues.w.hyphen && isAny($0, cues.mediationWords) }) {
                    for var d in hyphenMediation(VerbMatch(pattern: match.pattern, anchor: k, tokens: k..<(k + 1)), actors) {
                        d.pattern = -1
                        d.rule = "rule.mediation.hyphen"
                        keep(d, yields: false)
                    }
                }
                // "protesting what they called New Delhi's interference": a name the subject gives its grievance is no act;
                // "in what Taipei called a provocation": another's name for the act is that actor's verdict on it.
                if root == 11, let w = (max(r.lowerBound, match.anchor - 4)..<match.anchor).last(where: { sym($0) == cues.what }) {
                    if (w + 1..<match.anchor).contains(where: isPronoun) {
                        continue
                    }
                    if let speaker = actors.first(where: { $0.tokens.lowerBound > w && $0.tokens.upperBound <= match.anchor && $0.sides.count == 1 }),
                        let first = sentenceEvents.first, speaker.sides[0].country != nil, speaker.sides[0].country != first.source.country
                    {
                        if var verdict = coded.first {
                            verdict.source = party(speaker.sides[0])
                            verdict.target = first.source
                            coded = [verdict]
                        }
                    }
                }
                if answersMove(match.anchor, actors, r) { for i in coded.indices { coded[i].answersFirst = true } }
                if let replacing, !coded.isEmpty {
                    for i in sentenceEvents.indices.reversed() where sentenceEvents[i].pattern == replacing {
                        sentenceEvents.remove(at: i)
                        yielding.remove(at: i)
                    }
                }
                // (", accusing Paris of …" after "Niger's rulers gave the French ambassador 48 hours to leave": the pronoun
                // of a participle tacked on after a comma is the object of the act before.)
                if let o = objectOfPrevious {
                    // ("detained three Americans and two Spaniards, accusing them of plotting …": a plural pronoun stands for
                    // every object of the act before.)
                    let prev = sentenceEvents[o]
                    var objects: [Draft.Party] = []
                    if sym(match.anchor + 1) == cues.them {
                        for e in sentenceEvents where e.span == prev.span {
                            if let t = e.target, !objects.contains(where: { $0.country == t.country && $0.sector == t.sector }) { objects.append(t) }
                        }
                    }
                    if objects.count < 2 { objects = prev.target.map { [$0] } ?? [] }
                    coded = coded.flatMap { d in objects.map { t in var d = d; d.target = t; return d } }
                }
                if let carried {
                    for i in coded.indices {
                        coded[i].source = carried.source
                        coded[i].target = carried.target
                    }
                }
                // ("Mitsotakis called President Erdogan on Monday to offer his condolences", "rang the prime minister to
                // congratulate him": a call made to greet, console or thank is a telephone call (041) between them.)
                if carried == nil, sym(match.anchor - 1) == cues.w.to_, root == 1 || root == 5 || code == "018",
                    let d = coded.first, d.source.country != nil, let t = d.target, t.country != nil, t.country != d.source.country,
                    let object = actors.last(where: { $0.tokens.upperBound < match.anchor && !$0.isPlace }),
                    object.tokens.lowerBound >= 1, isAny(object.tokens.lowerBound - 1, cues.ringVerbs), !token(object.tokens.lowerBound - 1).isCapitalized,
                    object.sides.contains(where: { $0.country == t.country }),
                    noVerbOrComma(object.tokens.upperBound..<(match.anchor - 1)),
                    !sentenceEvents.contains(where: { $0.code == "041" })
                {
                    let k = object.tokens.lowerBound - 1
                    // (The one called is the target, in the sector the call names: "the crowd crush in Seoul" is the occasion.)
                    let called = object.sides.first(where: { $0.country == t.country }).map(party) ?? t
                    keep(Draft(code: "041", root: 4, source: d.source, target: called, span: span(k..<(k + 1)), rule: "rule.call-to"), yields: false)
                    for i in coded.indices where coded[i].target?.country == called.country { coded[i].target = called }
                }
                for i in coded.indices {
                    // ("Pakistani air strikes … killed 46 people, the Taliban government said, vowing to retaliate": a
                    // participle tacked on after a closing attribution is its speaker's, against the first act's source.)
                    if tacked, endsInING(match.anchor), isAny(match.anchor - 2, cues.reportClause),
                        let speaker = actors.last(where: { $0.tokens.upperBound == match.anchor - 2 && !$0.isPlace && $0.sides.count == 1 }),
                        let first = sentenceEvents.first, speaker.sides[0].country != nil
                    {
                        coded[i].source = party(speaker.sides[0])
                        if coded[i].target == nil || coded[i].target?.country == speaker.sides[0].country,
                            first.source.country != speaker.sides[0].country
                        {
                            coded[i].target = first.source
                        }
                        keep(coded[i], yields: yields)
                        continue
                    }
                    // ("King Abdullah received Blinken in Amman, urging him to …": the subject is the one named before the
                    // first verb, not the guest the first act also codes as a source.)
                    // (The subject found may stand after any earlier act's verb: "Somalia expelled Ethiopia's ambassador and
                    // ordered the closure of …, accusing Addis Ababa of …".)
                    if tacked, endsInING(match.anchor), let prior = priorMatch,
                        coded[i].source.span.start >= min(span(prior.tokens).start, sentenceEvents.first.map { $0.span.start } ?? Int.max),
                        let first = sentenceEvents.first(where: { $0.source.span.start < span(prior.tokens).start }) ?? sentenceEvents.first,
                        first.source.country != nil
                    {
                        coded[i].source = first.source
                        // (", demanding compensation for the victims": a tacked act that names no one is addressed to the first act's.)
                        if coded[i].target == nil, let t = first.target, t.country != first.source.country { coded[i].target = t }
                        if coded[i].target?.country == first.source.country, coded[i].target?.sector == first.source.sector { continue }
                    }
                    // ("Thai and Cambodian commanders met … and agreed to pull back troops": a verb sharing a compound
                    // subject is between its parties too.)
                    if coded[i].target == nil, let c = coded[i].source.country, coded.contains(where: { $0.source.country.map { $0 != c } ?? false }),
                        let paired = sentenceEvents.last(where: { e in
                            e.source.country == c && e.target.map { t in
                                t.country != nil && t.country != c
                                    && sentenceEvents.contains { $0.source.country == t.country && $0.target?.country == c }
                            } ?? false
                        }),
                        coded.contains(where: { $0.source.country == paired.target?.country })
                    {
                        coded[i].target = paired.target
                    }
                    // ("accused Guinean soldiers of occupying … and demanded their withdrawal": the pronoun is the earlier
                    // act's target.)
                    if root == 10, coded[i].target == nil, match.tokens.contains(where: { isAny($0, cues.possessives) }),
                        let t = sentenceEvents.last(where: { $0.source.country == coded[i].source.country && $0.target?.country != nil })?.target
                    {
                        coded[i].target = t
                    }
                    if controlled, coded[i].target == nil, !sentenceEvents.isEmpty, sentenceEvents[0].source.country != coded[i].source.country {
                        coded[i].target = sentenceEvents[0].source
                    }
                    keep(coded[i], yields: yields)
                }
                // "rejecting accusations by Sudan's army-led government", "rejected US demands for control of the canal":
                // the claim or demand answered is an act of its owner against the one who rejects it.
                if root == 12 || code == "016", let first = coded.first {
                    for claim in answeredClaims(match, first, actors, r) { keep(claim, yields: false) }
                }
                // ("expelled three French diplomats accused of subversive activities": the charge the expulsion lays.)
                if code == "174", let first = coded.first, first.source.country != nil, let t = first.target, t.country != nil,
                    let charge = expulsionCharge(after: match.tokens.upperBound, r)
                {
                    keep(Draft(code: charge.code, root: 11, source: first.source, target: t, span: span(charge.at..<(charge.at + 1)), rule: "rule.expelled-charged"), yields: false)
                }
            }
            unsettled.append((si, drafts.count..<(drafts.count + sentenceEvents.count), date, sentenceActors))
            drafts.append(contentsOf: sentenceEvents)
            yields.append(contentsOf: yielding)
        }
        // Every sentence's drafts are settled after all are read, one sentence after another: settled in the loop above,
        // between one sentence's matches and the next's, the settling code and the coding code took turns in the
        // instruction cache.
        settleAll(unsettled, drafts, yields, classes: sentenceClasses, into: &kept)
        return events(of: kept)
    }

    /// Settles each sentence's drafts in turn and keeps those that stand, with their sentences' dates.
    /// (A function of its own, and small: in the stage's main function, past the size at which the optimizer stops
    /// inlining, every array operation here was a call.)
    private func settleAll(
        _ unsettled: [(sentence: Int, drafts: Range<Int>, date: ISODate?, actors: SentenceActors)], _ drafts: [Draft], _ yields: [Bool],
        classes: [CueClass], into kept: inout [(draft: Draft, date: ISODate?)]
    ) {
        var sentenceEvents: [Draft] = []
        sentenceEvents.reserveCapacity(8)
        drafts.withUnsafeBufferPointer { all in
            yields.withUnsafeBufferPointer { allYields in
                for (si, range, date, sentenceActors) in unsettled {
                    let r = tokenRange(si)
                    sentenceEvents.removeAll(keepingCapacity: true)
                    sentenceEvents.append(contentsOf: UnsafeBufferPointer(rebasing: all[range]))
                    settle(&sentenceEvents, yielding: UnsafeBufferPointer(rebasing: allYields[range]), sentence: si, actors: sentenceActors, classes: classes[si])
                    alertAgainst(&sentenceEvents, sentenceActors)
                    toldTarget(&sentenceEvents, r, sentenceActors.all)
                    shareSoleTarget(&sentenceEvents)
                    if sentenceEvents.contains(where: { $0.root == 4 }) {
                        // (Only a sentence with a "visiting" in it has a visiting guest: one scan of its words, not a search for
                        // every draft's first word.)
                        if r.contains(where: { isAny($0, cues.visitWords) && endsInING($0) }) { visitingGuest(&sentenceEvents, r) }
                        hostedBetween(&sentenceEvents)
                    }
                    for d in sentenceEvents where !privateOrInward(d) { kept.append((d, date)) }
                }
            }
        }
    }

    /// A force its own state put on alert, in a sentence that names one other country, is alerted against that country
    /// ("Pakistan's air force has been placed on high alert after Indian jets crossed the Line of Control" is PAK→IND); with
    /// none named it stays the state's own ("Police in Dhaka were placed on high alert").
    private func alertAgainst(_ drafts: inout [Draft], _ actors: SentenceActors) {
        for i in drafts.indices where drafts[i].source.rule.start == RuleName.alerted.start {
            guard let own = drafts[i].source.country, drafts[i].target?.country == own else { continue }
            var other: ActorChunk.Side?
            var many = false
            for a in actors.all { for side in a.sides { if let c = side.country, c != own { if other == nil { other = side } else if other?.country != c { many = true } } } }
            if !many, let other {
                var t = party(other)
                t.rule = "rule.actor.alerted-against"
                drafts[i].target = t
            }
        }
    }

    /// The act a speaker tells another that it will take names the one told when it names no one: "The White House warned
    /// Uganda that it could cut aid" is USA→UGA, "Italy has formally notified China that it will pull out of the Belt and
    /// Road Initiative" ITA→CHN. (The pronoun is the teller's: `reportSpeaker`.)
    private func toldTarget(_ drafts: inout [Draft], _ r: Range<Int>, _ actors: [ActorChunk]) {
        for i in drafts.indices where drafts[i].target == nil {
            guard let own = drafts[i].source.country, let k = tokenIndex(startingAt: drafts[i].source.span.start),
                isAny(k, cues.speakerPronouns), let told = toldAddressee(before: k, r, actors),
                let side = told.sides.first, let c = side.country, c != own
            else { continue }
            var t = party(side)
            t.rule = "rule.actor.told"
            drafts[i].target = t
        }
    }

    /// "Russian forces captured Avdiivka … as Ukrainian troops withdrew": a retreat (087x) from no one named is from the
    /// force the sentence has acting against the one retreating (roots 17-20).
    private func retreatFromForce(_ drafts: inout [Draft]) {
        for i in drafts.indices where drafts[i].code.hasPrefix("087") && drafts[i].target == nil {
            guard let c = drafts[i].source.country,
                var t = drafts.first(where: { $0.root >= 17 && $0.target?.country == c && $0.source.country != nil && $0.source.country != c })?.source
            else { continue }
            t.rule = "rule.actor.retreat-from"
            drafts[i].target = t
        }
    }

    /// A draft with no target whose source acts on exactly one other country in the sentence takes that country's actor as
    /// its target ("Algeria cut diplomatic ties with Morocco, accusing the kingdom of hostile acts", "Rwanda accused Uganda of
    /// arresting its citizens and closed the main border crossing": the act that names no one is against the one the same
    /// source acts on). Two targets of other countries leave it as it is ("accused Poland … and ordered troops to the
    /// border" is no one's when Lithuania is named too); a draft the sentence would not keep is left alone.
    /// (Runs only when a draft lacks a target, on the sentence's few drafts, in place.)
    private func shareSoleTarget(_ drafts: inout [Draft]) {
        guard drafts.count > 1, drafts.contains(where: { $0.target == nil }) else { return }
        var i = drafts.count - 1
        while i >= 0 {
            defer { i -= 1 }
            guard drafts[i].target == nil, let own = drafts[i].source.country, !privateOrInward(drafts[i]) else { continue }
            var sole: Draft.Party?
            var many = false
            for j in drafts.indices where j != i && drafts[j].source.country == own {
                guard let t = drafts[j].target, let c = t.country, c != own else { continue }
                if let s = sole, s.country != c { many = true; break }
                if sole == nil { sole = t }
            }
            guard !many, var t = sole else { continue }
            t.rule = "rule.actor.shared-target"
            // (The same act with that target already kept: the draft adds nothing.)
            if drafts.contains(where: { $0.code == drafts[i].code && $0.source.country == own && $0.target?.country == t.country }) {
                drafts.remove(at: i)
            } else {
                drafts[i].target = t
            }
        }
    }

    /// A meeting with a guest the sentence calls "visiting" is a visit too: "Montenegro's prime minister held talks in
    /// Podgorica with visiting Croatian Prime Minister Plenkovic" is also HRV→MNE 042 and MNE→HRV 043, "received a courtesy
    /// call from visiting Malaysian Prime Minister Anwar" MYS→BRN 042 and BRN→MYS 043.
    /// (Dev gold agreed every time it fired; a guest only met, "X met Y", stays one act from X to Y, as gold codes it.)
    private func visitingGuest(_ drafts: inout [Draft], _ r: Range<Int>) {
        let n = drafts.count
        for i in 0..<n where drafts[i].root == 4 && drafts[i].code != "042" && drafts[i].code != "043" && drafts[i].code != "045" {
            guard let s = drafts[i].source.country, let t = drafts[i].target, let tc = t.country, tc != s else { continue }
            let guestIsTarget = visitingBefore(t.span, r)
            guard guestIsTarget || visitingBefore(drafts[i].source.span, r) else { continue }
            let (guest, host) = guestIsTarget ? (t, drafts[i].source) : (drafts[i].source, t)
            // ("Visiting Pakistani Foreign Minister Bilawal met Chinese Foreign Minister Qin in Goa": a guest the sentence
            // has visiting a third country is no guest of the one met.)
            if drafts.contains(where: { $0.code == "042" && $0.source.country == guest.country && $0.target?.country != host.country }) { continue }
            for (code, x, y) in [("042" as ShortCode, guest, host), ("043" as ShortCode, host, guest)] {
                let d = Draft(code: code, root: 4, source: x, target: y, mode: drafts[i].mode, span: drafts[i].span, rule: "rule.meeting.visiting-guest")
                if !drafts.contains(where: { same($0, d) }) { drafts.append(d) }
            }
        }
    }

    /// Whether the party at `s` follows "in" or "at": a venue, not a party.
    private func placeNamed(_ s: Span) -> Bool {
        guard let k = tokenIndex(startingAt: s.start), k > 0 else { return false }
        return sym(k - 1) == cues.w.in_ || sym(k - 1) == cues.w.at
    }

    /// Whether the word before the party at `s` (or its own first word) is "visiting".
    private func visitingBefore(_ s: Span, _ r: Range<Int>) -> Bool {
        // (A party named in an earlier sentence has no word before it here.)
        guard let k = tokenIndex(startingAt: s.start), k >= r.lowerBound else { return false }
        for j in max(k - 1, r.lowerBound)...k where isAny(j, cues.visitWords) && endsInING(j) { return true }
        return false
    }

    /// Talks a third party hosted "between" two others are talks between those two, both ways: "Oman hosted indirect talks
    /// between Iran and the United States in Muscat" is OMN→IRN and OMN→USA 045, and IRN↔USA 046; "hosted a meeting between
    /// the foreign ministers of Congo and Rwanda" COD↔RWA 040. (Only a row flagged `between`, "hosted|convened|chaired … between": gold codes a mediator who
    /// shuttles or brokers between two sides as the mediator's act alone.)
    private func hostedBetween(_ drafts: inout [Draft]) {
        var a = -1
        var b = -1
        for i in drafts.indices where drafts[i].code == "045" && drafts[i].pattern >= 0 {
            guard let c = drafts[i].target?.country else { continue }
            if a < 0 { a = i; continue }
            if drafts[i].source.country != drafts[a].source.country { return }
            if c == drafts[a].target?.country || (b >= 0 && c == drafts[b].target?.country) { continue }
            if b >= 0 { return }
            b = i
        }
        guard a >= 0, b >= 0, let x = drafts[a].source.country, let y = drafts[a].target, let z = drafts[b].target,
            y.country != x, z.country != x, lexicon.verbPatterns[drafts[a].pattern].betweenMeet,
            let k = tokenIndex(startingAt: drafts[a].span.start),
            // ("convened talks between the Venezuelan government and the opposition in Mexico City": a place is no party.)
            !placeNamed(y.span), !placeNamed(z.span)
        else { return }
        let talks = (k..<min(tokens.count, k + 6)).contains { sym($0) == cues.talks || isAny($0, cues.negotiationWords) }
        for (p, q) in [(y, z), (z, y)] {
            let d = Draft(code: talks ? "046" : "040", root: 4, source: p, target: q, mode: drafts[a].mode, span: drafts[a].span, rule: "rule.meeting.hosted-between")
            if !drafts.contains(where: { same($0, d) }) { drafts.append(d) }
        }
    }

    /// Settles a sentence's drafts against one another once all its acts are read: drafts that yield to a finite verb's,
    /// or to the same code with a target, are dropped; acts the sentence implies (a protest a repression answers, thanks for
    /// aid, a claim, a reaction) are added.
    /// (A function of its own: inside the whole stage's loop the compiler copied a draft out of the array for every field
    /// read.)
    private func settle(
        _ sentenceEvents: inout [Draft], yielding: UnsafeBufferPointer<Bool>, sentence si: Int, actors sentenceActors: SentenceActors, classes: CueClass
    ) {
        let actors = sentenceActors.all
        // ("police fired tear gas at protesters demanding …", "… people protesting against …": the protest a
        // repression answers stays beside it.)
        if yielding.contains(false) {
            let repression = sentenceEvents.indices.contains { !yielding[$0] && sentenceEvents[$0].root == 17 }
            for i in sentenceEvents.indices.reversed() where yielding[i] && !(repression && sentenceEvents[i].root == 14) {
                sentenceEvents.remove(at: i)
            }
        }
        // An event without a target yields to the same code with one.
        // (Codes and dyads are gathered first, then the drafts pruned; only when there are two drafts to weigh, since nothing
        // below adds one: gathered for every sentence, they cost an array each.)
        var targeted = FewCodes()
        var calls: [(ShortCode?, ShortCode?)] = []
        if sentenceEvents.count > 1 {
            for i in sentenceEvents.indices {
                if sentenceEvents[i].target != nil, !targeted.contains(sentenceEvents[i].code) { targeted.insert(sentenceEvents[i].code) }
                if sentenceEvents[i].code == "041" { calls.append((sentenceEvents[i].source.country, sentenceEvents[i].target?.country)) }
            }
        }
        // ("Two men were shot dead during an armed robbery …", "A Lagos High Court sentenced two men … for armed robbery":
        // force and coercion in a sentence of ordinary crime for gain are no political event.)
        if sentenceEvents.contains(where: { $0.root >= 17 }), tokenRange(si).contains(where: { isAny($0, cues.robberyWords) }) {
            sentenceEvents.removeAll { $0.root >= 17 }
        }
        // ("A man stabbed his neighbour to death during a dispute over farmland", "was stabbed to death by his landlord
        // during a row over unpaid rent": violence against a private party, in a quarrel, is crime too.)
        if sentenceEvents.contains(where: { $0.root >= 18 }),
            tokenRange(si).contains(where: { k in
                isAny(k, cues.privateParties) && k - 1 >= tokenRange(si).lowerBound && isAny(k - 1, cues.possessives)
            }),
            tokenRange(si).contains(where: { isAny($0, cues.quarrelWords) })
        {
            sentenceEvents.removeAll { $0.root >= 18 }
        }
        // ("Thousands gathered in Tahrir Square, demanding that Mubarak step down", "Protesters stormed the President's
        // House, demanding that Rajapaksa resign": a crowd's demand is what its protest is for, no act of its own; a
        // crowd that only demands, in a headline, protests for it: "Bangladesh protesters demand prime minister's
        // resignation" is 1411.)
        if let protest = sentenceEvents.first(where: { $0.root == 14 }) {
            sentenceEvents.removeAll { d in
                d.root == 10 && (d.source.country == nil || d.source.country == protest.source.country)
                    && (d.source.sector == nil || d.source.sector == protest.source.sector)
            }
        } else {
            for i in sentenceEvents.indices where sentenceEvents[i].root == 10 {
                guard let end = lastToken(of: sentenceEvents[i].source.span, within: tokenRange(si)),
                    isAny(end, cues.protestWords), ends(end, "s")
                else { continue }
                let code: ShortCode = ["1041": "1411", "1042": "1412", "1043": "1413", "1044": "1414"][sentenceEvents[i].code] ?? "141"
                sentenceEvents[i].code = code
                sentenceEvents[i].root = 14
                sentenceEvents[i].pattern = -1
                sentenceEvents[i].rule = "rule.protest.demand"
            }
        }
        if sentenceEvents.count > 1 {
            sentenceEvents.removeAll { $0.target == nil && targeted.contains($0.code) }
            // ("prosecutors raided the homes of two aides … as they widened an investigation": an inquiry coded at the
            // root yields to a specific one of the same dyad.)
            let investigations = sentenceEvents.filter { $0.root == 9 && $0.code != "090" }
            sentenceEvents.removeAll { e in
                e.code == "090" && investigations.contains { $0.source.country == e.source.country && $0.target?.country == e.target?.country }
            }
            // ("Japan pledged $4.5 billion … for Ukraine, Prime Minister Fumio Kishida told G7 leaders": the source's own
            // official reported speaking is no second target of the act.)
            // (The drafts to drop are found first and removed after: a copy of the list kept for the test made the removal
            // copy the whole list into a new array for every sentence.)
            let spoken = sentenceEvents.indices.filter { i in
                let e = sentenceEvents[i]
                guard let t = e.target, t.country == e.source.country, let end = lastToken(of: t.span, within: tokenRange(si)) else { return false }
                return isAny(end + 1, cues.reportClause)
                    && sentenceEvents.contains { $0.span == e.span && $0.code == e.code && $0.target?.country != e.source.country }
            }
            for i in spoken.reversed() { sentenceEvents.remove(at: i) }
            // A telephone call's discussion is the call: 041 subsumes 040 for the same dyad.
            if !calls.isEmpty {
                sentenceEvents.removeAll { e in e.code == "040" && calls.contains { $0.0 == e.source.country && $0.1 == e.target?.country } }
            }
            // "Four soldiers were killed when militants opened fire on a convoy": force by no one named is the force
            // someone named used against the same country.
            // "expelled an official … and gave him 24 hours to leave the country": the deadline is the expulsion's.
            if sentenceEvents.contains(where: { $0.code == "174" }) { sentenceEvents.removeAll { $0.code == "139" && $0.target == nil } }
            // ("Nigeria granted asylum to former Liberian President Charles Taylor, who arrived in Calabar on Monday": the
            // refugee's arrival is no visit.)
            let asylums = sentenceEvents.filter { $0.code == "075" }
            if !asylums.isEmpty {
                sentenceEvents.removeAll { e in
                    (e.code == "042" || e.code == "043") && asylums.contains {
                        ($0.source.country == e.source.country && $0.target?.country == e.target?.country)
                            || ($0.source.country == e.target?.country && $0.target?.country == e.source.country)
                    }
                }
            }
            // ("security forces stormed the Supreme Court and arrested the chief justice", "raided the offices of the
            // electoral tribunal and seized documents": a raid that carries out an arrest or a seizure is that act; one on
            // crowds or the opposition is force of its own.)
            // ("stormed a cafe in Dhaka and took dozens of diners hostage", "raided Jenin, arresting 12 militants and
            // demolishing a house": hostages taken and property destroyed too; the act takes the raid's target when it
            // names none.)
            let taking = sentenceEvents.indices.filter {
                let c = sentenceEvents[$0].code
                return c == "173" || c == "1711" || c == "1712" || c == "181"
            }
            if !taking.isEmpty {
                let takers = taking.map { sentenceEvents[$0].source.country }
                let raid: (Draft) -> Bool = { e in
                    (e.code == "180" || e.code == "190" || e.code == "170") && (e.source.country.map { takers.contains($0) } ?? true)
                        && e.target?.sector != "PPL" && e.target?.sector != "OPP"
                        && self.tokenIndex(startingAt: e.span.start).map { self.isAny($0, self.cues.stormWords) } == true
                }
                if let r = sentenceEvents.first(where: raid), let t = r.target {
                    for i in taking where sentenceEvents[i].target == nil && sentenceEvents[i].source.country == r.source.country {
                        sentenceEvents[i].target = t
                    }
                }
                sentenceEvents.removeAll(where: raid)
            }
            let struck = sentenceEvents.compactMap { $0.root >= 18 && $0.source.named ? $0.target?.country : nil }
            if !struck.isEmpty {
                sentenceEvents.removeAll { $0.root >= 18 && !$0.source.named && $0.target?.country.map(struck.contains) == true }
            }
        }
        // (The protest a repression at home answers, when the sentence names it: "arrested 500 people at a
        // demonstration", "fired tear gas at young protesters who were marching toward parliament".)
        // ("imposed a curfew in Almaty as protests over fuel prices turned violent": a curfew or an emergency answers
        // them too.)
        let repression = sentenceEvents.first(where: {
            ($0.code == "173" || $0.code == "175" || $0.code == "1723" || $0.code == "1724") && $0.source.country != nil
                && $0.target?.country == $0.source.country
        })
        // ("Beijing scraps most of its zero-Covid rules, days after rare street protests", "resigned, bowing to weeks of student
        // protests": protests named as the cause of a concession, with no repression answering them, are its background.)
        if !sentenceEvents.contains(where: { $0.root == 14 }), repression != nil || !sentenceEvents.contains(where: { $0.root == 8 }),
            let e = nominalProtest(si, sentenceActors, answered: repression)
        {
            sentenceEvents.append(e)
        }
        if let e = thankedAid(si, sentenceEvents) { sentenceEvents.append(e) }
        retreatFromForce(&sentenceEvents)
        if sentenceEvents.isEmpty, classes.contains(.arrival), let e = cargoArrival(si, actors) { sentenceEvents.append(e) }
        if classes.contains(.behind), let e = behindClaim(si, actors), !sentenceEvents.contains(where: { same($0, e) }) {
            sentenceEvents.append(e)
        }
        if classes.contains(.behind), let e = ownedAct(si, actors, sentenceEvents), !sentenceEvents.contains(where: { same($0, e) }) {
            // (The act claimed, done by no one named, is the claimant's.)
            claimDoer(e.source, of: &sentenceEvents) { $0.span.start >= e.span.end }
            sentenceEvents.append(e)
        }
        // ("Two Indian soldiers were killed when Pakistani troops opened fire": the deaths no one is named for are the
        // named force's, one act against the dead.)
        if let d = sentenceEvents.firstIndex(where: { $0.root >= 18 && $0.source.country == nil && $0.target?.country != nil }),
            let f = sentenceEvents.indices.first(where: { i in
                let e = sentenceEvents[i]
                return i != d && e.root >= 18 && e.source.country != nil && e.source.country != sentenceEvents[d].target?.country
                    && (e.target?.country == nil || e.target?.country == e.source.country)
                    && e.span.start > sentenceEvents[d].span.end
                    && tokenRange(si).contains(where: { k in
                        isAny(k, cues.whenWords) && span(k..<(k + 1)).start >= sentenceEvents[d].span.end && span(k..<(k + 1)).end <= e.span.start
                    })
            })
        {
            sentenceEvents[f].target = sentenceEvents[d].target
            sentenceEvents.remove(at: d)
        }
        // ("arrived in Kyiv on an unannounced visit, where she pledged 50 million euros": what a visitor offers and
        // names no one for is for the host.)
        if let visit = sentenceEvents.first(where: { $0.code == "042" && $0.target?.country != nil }) {
            for i in sentenceEvents.indices where sentenceEvents[i].target == nil && [2, 3, 5, 7].contains(sentenceEvents[i].root)
                && sentenceEvents[i].source.country == visit.source.country
            {
                sentenceEvents[i].target = visit.target
            }
        }
        // Acts that name no one else are aimed at the one the subject acted against first in the sentence:
        // ("Japan sent a message of condolence to the President of Ecuador …, and Japan pledged emergency relief goods")
        // aid naming no one; ("Poland accused Belarus of orchestrating a surge of migrants and deployed 5,000 troops to
        // the frontier") a show of force, and ("… by expelling 12 Algerian officials and recalling its ambassador") a cut
        // in relations, naming no one or the subject's own country.
        for i in sentenceEvents.indices where sentenceEvents[i].source.country != nil {
            let e = sentenceEvents[i]
            let aid = e.target == nil && (e.root == 7 || e.code.hasPrefix("033"))
            let posture = (e.root == 15 || e.root == 16) && (e.target == nil || e.target?.country == e.source.country)
            guard aid || posture,
                let t = sentenceEvents[..<i].first(where: {
                    $0.source.country == e.source.country && $0.target?.country != nil && $0.target?.country != $0.source.country
                })?.target
            else { continue }
            sentenceEvents[i].target = t
        }
        // ("met Taiwanese President Lai in Taipei and pledged to deepen cooperation", "accused Israel of massing troops … and
        // warned that any attack would be met with force": a verbal act that names no one, its verb joined by "and" to
        // the same subject's act before, is aimed at that act's target.)
        // ("broke off diplomatic relations with Colombia and gave its diplomats 24 hours to leave": so is an expulsion.)
        for i in sentenceEvents.indices.dropFirst() where sentenceEvents[i].target == nil && sentenceEvents[i].source.country != nil
            && ([1, 2, 3, 5, 10, 11, 12, 13].contains(sentenceEvents[i].root) || sentenceEvents[i].code == "174")
        {
            let e = sentenceEvents[i]
            // ("telephoned Iranian President Rouhani, expressed deep condolences …": a comma before a past-tense verb joins a
            // series of the subject's acts as "and" does.)
            guard let k = tokenIndex(startingAt: e.span.start), k > tokenRange(si).lowerBound,
                sym(k - 1) == cues.w.and
                    || (sym(k - 1) == cues.w.comma && seriesVerb(k)
                        // (", who was on a state visit to China, denounced …": the comma closes a relative clause.)
                        && !(max(tokenRange(si).lowerBound, k - 14)..<k).contains(where: { sym($0) == cues.who || sym($0) == cues.which })),
                let t = sentenceEvents[..<i].last(where: {
                    $0.source.country == e.source.country && $0.span.end < e.span.start && $0.target?.country != nil
                        && $0.target?.country != e.source.country
                })?.target
            else { continue }
            sentenceEvents[i].target = t
        }
        // ("Guyana's President Ali and his Surinamese counterpart agreed to begin building a bridge": one cooperative act of
        // a compound subject that names no one else is between the compound's members.)
        for i in sentenceEvents.indices where sentenceEvents[i].target == nil && (3...8).contains(sentenceEvents[i].root) && sentenceEvents[i].code != "045" {
            let e = sentenceEvents[i]
            guard let c = e.source.country,
                let other = sentenceEvents.first(where: {
                    $0.span == e.span && $0.code == e.code && $0.source.country != nil && $0.source.country != c
                })?.source
            else { continue }
            sentenceEvents[i].target = other
        }
        // ("Mongolia and South Korea agreed to cooperate … during a summit between their presidents", "Russia and China
        // pledged … during talks between their defence ministers": a meeting that frames the sentence's act, naming no
        // parties of its own, is between the act's parties.)
        // ("a swap agreed during direct talks": a participle before "during" that is no coded act's verb frames a noun.)
        // ("agreed … after talks in Brussels", "Meeting on the island of St Vincent, the presidents … agreed": "after",
        // "following" and an opening "Meeting" frame it too.)
        if classes.contains(.meetingWord) || (classes.contains(.meetingNoun) && classes.contains(.framingWord)),
            let (d, noun) = framingMeeting(tokenRange(si)),
            !(d > tokenRange(si).lowerBound && endsInED(d - 1) && !sentenceEvents.contains { $0.span.start == span((d - 1)..<d).start }),
            !sentenceEvents.contains(where: { $0.root == 4 && $0.target != nil }),
            let act = sentenceEvents.first(where: {
                $0.source.country != nil && $0.target?.country != nil && $0.target?.country != $0.source.country && $0.root != 4
            }),
            let other = act.target,
            // (Talks a third party mediated are the mediator's act: "agreed to a ceasefire after talks hosted by Malaysia".)
            sym(d) == cues.during || !sentenceEvents.contains(where: { $0.code == "045" })
                && !tokenRange(si).contains(where: { isAny($0, cues.mediatedBy) || isAny($0, cues.hostWords) })
        {
            sentenceEvents.removeAll { $0.root == 4 && $0.target == nil }
            let code: ShortCode = isAny(noun, cues.callNouns) ? "041" : "040"
            let sp = span(noun..<(noun + 1))
            let mutual = sentenceEvents.contains { $0.source.country == other.country && $0.target?.country == act.source.country }
            var pairs = [(act.source, other)]
            if mutual { pairs.append((other, act.source)) }
            for (x, y) in pairs {
                let draft = Draft(code: code, root: 4, source: x, target: y, span: sp, rule: "rule.meeting.framing")
                if !sentenceEvents.contains(where: { same($0, draft) }) { sentenceEvents.append(draft) }
            }
        }
        // ("resumed talks … under the auspices of President Clinton", "an accord mediated by Algeria", "a session chaired by
        // the Red Cross": the one named mediates between the parties of the sentence's talks or agreement.)
        // (A "mediator" that is itself a subject of the talks is a party: "mediated by Malaysia's Anwar, Thailand and
        // Cambodia agreed …".)
        if classes.contains(.mediation), var mediator = namedMediator(tokenRange(si), actors) {
            let phrase = span(mediator.0)
            let inPhrase = { (d: Draft) in d.span.start >= phrase.start && d.span.end <= phrase.end }
            let talks = sentenceEvents.filter { (3...8).contains($0.root) && $0.code != "045" && !inPhrase($0) }
            mediator.1.removeAll { m in talks.contains { $0.source.country == m.country && $0.source.sector == m.sector } }
            var parties: [Draft.Party] = []
            for e in talks where !mediator.1.isEmpty {
                for p in [e.source] + (e.target.map { [$0] } ?? [])
                where p.country != nil && !mediator.1.contains(where: { $0.country == p.country && $0.sector == p.sector })
                    && !parties.contains(where: { $0.country == p.country && $0.sector == p.sector })
                {
                    parties.append(p)
                }
            }
            // (The mediation verb's own reading, "mediated" with its passive subject as mediator, gives way.)
            if !parties.isEmpty { sentenceEvents.removeAll { ($0.code == "045" || $0.code == "039") && inPhrase($0) } }
            for m in mediator.1 {
                for p in parties {
                    let d = Draft(code: "045", root: 4, source: party(m), target: p, span: phrase, rule: "rule.mediation.named")
                    if !sentenceEvents.contains(where: { same($0, d) }) { sentenceEvents.append(d) }
                }
            }
        }
        // ("said it would accept Qatari mediation", "accepted mediation by the African Union": a mediation accepted is the
        // acceptance's object, not yet an act of the mediator.)
        if let accepted = sentenceEvents.first(where: { $0.code == "038" }) {
            sentenceEvents.removeAll { $0.code == "045" && $0.span.start >= accepted.span.start && $0.span.start < accepted.span.end }
        }
        // ("Belarus sentenced a Japanese national …, and Japan's top government spokesman called for his early release":
        // a call or demand to free someone is addressed to whoever holds them.)
        for i in sentenceEvents.indices where sentenceEvents[i].code == "0253" || sentenceEvents[i].code == "1053" || sentenceEvents[i].code == "105" {
            let e = sentenceEvents[i]
            guard e.target?.country == nil || e.target?.country == e.source.country,
                let hold = sentenceEvents[..<i].first(where: { ($0.root == 17 || $0.code == "181") && $0.source.country != nil && $0.source.country != e.source.country })
            else { continue }
            sentenceEvents[i].target = hold.source
        }
        // ("North Korea shelled the South Korean island …, and the South's military returned fire": force answering
        // force, naming no one, is the struck side's against the striker.)
        if let first = sentenceEvents.first, first.root >= 18, let struck = first.target, struck.country != nil {
            // ("… killing 67 people during a four-day siege": a noun of force is no answer.)
            for i in sentenceEvents.indices.dropFirst() where sentenceEvents[i].root == 19 && sentenceEvents[i].target == nil
                && (sentenceEvents[i].source.country == nil || sentenceEvents[i].source.country == struck.country)
                && !(tokenIndex(startingAt: sentenceEvents[i].span.start).map { nominal($0, tokenRange(si)) } ?? false)
            {
                if sentenceEvents[i].source.country == nil { sentenceEvents[i].source = struck }
                sentenceEvents[i].target = first.source
            }
        }
        // ("A suicide bomber struck a police station …, in an attack claimed by the Pakistani Taliban": the claimant is
        // the attacker no one else is.)
        if sentenceEvents.contains(where: { $0.root >= 18 && $0.source.country == nil }),
            let c = tokenRange(si).first(where: { isAny($0, cues.claimVerbs) && sym($0 + 1) == cues.w.by }),
            let claimant = actors.first(where: { $0.tokens.lowerBound > c + 1 && $0.tokens.lowerBound <= c + 4 && $0.sides.count == 1 }),
            claimant.sides[0].country != nil
        {
            claimDoer(party(claimant.sides[0]), of: &sentenceEvents) { _ in true }
        }
        // ("Twin suicide bombings in Kampala killed 74 people, and al-Shabaab said it had carried them out": so is one who
        // says it carried out the act, after it.)
        if sentenceEvents.contains(where: { $0.root >= 18 && $0.source.country == nil }), let said = claimedCarriedOut(si),
            let claimant = actors.last(where: { !$0.isPlace && !$0.afterPreposition && $0.tokens.upperBound == said && $0.sides.count == 1 }),
            claimant.sides[0].country != nil
        {
            let at = Int(tokens[said].start)
            claimDoer(party(claimant.sides[0]), of: &sentenceEvents) { $0.span.end <= at }
        }
        // ("A car bomb exploded …, and al-Shabaab later claimed responsibility": so is one who claims it after the act.)
        if let claim = sentenceEvents.first(where: { $0.code == "015" && $0.source.country != nil }) {
            claimDoer(claim.source, of: &sentenceEvents) { $0.span.end <= claim.span.start }
        }
        if let first = sentenceEvents.first {
            // "…, which condemned the strike", "a move opposition leaders denounced as a coup": disapproval or rejection
            // that names no one, or that follows a noun of the first act, answers that act's source.
            // ("Pakistani jets struck targets inside Afghanistan …, and the Taliban government vowed to retaliate": a threat
            // naming no one by the country the first act struck answers that act's source too.)
            // ("… after Ottawa criticised the arrest of women's rights activists": people of no country named are no one's.)
            /// Whether the draft is the first act, by any of its parties ("Turkey and Libya signed": two drafts).
            func doesFirst(_ d: Draft) -> Bool { d.span == first.span && d.code == first.code }
            var answers: [Draft] = []
            for i in sentenceEvents.indices.dropFirst()
            where (sentenceEvents[i].target == nil || sentenceEvents[i].answersFirst
                || (sentenceEvents[i].target?.country == nil && sentenceEvents[i].target?.sector == "PPL"))
                && (sentenceEvents[i].root == 11 || sentenceEvents[i].root == 12
                    // ("…, a step Syrian officials hailed as a turning point": praise answering the act is of its source.)
                    || (sentenceEvents[i].answersFirst && sentenceEvents[i].code == "051")
                    || (sentenceEvents[i].root == 13 && first.target?.country != nil && sentenceEvents[i].source.country == first.target?.country))
                && first.source.country != nil && sentenceEvents[i].span != first.span
                && (sentenceEvents[i].source.country != first.source.country || sentenceEvents[i].source.sector != first.source.sector)
            {
                sentenceEvents[i].target = first.source
                // ("Turkey and Libya's government signed memoranda …, a move Greece and Egypt denounced": the answer is to
                // every party that did the first act.)
                // (Not where the one answering is among them: "Niger, Mali and Burkina Faso announced …, accusing the bloc".)
                let answerer = sentenceEvents[i].source.country
                guard !sentenceEvents.contains(where: { doesFirst($0) && $0.source.country == answerer }) else { continue }
                for d in sentenceEvents where doesFirst(d) && d.source.country != nil && d.source.country != first.source.country {
                    var other = sentenceEvents[i]
                    other.target = d.source
                    if !sentenceEvents.contains(where: { same($0, other) }) && !answers.contains(where: { same($0, other) }) { answers.append(other) }
                }
            }
            sentenceEvents.append(contentsOf: answers)
            answers.removeAll()
            // ("Tsai met U.S. House Speaker McCarthy …, and China's foreign ministry vowed to take resolute measures in
            // response": a threat "in response" that names no one answers both parties of the first act.)
            for i in sentenceEvents.indices.dropFirst() where sentenceEvents[i].root == 13 && sentenceEvents[i].target == nil {
                let e = sentenceEvents[i]
                guard let c = e.source.country, first.source.country != nil, first.source.country != c,
                    let k = tokenIndex(startingAt: e.span.end - 1).map({ $0 + 1 }) ?? tokenIndex(startingAt: e.span.start),
                    (k..<min(tokenRange(si).upperBound, k + 8)).contains(where: { sym($0) == cues.w.in_ && isAny($0 + 1, cues.responseNouns) })
                else { continue }
                sentenceEvents[i].target = first.source
                if let t = first.target, t.country != nil, t.country != c, t.country != first.source.country {
                    var other = e
                    other.target = t
                    if !sentenceEvents.contains(where: { same($0, other) }) { sentenceEvents.append(other) }
                }
            }
            // ("Ireland, Norway and Spain formally recognised a Palestinian state …, drawing condemnation from Israel": a
            // reaction answers every party that did the first act.)
            // (A reaction names its noun "from" or its verb "by" someone; a rejoinder answers a move, claim or demand.)
            // (The doers are listed only when the sentence can react: listed for every sentence, they cost an array each.)
            let reacts = (classes.contains(.reactionNoun) && classes.contains(.from)) || (classes.contains(.condemnOrPraise) && classes.contains(.by))
                || classes.contains(.answeredNoun)
            if reacts {
                var doers: [Draft] = []
                for d in sentenceEvents where doesFirst(d) && !doers.contains(where: { $0.source.country == d.source.country }) {
                    doers.append(d)
                }
                for doer in doers {
                    for e in reactions(si, actors, against: doer) where !sentenceEvents.contains(where: { same($0, e) }) { sentenceEvents.append(e) }
                }
            }
        }
        // ("initialled a peace agreement … after three weeks of talks", "ending weeks of negotiations between …": talks
        // counted in weeks, months or years before the agreement they produced are its background.)
        if sentenceEvents.contains(where: { $0.root == 3 || $0.code == "057" }) {
            sentenceEvents.removeAll { d in d.root == 4 && d.code != "045" && talksSpanned(d.span, tokenRange(si)) }
        }
        // ("called off peace talks with the ELN …, a day after a car bomb killed 21 police cadets", "resigned … after weeks
        // of protests in which hundreds of people were killed": violence no one is named for, told after "after" or
        // "following" behind another act, is that act's background.)
        if classes.contains(.framingWord), let first = sentenceEvents.first, first.root < 18,
            let k = tokenRange(si).first(where: { sym($0) == cues.after || sym($0) == cues.following }),
            Int(tokens[k].start) >= first.span.end
        {
            sentenceEvents.removeAll { $0.root >= 18 && $0.source.country == nil && $0.source.sector == nil && $0.span.start > Int(tokens[k].start) }
        }
    }

    /// Whether the words before a pair's verb are a joint subject: two parties joined by "and" ("the government and the
    /// main opposition coalition signed"), not two verbs ("arrived and signed"), or sides of one ("warring sides").
    private func jointSubject(before anchor: Int, _ r: Range<Int>) -> Bool {
        let lo = max(r.lowerBound, anchor - 12)
        if (max(lo, anchor - 3)..<anchor).contains(where: { isAny($0, cues.groupShort) }) { return true }
        guard anchor - 1 > lo, let and = (lo..<anchor - 1).last(where: { sym($0) == cues.w.and }) else { return false }
        return !(and + 1..<anchor).contains(where: { sym($0) == cues.w.comma || lexicon.verbFirst.contains(sym($0)) })
    }

    /// Whether the words at `s` are talks counted in a span of time: "three weeks of talks", "two years of intense
    /// negotiations".
    private func talksSpanned(_ s: Span, _ r: Range<Int>) -> Bool {
        guard let k = tokenIndex(startingAt: s.start) else { return false }
        var j = k - 1
        if j > r.lowerBound, sym(j) != cues.w.of, token(j).kind == .word, !token(j).isCapitalized { j -= 1 }
        return j > r.lowerBound && sym(j) == cues.w.of && isAny(j - 1, cues.spanPlurals)
    }

    /// "…, bowing to weeks of street protests", "sparking the largest protests in a decade": protests a sentence
    /// reports as cause or consequence of its act are an event of their own, the country's people against its
    /// government (141), placed by the sentence's place or its one country.
    private func nominalProtest(_ si: Int, _ actors: SentenceActors, answered repression: Draft?) -> Draft? {
        let r = tokenRange(si)
        // ("detained 25 people accused of plotting to storm the Bundestag": a plotted riot is none.)
        // ("used water cannon to clear protesters blocking roads", "supporters who set up barricades": crowds named by their
        // blockade protest by it.)
        // (Searched only when a repression is coded: most sentences have none, and the search reads every token.)
        let blockers = { [self] in
            r.first(where: { k in
                (isAny(k, cues.protestWords) || agentNounRow(at: k).map { lexicon.agents[$0].sector == "PPL" } == true)
                    && (k + 1..<min(r.upperBound, k + 5)).contains(where: { isAny($0, cues.blockingWords) || sym($0) == cues.barricades })
            })
        }
        // ("resigned after weeks of mass street protests", "to restore order after six months of street protests": protests
        // counted in spans of time are background.)
        // (But "bowing to weeks of street demonstrations", "following weeks of protests" and "to end weeks of blockades" make
        // them the act's cause or object.)
        let background = { [self] (k: Int) in
            (max(r.lowerBound, k - 5)..<k).contains(where: { j in
                isAny(j, cues.spanPlurals) && sym(j + 1) == cues.w.of && (j == r.lowerBound || !isAny(j - 1, cues.yieldingTo))
            })
        }
        if let repression, let home = repression.source.country, let k = r.first(where: { isAny($0, cues.protestEvents) }) ?? blockers(), !negated(k, r),
            !background(k),
            !(max(r.lowerBound, k - 2)..<k).contains(where: { isAny($0, cues.futureModals) || isAny($0, cues.plotVerbs) }),
            // ("detained journalists after they covered anti-government demonstrations", "on suspicion of planning a flash
            // protest", "answering a call to protest": a protest reported, planned or called for was not held.)
            !(max(r.lowerBound, k - 4)..<k).contains(where: { isAny($0, cues.protestNotHeld) }),
            // ("arrested the opposition candidate at a campaign rally": an election rally is no protest; "post-election
            // protests" are.)
            !(isAny(k, cues.rallyNouns) && (max(r.lowerBound, k - 2)..<k).contains(where: { isAny($0, cues.campaignWords) }))
        {
            let sp = span(k..<(k + 1))
            // ("opened fire on protesters who tried to storm the parliament": a riot; "soldiers stormed the protest camp" is
            // the repression itself.)
            let stormed = isAny(k, cues.riotEvents)
            // ("as protests … turned violent": a protest gone violent is a riot.)
            let riot = stormed
                || (k + 1..<min(r.upperBound, k + 9)).contains(where: { sym($0) == cues.turned && $0 + 1 < r.upperBound && isAny($0 + 1, cues.violentWords) })
            if stormed, !(max(r.lowerBound, k - 4)..<k).contains(where: { isAny($0, cues.protestWords) || sym($0) == cues.who }) { return nil }
            // ("cleared protesters blocking roads near the Knesset", "demonstrators who had blocked Rustaveli Avenue": a protest
            // that blocks is obstruction, 144.)
            let blocking = !riot && (max(r.lowerBound, k - 3)..<min(r.upperBound, k + 4)).contains(where: { isAny($0, cues.blockingWords) })
            // ("declared a state of emergency as protests against the government intensified": an emergency answers a
            // protest only when it blocks or riots; a plain protest beside it needs a word that makes it the cause.)
            if repression.code != "1724" || riot || blocking {
                return Draft(
                    code: riot ? "145" : blocking ? "144" : "141", root: 14, source: .init(country: home, sector: "PPL", span: sp, rule: "rule.actor.protesters"),
                    target: .init(country: home, sector: "GOV", span: sp, rule: "rule.actor.home", named: false), span: sp,
                    rule: "rule.protest.answered")
            }
        }
        // ("prompting Tokyo to lodge a protest": a diplomatic protest lodged is no street protest.)
        guard let k = r.first(where: { isAny($0, cues.protestNouns) }), !(max(r.lowerBound, k - 3)..<k).contains(where: { isAny($0, cues.lodgeVerbs) }),
            let home = actors.placeCountry ?? actors.soleCountry,
            (max(r.lowerBound, k - 5)..<k).contains(where: { isAny($0, cues.protestTriggers) }), !negated(k, r), !background(k)
        else { return nil }
        let sp = span(k..<(k + 1))
        return Draft(
            code: "141", root: 14, source: .init(country: home, sector: "PPL", span: sp, rule: "rule.actor.protesters"),
            target: .init(country: home, sector: "GOV", span: sp, rule: "rule.actor.home", named: false), span: sp,
            rule: "rule.protest.nominal")
    }

    /// Goods that arrive, where the sentence codes nothing else: "A convoy of trucks carrying food crossed into Gaza from
    /// Egypt" is aid (073) from Egypt to the place's country; "Patriot batteries supplied by the United States arrived in
    /// Ukraine" military aid (072). The giver is the actor after "from" or "by", else a body or country word in the
    /// subject ("World Food Programme trucks", "Romanian trucks"), else no one named; the receiver is the first country
    /// after the verb that is not the giver's. The subject is goods, no actor: a sentence whose first actor opens it
    /// before the goods is left to its verbs.
    private func cargoArrival(_ si: Int, _ actors: [ActorChunk]) -> Draft? {
        let r = tokenRange(si)
        guard let k = r.first(where: { isAny($0, cues.goodsArrivalVerbs) }), k > r.lowerBound,
            let goods = (r.lowerBound..<k).first(where: { isAny($0, cues.cargoNouns) || isAny($0, cues.suppliedWords) || isAny($0, cues.reliefWords) })
        else { return nil }
        // (The goods open the sentence: "A convoy of …", "Trucks carrying …", "Tents, food and medical supplies …", past a
        // giver's name or adjective before them: "World Food Programme trucks", "Romanian trucks".)
        let subject = r.lowerBound..<k
        if let first = actors.first(where: { subject.contains($0.tokens.lowerBound) }), first.tokens.lowerBound < goods,
            !(first.tokens.upperBound >= goods - 1 && !first.isPerson)
        {
            return nil
        }
        let arms = subject.contains { isAny($0, cues.armsWords) }
        // (Goods are named by what carries them, by aid, or by a participle of giving or carrying: "food prices reached a
        // record" names none.)
        guard subject.contains(where: { isAny($0, cues.suppliedWords) }) || (!arms && subject.contains(where: { isAny($0, cues.cargoNouns) }))
        else { return nil }
        /// Whether "from" or "by" (perhaps with "the") stands right before the chunk.
        func givenBy(_ a: ActorChunk) -> Bool {
            var j = a.tokens.lowerBound - 1
            guard j > r.lowerBound else { return false }
            if sym(j) == cues.w.the { j -= 1 }
            return j >= r.lowerBound && (sym(j) == cues.from || sym(j) == cues.w.by)
        }
        let named = actors.filter { $0.sides.count == 1 }
        let giverChunk: ActorChunk? = named.first(where: { subject.contains($0.tokens.lowerBound) && givenBy($0) })
            ?? named.first(where: { $0.tokens.lowerBound < goods && $0.tokens.upperBound >= goods - 1 && !$0.isPlace })
            ?? named.first(where: { $0.tokens.lowerBound > k && givenBy($0) && sym($0.tokens.lowerBound - 1) != cues.w.by })
        let giver = giverChunk?.sides[0]
        guard let receiver = actors.first(where: { a in
            a.tokens.lowerBound > k && a.sides.count == 1 && a.sides[0].country != nil && a.sides[0].country != giver?.country
                && a.tokens.lowerBound != giverChunk?.tokens.lowerBound
        })?.sides[0]
        else { return nil }
        let source = giver.map(party) ?? Draft.Party(country: nil, sector: nil, span: span(r.lowerBound..<(goods + 1)), rule: "rule.actor.goods", named: false)
        return Draft(code: arms ? "072" : "073", root: 7, source: source, target: party(receiver), span: span(subject.lowerBound..<(k + 1)),
            rule: "rule.goods-arrived")
    }

    /// "Zelensky thanked Lithuania for its latest military aid package", "thanked Nigeria for sending fighter jets": the
    /// aid thanked for is the thanked one's, to the one who thanks (072 for arms, 073 for relief, else 070).
    private func thankedAid(_ si: Int, _ events: [Draft]) -> Draft? {
        let r = tokenRange(si)
        // (The praise first: most sentences have none, and need no search for thanks.)
        guard let praise = events.first(where: { $0.code == "051" && $0.source.country != nil }),
            let giver = praise.target, let country = giver.country, country != praise.source.country,
            !events.contains(where: { $0.root == 7 && $0.source.country == country }),
            let k = r.first(where: { isAny($0, cues.thankVerbs) }),
            let f = (k + 1..<min(r.upperBound, k + 8)).first(where: { sym($0) == cues.w.for_ }),
            let a = (f + 1..<min(r.upperBound, f + 9)).first(where: { isAny($0, cues.thankedAid) })
        else { return nil }
        let words = (f + 1)..<min(r.upperBound, a + 3)
        let code: ShortCode = words.contains(where: { isAny($0, cues.armsWords) }) ? "072"
            : words.contains(where: { isAny($0, cues.reliefWords) }) ? "073" : "070"
        return Draft(code: code, root: 7, source: giver, target: praise.source, span: span(f..<(a + 1)), rule: "rule.thanked-aid")
    }

    /// Makes `doer` the source of every act of violence (18-20) in `events` that names no doer's country and that `placed`
    /// accepts: the one a claim or an owned act names did it.
    private func claimDoer(_ doer: Draft.Party, of events: inout [Draft], where placed: (Draft) -> Bool) {
        for i in events.indices where events[i].root >= 18 && events[i].source.country == nil && placed(events[i]) {
            events[i].source = doer
        }
    }

    /// "The Houthis said they were behind a drone attack on a US destroyer", "Ukraine's military intelligence said it was
    /// behind the killing of …": one who says it was itself behind an act claims it (015), on the act's target.
    private func ownedAct(_ si: Int, _ actors: [ActorChunk], _ events: [Draft]) -> Draft? {
        let r = tokenRange(si)
        guard let k = r.first(where: { k in
                k - 2 > r.lowerBound && sym(k) == cues.behind && isAny(k - 1, cues.copulas)
                    && isPronoun(k - 2)
                    && isAny(k - 3, cues.sayingWords)
            }),
            !negated(k, r),
            // (The sayer: the sentence's subject before the saying verb.)
            let sayer = actors.last(where: { !$0.isPlace && !$0.afterPreposition && $0.tokens.upperBound <= k - 3 }),
            let s = sayer.sides.first, s.country != nil
        else { return nil }
        let act = events.first(where: { $0.root >= 18 && $0.span.start >= Int(tokens[k].end) })
        return Draft(code: "015", root: 1, source: party(s), target: act?.target, span: span((k - 1)..<(k + 1)), rule: "rule.owned-act")
    }

    /// "…, saying Russian military intelligence was behind a deadly explosion": one who says another was behind an act
    /// accuses it (112).
    private func behindClaim(_ si: Int, _ actors: [ActorChunk]) -> Draft? {
        let r = tokenRange(si)
        // ("saying Warsaw alone was to blame", "said Kigali was responsible for the attack": the same.)
        guard let k = r.first(where: { k in
                k > r.lowerBound && isAny(k - 1, cues.copulas)
                    && (sym(k) == cues.behind || sym(k) == cues.responsible || (sym(k) == cues.w.to_ && k + 1 < r.upperBound && sym(k + 1) == cues.blame)
                        // ("said Russian state bodies were involved in a plot to …".)
                        || (sym(k) == cues.involved && k + 1 < r.upperBound && sym(k + 1) == cues.w.in_))
            }),
            // ("Russian military intelligence was behind": past the lowercase words of the accused's name.)
            let accused = actors.last(where: { a in
                !a.isPlace && a.tokens.upperBound <= k - 1 && k - 1 - a.tokens.upperBound <= 3
                    && (a.tokens.upperBound..<(k - 1)).allSatisfy { token($0).kind == .word && !token($0).isCapitalized && !lexicon.verbFirst.contains(sym($0)) }
            }),
            let a = accused.sides.first, let ac = a.country,
            let accuser = actors.first(where: { !$0.isPlace && !$0.afterPreposition && $0.tokens.upperBound < accused.tokens.lowerBound }),
            let s = accuser.sides.first, let sc = s.country, sc != ac,
            (accuser.tokens.upperBound..<accused.tokens.lowerBound).contains(where: { isAny($0, cues.sayingWords) }),
            !negated(k, r)
        else { return nil }
        return Draft(code: "112", root: 11, source: party(s), target: party(a), span: span((k - 1)..<(k + 1)), rule: "rule.behind")
    }

    /// The country of "in an Israeli strike", "in a Russian missile attack" right after a passive verb of force at `k`.
    private func forceAgent(after k: Int, _ r: Range<Int>, _ actors: [ActorChunk]) -> [ActorChunk.Side]? {
        guard k + 3 < r.upperBound, sym(k + 1) == cues.w.in_ || sym(k + 1) == cues.w.by, isAny(k + 2, cues.articles),
            let a = actors.first(where: { $0.tokens.lowerBound == k + 3 }), a.sides.count == 1, a.sides[0].country != nil,
            let m = mention(startingAt: k + 3), lexicon.hasEntry(m, .countryAdjective),
            (a.tokens.upperBound..<min(r.upperBound, a.tokens.upperBound + 3)).contains(where: { isAny($0, cues.forceNouns) })
        else { return nil }
        var side = a.sides[0]
        side.sector = "MIL"
        return [side]
    }

    /// The actor after "clashes|fighting with" following the verb at `k` ("killed in clashes with Chinese troops").
    private func clashPartner(after k: Int, r: Range<Int>, actors: [ActorChunk]) -> ([ActorChunk.Side], Int)? {
        // ("killed in a violent face-off with Chinese troops": "off" after "face-".)
        guard var c = (k + 1..<min(k + 7, r.upperBound)).first(where: {
            isAny($0, cues.clashNouns) && (sym($0) != cues.off || sym($0 - 1) == cues.w.hyphen)
        }) else { return nil }
        // ("killed in a brief exchange of fire with Thai troops".)
        if sym(c + 1) == cues.w.of, c + 3 < r.upperBound, sym(c + 3) == cues.w.with { c += 2 }
        guard sym(c + 1) == cues.w.with else { return nil }
        return compoundAfter(word: cues.w.with, from: c, r: r, actors: actors)
    }

    /// ", as protesters took to the streets": "as" after a comma that opens a clause, not ", as well as", ", as a gesture"
    /// or ", as part of".
    private func opensAsClause(_ k: Int) -> Bool {
        sym(k) == cues.as_ && !isAny(k + 1, cues.asPhraseWords)
    }

    /// Whether the act `prev` is a participle opening the sentence whose subject, after a comma, stands right before `k`:
    /// "Accusing Kigali of backing the rebels, Kinshasa expelled …".
    /// Also a clause of time or cause opening the sentence: "After Serbia rejected the plan, Germany deported …", "Days after
    /// Moscow expelled two diplomats, Tallinn summoned …".
    private func openerEnded(_ prev: VerbMatch, before k: Int, _ r: Range<Int>, _ actors: [ActorChunk]) -> Bool {
        guard (prev.anchor == r.lowerBound && endsInING(prev.anchor)) || opensWithSubordinator(r, before: prev.anchor),
            let comma = (prev.tokens.upperBound..<k).first(where: { sym($0) == cues.w.comma })
        else { return false }
        return actors.contains { $0.tokens.lowerBound > comma && $0.tokens.upperBound == k && !$0.afterPreposition && !$0.isPlace }
    }

    /// Whether the sentence `r` opens with a subordinator other than "if" ("After", "When", "As", "Since", "Although") before
    /// `k`, with at most three words or numbers of time before it, none a name ("Days after", "Two weeks before", "Shortly
    /// after").
    private func opensWithSubordinator(_ r: Range<Int>, before k: Int) -> Bool {
        guard let j = (r.lowerBound..<min(k, r.lowerBound + 4)).first(where: { isAny($0, cues.subordinators) }), sym(j) != cues.ifWord
        else { return false }
        return (r.lowerBound..<j).allSatisfy { (token($0).kind == .word || token($0).kind == .number) && mentionAt[$0] < 0 }
    }

    /// Whether a clause with its own subject starts between `from` and `to` (", while Moscow blamed …").
    private func newClause(from: Int, to: Int, _ actors: [ActorChunk]) -> Bool {
        // ("summoned Russia's chargé d'affaires after three Russian jets violated Estonian airspace": a clause of cause with a
        // subject of its own reports an act of its own.)
        guard from < to,
            // (", and Vice Foreign Minister Sun Weidong summoned …": a comma and "and" before a subject of its own too.)
            let j = (from..<to).first(where: {
                isAny($0, cues.clauseJoiners) || sym($0) == cues.semicolon || isAny($0, cues.causeJoiners)
                    || (sym($0) == cues.w.comma && $0 + 1 < to && sym($0 + 1) == cues.w.and)
                    || (sym($0) == cues.w.comma && $0 + 1 < to && opensAsClause($0 + 1))
                    // ("demanded that Budapest stop blocking the aid as Iran fired missiles at Israel", "… when police
                    // detained …": a clause of time with a subject of its own; not one with a modal, a condition.)
                    || ((isAny($0, cues.timeJoiners) || opensAsClause($0)) && !($0 + 1...to).contains(where: { isAny($0, cues.modals) }))
            })
        else { return false }
        return actors.contains { $0.tokens.lowerBound > j && $0.tokens.upperBound <= to && !$0.afterPreposition && !$0.isPlace }
    }

    /// "…, a claim Berlin promptly rejected", "charges New Delhi dismissed as baseless": the named actor denies the
    /// first act's claim (016) or rejects its demand (120), against that act's source.
    private func reactions(_ si: Int, _ actors: [ActorChunk], against first: Draft) -> [Draft] {
        let r = tokenRange(si)
        guard let source = first.source.country else { return [] }
        var target = first.source
        target.country = source
        var out: [Draft] = []
        // "drawing swift condemnation from Kyiv, Washington and Brussels": each named actor disapproves (111).
        // "a pledge welcomed by Israel but condemned by Palestinian officials": each reaction by its verb (051, 111).
        for k in r where isAny(k, cues.reactionNouns) && sym(k + 1) == cues.from || (isAny(k, cues.condemnVerbs) || isAny(k, cues.praiseVerbs)) && sym(k + 1) == cues.w.by {
            // ("…, drawing a formal protest from Tokyo": a protest made formal is a government's complaint, 114; protests
            // alone may be crowds'.)
            let formal = isAny(k, cues.protestNouns) && (max(r.lowerBound, k - 2)..<k).contains(where: { isAny($0, cues.formalWords) })
            if sym(k + 1) == cues.from {
                // ("prompting an expression of deep regret from Seoul": up to five words between.)
                guard (max(r.lowerBound, k - 5)..<k).contains(where: { isAny($0, cues.drawVerbs) }), !isAny(k, cues.protestNouns) || formal else { continue }
            } else {
                guard (max(r.lowerBound, k - 3)..<k).contains(where: { isAny($0, cues.moveNouns) || isAny($0, cues.claimNouns) || sym($0) == cues.but })
                else { continue }
            }
            guard let (sides, _) = compoundAfter(word: sym(k + 1), from: k, r: r, actors: actors) else { continue }
            let code: ShortCode = isAny(k, cues.praiseVerbs) ? "051" : formal ? "114" : "111"
            for s in sides where (s.country != nil || s.sector == "IGO") && s.country != source {
                out.append(Draft(code: code, root: code == "051" ? 5 : 11, source: party(s), target: target, span: span(k..<(k + 2)), rule: "rule.reaction"))
            }
        }
        if let e = rejoinder(si, actors, against: first, target: target) { out.append(e) }
        return out
    }

    /// "Turkish-mediated talks between …", "a U.S.-brokered agreement": the actor before the hyphen mediates (045) between
    /// each other country the sentence names.
    private func hyphenMediation(_ m: VerbMatch, _ actors: [ActorChunk]) -> [Draft] {
        // ("in violation of a Russian-brokered ceasefire": a mediation named as background is no act of the sentence.)
        guard let mediator = actors.last(where: { $0.tokens.upperBound == m.anchor - 1 }), mediator.sides.count == 1,
            !isAny(mediator.tokens.lowerBound - 1, cues.articles) || sym(mediator.tokens.lowerBound - 2) != cues.w.of
        else { return [] }
        let side = mediator.sides[0]
        guard side.country != nil || side.sector == "IGO" else { return [] }
        return otherCountries(actors.filter { !$0.isPlace }, excluding: side.country.map { [$0] } ?? []).map {
            Draft(code: "045", root: 4, source: party(side), target: party($0), span: span(m.tokens), pattern: m.pattern)
        }
    }

    /// The word that frames a meeting noun ("during", "after", "following", or an opening "Meeting …,") and the noun.
    private func framingMeeting(_ r: Range<Int>) -> (Int, Int)? {
        for d in r {
            // ("Meeting on the island …," names the meeting itself.)
            if sym(d) == cues.meetingWord, d == r.lowerBound || sym(d - 1) == cues.w.comma { return (d, d) }
            // (Writers split on "at talks", where the act, not the talks, is the news: it frames nothing here; but a verb
            // right before "at a summit" or "at a meeting" says where it was done: "agreed at a summit in Tokyo to …".)
            if sym(d) == cues.w.at, d > r.lowerBound, endsInED(d - 1), lexicon.verbFirst.contains(sym(d - 1)), isAny(d + 1, cues.articles),
                d + 2 < r.upperBound, isAny(d + 2, cues.meetingNouns), sym(d + 2) != cues.talks
            {
                return (d, d + 2)
            }
            guard sym(d) == cues.during || sym(d) == cues.after || sym(d) == cues.following else { continue }
            if let noun = (d + 1..<min(r.upperBound, d + 5)).first(where: { isAny($0, cues.meetingNouns) }) { return (d, noun) }
        }
        return nil
    }

    /// The sides of the actor at `i` and of every actor joined to it by "and", commas or an article, with the index of
    /// the last one joined ("Egypt, Qatar and the United States").
    private func joinedSides(from i: Int, _ actors: [ActorChunk]) -> ([ActorChunk.Side], Int) {
        var sides = actors[i].sides
        var i = i
        while i + 1 < actors.count, isJoiner(actors[i].tokens.upperBound, actors[i + 1].tokens.lowerBound) {
            sides += actors[i + 1].sides
            i += 1
        }
        return (sides, i)
    }

    /// The mediator a phrase names ("under the auspices of X", "under the mediation of X", "mediated by X"), with the
    /// phrase's tokens; only a country's actor or an international body mediates.
    private func namedMediator(_ r: Range<Int>, _ actors: [ActorChunk]) -> (Range<Int>, [ActorChunk.Side])? {
        // ("With Qatari mediation, Russia returned four Ukrainian children": a country's adjective before the noun.)
        for k in r.dropFirst() where isAny(k, cues.auspicesNouns) && sym(k + 1) != cues.w.of {
            if let c = actors.first(where: { $0.tokens.upperBound == k && $0.sides.count == 1 && $0.sides[0].country != nil }) {
                return (c.tokens.lowerBound..<(k + 1), c.sides)
            }
        }
        // ("with China acting as mediator", "with Malaysia acting as facilitator", "with Norway as guarantor": the actor
        // named as the mediator.)
        for k in r.dropFirst(2) where isAny(k, cues.mediatorRoles) && sym(k - 1) == cues.as_ {
            let end = isAny(k - 2, cues.actingWords) ? k - 2 : k - 1
            if let c = actors.first(where: { $0.tokens.upperBound == end && !$0.isPlace }) {
                let sides = c.sides.filter { $0.country != nil || $0.sector == "IGO" }
                if !sides.isEmpty { return (c.tokens.lowerBound..<(k + 1), sides) }
            }
        }
        for k in r.dropFirst() where sym(k + 1) == cues.w.of || sym(k + 1) == cues.w.by {
            let auspices = isAny(k, cues.auspicesNouns) && sym(k + 1) == cues.w.of && sym(k - 1) == cues.w.the && sym(k - 2) == cues.under
            // ("freed 46 Ivorian soldiers after mediation by Togo's President": a noun of mediation with "by" too.)
            let by = (isAny(k, cues.mediatedBy) || isAny(k, cues.auspicesNouns)) && sym(k + 1) == cues.w.by
            guard auspices || by else { continue }
            guard let first = actors.firstIndex(where: { !$0.isPlace && $0.tokens.lowerBound >= k + 2 && $0.tokens.lowerBound <= k + 4 }) else { return nil }
            // ("brokered by Egypt, Qatar and the United States": each one joined mediates.)
            var (sides, _) = joinedSides(from: first, actors)
            sides.removeAll { $0.country == nil && $0.sector != "IGO" }
            return sides.isEmpty ? nil : ((auspices ? k - 2 : k)..<actors[first].tokens.upperBound, sides)
        }
        return nil
    }

    /// One side for each country the chunks name other than `excluding`, in order: the parties a mediator mediates between.
    private func otherCountries(_ chunks: [ActorChunk], excluding: [ShortCode]) -> [ActorChunk.Side] {
        var seen = excluding
        var out: [ActorChunk.Side] = []
        for a in chunks {
            for s in a.sides {
                guard let c = s.country, !seen.contains(c) else { continue }
                seen.append(c)
                out.append(s)
            }
        }
        return out
    }

    /// Whether the subject of the verb at `anchor` follows a noun of an act ("a move that Egypt, Qatar and Saudi Arabia
    /// condemned", "a decision Tokyo quickly denounced").
    private func answersMove(_ anchor: Int, _ actors: [ActorChunk], _ r: Range<Int>) -> Bool {
        var j = anchor - 1
        var sawActor = false
        while j > r.lowerBound, anchor - j <= 12 {
            if let a = actors.last(where: { $0.tokens.contains(j) }) {
                sawActor = true
                j = a.tokens.lowerBound - 1
                continue
            }
            guard isAny(j, cues.relativeWhich) || sym(j) == cues.w.comma || sym(j) == cues.w.and || endsInLY(j) else { break }
            j -= 1
        }
        return sawActor && j > r.lowerBound && isAny(j, cues.moveNouns) && (isAny(j - 1, cues.articles) || sym(j - 1) == cues.w.comma)
    }

    /// "…, a claim Minsk rejected": the named actor denies the first act's claim (016) or rejects its demand (120).
    private func rejoinder(_ si: Int, _ actors: [ActorChunk], against first: Draft, target: Draft.Party) -> Draft? {
        let r = tokenRange(si)
        guard let source = first.source.country else { return nil }
        for a in actors where a.sides.count == 1 && a.tokens.lowerBound - 2 >= r.lowerBound && !a.isPlace {
            // "…, a move Chisinau called political pressure", "a step the opposition called illegal": the named actor
            // disapproves (111) of the first act, by the words it chose for it.
            let moveNoun = isAny(a.tokens.lowerBound - 1, cues.moveNouns) ? a.tokens.lowerBound - 1 : a.tokens.lowerBound - 2
            if isAny(moveNoun, cues.moveNouns), sym(moveNoun - 1) == cues.w.comma || isAny(moveNoun - 1, cues.articles),
                let country = a.sides[0].country, country != source || a.sides[0].sector != first.source.sector,
                a.tokens.upperBound < r.upperBound,
                isAny(a.tokens.upperBound, cues.labelVerbs) || isAny(a.tokens.upperBound, cues.condemnVerbs) || isAny(a.tokens.upperBound, cues.rejectVerbs)
            {
                // ("a move Israeli officials dismissed as baseless": a move rejected is rejected, 120.)
                let code: ShortCode = isAny(a.tokens.upperBound, cues.rejectVerbs) ? "120" : "111"
                return Draft(
                    code: code, root: code.root, source: party(a.sides[0]), target: target,
                    span: span(a.tokens.lowerBound..<(a.tokens.upperBound + 1)), rule: "rule.labelled-move")
            }
            let noun = isAny(a.tokens.lowerBound - 1, cues.claimNouns) ? a.tokens.lowerBound - 1 : a.tokens.lowerBound - 2
            guard isAny(noun, cues.claimNouns) || isAny(noun, cues.demandNouns), sym(noun - 1) == cues.w.comma || isAny(noun - 1, cues.articles),
                let country = a.sides[0].country, country != source
            else { continue }
            var v = a.tokens.upperBound
            if v < r.upperBound, endsInLY(v) { v += 1 }
            guard v < r.upperBound, isAny(v, cues.rejectVerbs) else { continue }
            let code: ShortCode = isAny(noun, cues.claimNouns) && first.root != 10 ? "016" : "120"
            return Draft(
                code: code, root: code.root, source: party(a.sides[0]), target: target,
                span: span(a.tokens.lowerBound..<(v + 1)), rule: "rule.rejoinder")
        }
        return nil
    }

    /// Whether the capitalized body noun at `k` ends a name that "the" opens ("The Election Commission", "the
    /// Anti-Corruption Commission"): capitalized words and hyphens back to "the", no lexicon entry among them.
    private func namedBody(_ k: Int, _ r: Range<Int>) -> Bool {
        guard isAny(k, cues.bodyNouns) else { return false }
        var j = k - 1
        while j > r.lowerBound, j > k - 5, (token(j).isCapitalized && token(j).kind == .word && mention(covering: j) == nil) || sym(j) == cues.w.hyphen {
            // ("the European Parliament", "the International Court": a body above states is no state's.)
            if isAny(j, cues.supranational) { return false }
            j -= 1
        }
        return j < k - 1 && sym(j) == cues.w.the
    }

    /// Whether an actor side is a pronoun that stands for no one known ("he" with no country).
    private func unknownPronoun(_ side: ActorChunk.Side) -> Bool {
        side.country == nil && side.sector != "IGO" && ["he", "she", "they"].contains(text.string(side.span).lowercased())
    }

    /// Whether token `k` is a currency sign written against the word before it ("US$", "A$", "HK$").
    private func isCurrencySign(_ k: Int) -> Bool {
        guard k < tokens.count, !token(k).hasSpaceBefore, tokens[k].length == 1 else { return false }
        let b = text.bytes[Int(tokens[k].start)]
        return b == UInt8(ascii: "$")
    }

    private func endsInED(_ k: Int) -> Bool { ends(k, "ed") }
    private func endsInEN(_ k: Int) -> Bool { ends(k, "en") }
    private func endsInLY(_ k: Int) -> Bool { ends(k, "ly") }
    private func endsInING(_ k: Int) -> Bool { ends(k, "ing") }

    /// Whether a relative time ("last week", "earlier this month", "this year") ends right before token `k`.
    private func relativeTime(endingAt k: Int) -> Bool {
        isAny(k - 1, cues.timeUnits) && isAny(k - 2, cues.relativeTimeWords)
    }

    /// The token before `k`, past one adverb of manner or repetition ("…, again accusing", "and later recalled"; "once
    /// again" is one).
    private func beforeAdverb(_ k: Int) -> Int {
        guard isAny(k - 1, cues.verbAdverbs) else { return k - 1 }
        return sym(k - 1) == cues.again && sym(k - 2) == cues.once ? k - 3 : k - 2
    }

    /// Whether the -ed word at `k` is a participle modifying a noun rather than a finite verb.
    private func reducedParticiple(_ k: Int, _ r: Range<Int>, after previousEnd: Int?) -> Bool {
        // ("A Turkish plane with food landed in Port Sudan": a verb that takes no object is never a reduced participle.)
        // ("Authorities in Puntland region appealed for aid", "they remained committed to a peaceful settlement": nor is one
        // that takes no object, or one after a verb of staying.)
        guard endsInED(k), k > r.lowerBound, k + 1 < r.upperBound, !isAny(k, cues.intransitiveArrivals), !isAny(k, cues.objectlessVerbs),
            !isAny(k - 1, cues.stayingVerbs)
        else { return false }
        // "figures released by the agency": information put out is no act on anyone, agent or not.
        if isAny(k - 1, cues.informationNouns) { return true }
        guard !isPassive(k) else { return false }
        let prev = k - 1
        let next = k + 1
        // Before a noun, after a preposition: "supporters of jailed former Prime Minister".
        // ("Moon Jae-in visited Japan": the end of a hyphenated name is no preposition.)
        if isAny(prev, cues.subjectPreps), token(next).kind == .word, !(sym(prev - 1) == cues.w.hyphen && !token(prev).hasSpaceBefore) {
            return true
        }
        // After a noun and before a preposition, with no object: "artworks looted from …", "figures released on
        // Wednesday", "nationals convicted of crimes" ("Turkish warplanes bombed positions" has its object).
        // ("is expected to travel" is the subject's own plan.)
        // ("Russia and Ukraine each handed over 95 prisoners": a floating quantifier or adverb stands between subject and verb.)
        guard token(prev).kind == .word, !isAny(prev, cues.finiteBefore), !isAny(prev, cues.passiveAux), !endsInLY(prev),
            !isAny(prev, cues.floatingWords),
            // ("Morocco and Spain last week agreed to …", "Russia this week offered to mediate": a date between subject and verb.)
            !dates.contains(where: { $0.tokens.upperBound == k }), !relativeTime(endingAt: k),
            isAny(next, cues.subjectPreps),
            // ("Insurgents in Cabo Delgado province killed at least 11 villagers": "at least" counts the object.)
            !(sym(next) == cues.w.at && isAny(next + 1, cues.leastMost)),
            // ("… region kidnapped about 80 pupils": "about" or "over" before a number counts the object too.)
            !((sym(next) == cues.about || sym(next) == cues.over) && next + 1 < r.upperBound
                && isCount(next + 1))
        else { return false }
        // A sector noun, title or group before the verb is its subject ("police arrested in …" is rare), unless an
        // earlier act took it as object.
        if lexicon.agentNounSet.contains(sym(prev)) || isAny(prev, cues.groupNouns) || isAny(prev, cues.groupDeterminers) || token(prev).isCapitalized
            || inName[prev]
            || mention(covering: prev).map({ lexicon.hasEntry($0, .title) }) == true
        {
            // ("cut ties over a cyberattack that Tirana blamed on Tehran", "the attack, which the government blamed on …": a
            // subject after a relative "that" or "which" makes the verb the relative clause's own.)
            var j = prev
            while j > r.lowerBound, prev - j < 5,
                token(j).isCapitalized || isAny(j, cues.articles) || lexicon.agentNounSet.contains(sym(j)) || sym(j) == cues.w.s
            {
                j -= 1
            }
            if j < prev, sym(j) == cues.which
                || (sym(j) == cues.w.that && j > r.lowerBound && token(j - 1).kind == .word && !lexicon.verbFirst.contains(sym(j - 1))
                    && !isAny(j - 1, cues.sayingWords) && !endsInED(j - 1))
            {
                return false
            }
            // ("met Somalia, and both sides agreed …": after "and" or a comma the noun starts a clause of its own.)
            guard let previousEnd else { return false }
            return previousEnd >= prev || !(previousEnd..<prev).contains(where: { sym($0) == cues.w.and || sym($0) == cues.w.comma })
        }
        return true
    }

    /// Whether a statement match closes its sentence after a comma ("…, the minister warned on Friday.").
    private func attribution(_ m: VerbMatch, _ r: Range<Int>) -> Bool {
        guard let comma = (r.lowerBound..<m.anchor).last(where: { sym($0) == cues.w.comma }), m.anchor - comma <= 8 else { return false }
        // ("A car bomb exploded …, and al-Shabaab claimed responsibility.": a clause joined by "and" or "but" is an act of its
        // own, not the report's source.)
        if sym(comma + 1) == cues.w.and || sym(comma + 1) == cues.but { return false }
        return (m.tokens.upperBound..<r.upperBound).allSatisfy { token($0).kind != .word || isAny($0, cues.trailingWords) || mention(covering: $0) != nil }
    }

    /// Whether the word at `k` is a noun after an article or possessive, past at most two modifiers
    /// ("a government crackdown", "their deadliest attack").
    private func nominal(_ k: Int, _ r: Range<Int>) -> Bool {
        if endsInED(k) || isAny(k, cues.pastIrregular) { return false }
        var j = k - 1
        while j >= r.lowerBound, k - j <= 3 {
            if isAny(j, cues.articles) || isAny(j, cues.possessives) || sym(j) == cues.w.s { return true }
            // "arrested 15 Palestinians in overnight raids": a plural noun after a preposition.
            if j < k - 1 || ends(k, "s"), isAny(j, cues.nominalPreps) { return true }
            // Lowercase modifiers, or a country adjective ("a Russian missile strike"); never a name ("The European Union imposed").
            let adjective = mention(covering: j).map { lexicon.hasEntry($0, .countryAdjective) } ?? false
            guard token(j).kind == .word, !token(j).isCapitalized || adjective, !lexicon.verbFirst.contains(sym(j)), !isAny(j, cues.nonModifiers)
            else { return false }
            // ("Niger's military rulers gave …", "Kuwait's crown prince paid …": a sector's noun or a title before the word
            // is its subject, not its modifier.)
            if j == k - 1, lexicon.agentNounSet.contains(sym(j)) && ends(j, "s") || mention(covering: j).map({ lexicon.hasEntry($0, .title) }) == true {
                return false
            }
            j -= 1
        }
        return false
    }

    private func same(_ a: Draft, _ b: Draft) -> Bool {
        a.code == b.code && a.source.country == b.source.country && a.target?.country == b.target?.country
            && a.source.sector == b.source.sector
    }

    /// Whether one of a candidate's last forms may stand after position `after` (from 1) in a sentence's map of last
    /// positions (the padding, -2, never does).
    @inline(__always)
    private static func mayFollow(_ lastAt: UnsafeMutableBufferPointer<UInt8>, _ after: UInt8, _ f: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32)) -> Bool {
        @inline(__always) func follows(_ s: Int32) -> Bool { s >= 0 && lastAt[Int(s) & 1023] > after }
        return follows(f.0) || follows(f.1) || follows(f.2) || follows(f.3) || follows(f.4) || follows(f.5) || follows(f.6) || follows(f.7)
    }

    /// Whether `s` is among `forms`, in increasing order.
    @inline(__always)
    private static func sortedContains(_ forms: UnsafeBufferPointer<Int32>, _ s: Int32) -> Bool {
        var lo = 0
        var hi = forms.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if forms[mid] < s { lo = mid + 1 } else { hi = mid }
        }
        return lo < forms.count && forms[lo] == s
    }

    /// Every pattern that matches in the sentence; where two overlap, the more specific one.
    func verbMatches(in si: Int) -> [VerbMatch] {
        let r = tokenRange(si)
        var found: [VerbMatch] = []
        // The sentence's words as a mask: a pattern of several elements whose last word is surely absent is not tried.
        var words = SymbolMask()
        let skips = dateSkips
        // (Patterns are read through a buffer: a field read never copies the pattern.)
        lexicon.verbPatterns.withUnsafeBufferPointer { pb in
        lexicon.verbCandidates.withUnsafeBufferPointer { cb in
        lexicon.verbCandidateMasks.withUnsafeBufferPointer { mb in
        lexicon.verbCandidateStart.withUnsafeBufferPointer { starts in
        lexicon.verbLastForms.withUnsafeBufferPointer { manyLast in
        lexicon.verbElements.withUnsafeBufferPointer { eb in
        tokens.withUnsafeBufferPointer { tb in
        // The sentence's words in a map of 1,024 slots as well, filled with `words`: each slot holds the last position (from
        // 1, at most 255) of the words that fall in it. A candidate none of whose last forms may stand after the token is not
        // scanned for: one candidate in three passes the 256-bit mask, and only one in ten finds its last word.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1024) { lastAt in
            for k in r {
                let s = tb[k].sym
                // (Most tokens start no pattern: one bit test before the rest.)
                guard lexicon.verbKeys.contains(s) else { continue }
                // "would expel", "plans to impose", "will not release": a base form codes only after a modal or "to".
                // ("claimed responsibility for the attack": a bare noun of violence only after the claim.)
                let claimed = lexicon.claimedFirst.contains(s) && responsibilityClaim(before: k, r) != nil
                // ("Beijing scraps …": a derived present form only right after a name; tested once for the token.)
                // (Every form in presentVerbForms is in derivedPresent too, as progressiveVerbForms is in derivedProgressive.)
                let atHeadline = lexicon.derivedPresent.contains(s) && headlinePresent(k, r)
                let headline = lexicon.presentVerbForms.contains(s) && atHeadline
                // ("Uruguay and Argentina ink a deal", "India, Pakistan exchange fire": a compound subject's headline verb is the
                // base form.)
                // ("Tens of thousands rally in Tbilisi against …", "Opposition supporters march in Dakar": so is a protest's base
                // verb after a plural crowd.)
                let pluralHeadline = ((lexicon.derivedBaseForms.contains(s) || lexicon.baseVerbForms.contains(s)) && compoundHeadline(k, r))
                    || (cues.protestBaseVerbs.contains(s) && crowdBefore(k, r))
                // ("The Pentagon is shipping shells to Kyiv": a derived "-ing" form codes only after a form of "be".)
                // ("Moscow responded by declaring 45 Polish diplomats persona non grata": an answer's "by" names the act.)
                let derivedIng = lexicon.derivedProgressive.contains(s)
                let progressiveBe = derivedIng
                    && (afterBe(k, r) || (k - 2 >= r.lowerBound && sym(k - 1) == cues.w.by && isAny(k - 2, cues.answeringVerbs)))
                // ("South Korea began shipping 400,000 tonnes of rice to North Korea": a begun act is one, by a row that names
                // its object: "Tokyo began releasing treated wastewater" is no release of anyone.)
                let progressiveBegun = derivedIng && !progressiveBe && k - 1 >= r.lowerBound && isAny(k - 1, cues.beginVerbs)
                let progressive = progressiveBe || progressiveBegun
                guard lexicon.verbFirst.contains(s) || (lexicon.baseVerbForms.contains(s) && afterModal(k, r))
                    || (lexicon.progressiveVerbForms.contains(s) && progressive) || headline || pluralHeadline || claimed || lexicon.ownerFirst.contains(s)
                else { continue }
                // ("the Kigali Genocide Memorial", "South Africa's Special Investigating Unit launched a probe": a capitalized word
                // between capitalized words is part of a name, and must not take the words of the act after it.)
                if k > r.lowerBound, k + 1 < r.upperBound, tb[k].isCapitalized, tb[k - 1].isCapitalized, tb[k + 1].isCapitalized,
                    tb[k - 1].kind == .word, !endsInED(k), !ends(k, "s")
                {
                    continue
                }
                if words.isEmpty {
                    lastAt.initialize(repeating: 0)
                    for t in r {
                        let w = tb[t].sym
                        words.insert(w)
                        if w >= 0 { lastAt[Int(w) & 1023] = UInt8(min(t - r.lowerBound + 1, 255)) }
                    }
                }
                // (Whether a modal or "to" stands before the token: read once for all its candidates, and only if one asks.)
                lazy var modal = afterModal(k, r)
                // (The token's own tests that rule a candidate out by one of its flags, as one mask: a present form away from a
                // headline, an "-ing" form with no "be" or verb of beginning before it, a claimed-only row with no claim.)
                let ruledOut = (atHeadline ? 0 : VerbCandidate.Flags.present) | (progressive ? 0 : VerbCandidate.Flags.progressive)
                    | (claimed ? 0 : VerbCandidate.Flags.claimedOnly)
                // (The candidates' facts are read from one compact array, in place: a candidate is a large value; a pattern
                // itself only once its last word is found.)
                let first = cb.baseAddress.unsafelyUnwrapped
                for ci in Int(starts[Int(s)])..<Int(starts[Int(s) + 1]) {
                    // (Most candidates have several words and fail on their last, surely absent from the sentence: that test
                    // first, before the token's own, on the packed masks.)
                    if !words.intersects(mb[ci]) { continue }
                    let c = first + ci
                    if c.pointee.flags & ruledOut != 0 { continue }
                    let p = Int(c.pointee.pattern)
                    // ("a warrant for his arrest": a hostile act's form derived for one row codes only after a modal, though
                    // another row lists it.)
                    if c.pointee.root >= 14, c.pointee.has(VerbCandidate.Flags.derived), !modal, !pluralHeadline { continue }
                    // ("a visit seen as a sign of thawing relations": a form derived from another row's past form, between an
                    // article and "of", is a noun; not a meeting's noun, which names its act: "the visit of the President".)
                    if c.pointee.has(VerbCandidate.Flags.derived), !modal, c.pointee.root != 4, k > r.lowerBound, k + 1 < r.upperBound,
                        cues.articles.contains(tb[k - 1].sym), tb[k + 1].sym == cues.w.of
                    {
                        continue
                    }
                    // ("cut internet and phone lines": a form derived from another row's past form, with no modal before it, is
                    // a noun when a lowercase noun follows it; "the Chinese phone maker Vivo" too.)
                    if c.pointee.has(VerbCandidate.Flags.derived), !pluralHeadline, k + 1 < r.upperBound, tb[k + 1].kind == .word, !tb[k + 1].isCapitalized,
                        ends(k + 1, "s") || isAny(k + 1, cues.compoundHeads), !isAny(k + 1, cues.nounPrepositions), !modal, sym(k - 1) != cues.w.by
                    {
                        continue
                    }
                    // ("holding talks in Yangon with …": "talks", derived from "talked", is that row's verb only in a headline: in
                    // `ruledOut`, as is an "-ing" form with nothing before it that makes it an act.)
                    // (A begun act is one only by a row that names its object; or a protest or force, whose bare verb names the
                    // act: "troops began shelling the town", "crowds began marching on parliament".)
                    if c.pointee.has(VerbCandidate.Flags.progressive), progressiveBegun && c.pointee.elementCount == 1 && c.pointee.root < 14 { continue }
                    // ("Sudan's army-backed government cut relations …": a verb inside a hyphenated adjective is no act, and
                    // must not take the words of the act after it; only a mediator's "-brokered" is kept, for its talks.)
                    // ("Pyongyang test-fired a missile": "test-" leaves the verb an act.)
                    if !tb[k].hasSpaceBefore, !c.pointee.has(VerbCandidate.Flags.mediation), insideHyphenatedWord(k, r) { continue }
                    // ("the attack on Kyiv" is no act of its own; "claimed responsibility for the attack" is the claimant's: in
                    // `ruledOut`.)
                    if c.pointee.elementCount > 1, !c.pointee.has(VerbCandidate.Flags.placeLast) {
                        // Most candidates fail on their last word: look for it in reach before trying the gaps (a token whose
                        // bit the last word's mask lacks is surely none of its forms).
                        let reach = min(r.upperBound, k + 11 * Int(c.pointee.elementCount))
                        var t = k + 1
                        let after = UInt8(min(k - r.lowerBound + 1, 254))
                        if c.pointee.has(VerbCandidate.Flags.fewLast) {
                            guard Self.mayFollow(lastAt, after, c.pointee.lastForms) else { continue }
                            while t < reach, !(mb[ci].mayContain(tb[t].sym) && c.pointee.lastFormsContain(tb[t].sym)) { t += 1 }
                        } else {
                            // (The forms are in increasing order: a binary search in place, not the pattern's set.)
                            let forms = UnsafeBufferPointer(rebasing: manyLast[c.pointee.manyLast])
                            guard forms.contains(where: { lastAt[Int($0) & 1023] > after }) else { continue }
                            while t < reach, !mb[ci].mayContain(tb[t].sym) || !Self.sortedContains(forms, tb[t].sym) { t += 1 }
                        }
                        if t >= reach { continue }
                    }
                    let elements = UnsafeBufferPointer(rebasing: eb[Int(c.pointee.elementStart)..<Int(c.pointee.elementStart) + Int(c.pointee.elementCount)])
                    // (Two in three candidates whose last word is in reach still fail: most for a word between that the sentence
                    // lacks, which the sentence's mask tells before the gaps are tried.)
                    if elements.count > 2, !Self.middleMayMatch(elements, words) { continue }
                    let found1 = matchFrom(elements, 0, k, r.upperBound, tb, skips)
                    if let end = found1 {
                        // ("pledged $100 million in aid for war-hit Sudan", "the quake-stricken region": a participle closing a
                        // hyphenated adjective is no word of an act.)
                        if end - 2 > k, !tb[end - 1].hasSpaceBefore, tb[end - 2].sym == cues.w.hyphen, isAny(end - 1, cues.hitAdjectiveEnds) {
                            continue
                        }
                        // ("ordered 2,000 National Guard troops to Los Angeles", but "ordered his forces to advance on Tripoli",
                        // "ordered Russian troops to pull out": troops ordered "to" a verb are ordered to act, not sent to a
                        // place; the act's own row reads them.)
                        if tb[end - 1].sym == cues.w.to_, cues.orderVerbs.contains(tb[k].sym), end < r.upperBound, tb[end].kind == .word,
                            !tb[end].isCapitalized, !cues.articles.contains(tb[end].sym), !cues.possessives.contains(tb[end].sym),
                            !cues.directions.contains(tb[end].sym)
                        {
                            continue
                        }
                        // ("pledged to resolve their border dispute through peaceful negotiations": talks named as the means of
                        // another act are no meeting.)
                        if cues.meansTalks.contains(tb[k].sym), k - 1 >= r.lowerBound,
                            tb[k - 1].sym == cues.w.through || tb[k - 1].sym == cues.w.via
                                || (k - 2 >= r.lowerBound && (tb[k - 2].sym == cues.w.through || tb[k - 2].sym == cues.w.via) && tb[k - 1].kind == .word
                                    && !tb[k - 1].isCapitalized)
                        {
                            continue
                        }
                        // ("police sealed off the area around parliament": a place cordoned off is no deal sealed, only blockaded.)
                        if c.pointee.root != 19, tb[k].sym == cues.sealed, k + 1 < r.upperBound, tb[k + 1].sym == cues.off { continue }
                        // ("summoned Russia's envoy and later expelled two diplomats", "detained a Russian journalist, Moscow
                        // expelled …": a row in passive order with no "was" and no "by" reads no verb across "and" or a comma,
                        // which starts the next act.)
                        if pb[p].passive, tb[end - 1].sym != cues.w.by, !(k..<end).contains(where: { isAny($0, cues.passiveAux) }),
                            (k + 1..<end - 1).contains(where: { sym($0) == cues.w.and || sym($0) == cues.w.comma })
                        {
                            continue
                        }
                        // (Room for a few, made at the first match: most sentences without one allocate nothing.)
                        if found.isEmpty { found.reserveCapacity(8) }
                        found.append(VerbMatch(pattern: p, anchor: k, tokens: k..<end, specificity: Int(c.pointee.specificity)))
                    }
                }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        if found.count < 2 {
            if let m = found.first, verbFacts(m.pattern).blocks { found.removeAll() }
            return found
        }
        found.sort {
            let a = $0.specificity
            let b = $1.specificity
            if a != b { return a > b }
            // (A row that codes nothing wins a tie at its word: it is there to say the words are no act.)
            if $0.anchor == $1.anchor, verbFacts($0.pattern).blocks != verbFacts($1.pattern).blocks { return verbFacts($0.pattern).blocks }
            // ("announced that Washington would lift sanctions": of two equally specific patterns ending on the same word,
            // the nearer verb governs it, not a verb the other's gap reaches back to.)
            // ("proposed holding talks" keeps the outer verb: only a verb of its own clause, after "that" or a modal, is nearer.)
            if $0.tokens.upperBound == $1.tokens.upperBound, $0.anchor != $1.anchor,
                ownClause(max($0.anchor, $1.anchor), after: min($0.anchor, $1.anchor))
            {
                return $0.anchor > $1.anchor
            }
            // Equally specific: the pattern that reads further says more ("called for a ceasefire" over "called for").
            if $0.tokens.count != $1.tokens.count { return $0.tokens.count > $1.tokens.count }
            // ("would accept African Union mediation": of two rows reading the same words, one that codes only a refusal
            // yields to one that codes the act; refused, the act's row codes the same refusal.)
            if $0.anchor == $1.anchor {
                let a = verbFacts($0.pattern).refusal
                if a != verbFacts($1.pattern).refusal { return !a }
            }
            return $0.anchor < $1.anchor
        }
        // The matches no better one overlaps, kept in place at the front (no second array per sentence).
        var kept = 0
        for i in found.indices where !found[0..<kept].contains(where: { $0.tokens.overlaps(found[i].tokens) }) {
            found.swapAt(kept, i)
            kept += 1
        }
        found.removeLast(found.count - kept)
        // (A row that codes nothing has done its work: the rows it overlapped are gone.)
        found.removeAll { verbFacts($0.pattern).blocks }
        found.sort { $0.anchor < $1.anchor }
        return found
    }

    /// Whether every word element between a pattern's first and last may stand in the sentence whose mask is `words`.
    @inline(__always) static func middleMayMatch(_ elements: UnsafeBufferPointer<PatternElement>, _ words: SymbolMask) -> Bool {
        for i in 1..<(elements.count - 1) where !elements[i].isGap && !elements[i].isPlace {
            if !words.intersects(elements[i].mask) { return false }
        }
        return true
    }

    /// Whether the verb at `k` opens a clause of its own after the verb at `outer`: "that", "which" or a comma between
    /// them, or a modal right before it ("announced that Washington would lift sanctions").
    private func ownClause(_ k: Int, after outer: Int) -> Bool {
        isAny(k - 1, cues.modals) || (outer + 1..<k).contains(where: { sym($0) == cues.w.that || sym($0) == cues.which || sym($0) == cues.w.comma })
    }

    /// The accusation (112) or demand (100) a rejection answers, by its owner: the actor before the noun ("US demands",
    /// "Kyiv's accusations") or after "by"/"from" ("accusations by a UN expert panel").
    private func answeredClaims(_ m: VerbMatch, _ d: Draft, _ actors: [ActorChunk], _ r: Range<Int>) -> [Draft] {
        // ("rejected U.S. President Donald Trump's demand": the noun may stand past a titled owner, in the same phrase.)
        guard let k = (m.anchor + 1..<min(r.upperBound, m.anchor + 10)).first(where: {
            isAny($0, cues.claimNouns) || isAny($0, cues.demandsProper) || isAny($0, cues.appealNouns) || isAny($0, cues.proposalNouns)
        }), !(m.anchor + 1..<k).contains(where: {
            sym($0) == cues.w.comma || (lexicon.verbFirst.contains(sym($0)) && sym($0 - 1) != cues.w.s && !isAny($0 - 1, cues.articles))
        })
        else { return [] }
        // ("rejected Cambodia's call for third-party mediation": an appeal for mediation is 028.)
        let mediation = (isAny(k, cues.appealNouns) || isAny(k, cues.proposalNouns))
            && (k + 1..<min(r.upperBound, k + 20)).contains(where: { isAny($0, cues.mediationNouns) })
        // ("rejected U.S. calls for a pause", "rebuffed Argentina's call for new sovereignty talks", "rejected a proposal to hold
        // talks": any other call, appeal or proposal is the rejection's object only, as the writers of most development
        // tables code it.)
        if !mediation, !isAny(k, cues.demandsProper), !isAny(k, cues.claimNouns) { return [] }
        // ("dismissed a report by UN experts accusing it of …": a report is an accusation only where it accuses in words.)
        if isAny(k, cues.reportNouns), !(k + 1..<min(r.upperBound, k + 8)).contains(where: { isAny($0, cues.accusingWords) }) { return [] }
        // ("Kyiv's accusations", "U.S. accusations": the owner ends right before the noun, or before its possessive or the
        // abbreviation's point.)
        // ("Donald Trump's renewed calls": past the possessive, lowercase adjectives.)
        var owners = actors.last(where: { a in
            a.tokens.lowerBound > m.anchor && a.tokens.upperBound <= k && k - a.tokens.upperBound <= 3
                && (a.tokens.upperBound..<k).allSatisfy({
                    sym($0) == cues.w.s || sym($0) == cues.w.period || (token($0).kind == .word && !token($0).isCapitalized)
                })
                && (a.tokens.upperBound == k || sym(a.tokens.upperBound) == cues.w.s || sym(a.tokens.upperBound) == cues.w.period)
        })?.sides.first.map { [$0] } ?? []
        // ("rejected calls by France, Germany and Britain": every owner after "by".)
        if owners.isEmpty, sym(k + 1) == cues.w.by || sym(k + 1) == cues.from,
            let (group, _) = compoundAfter(word: sym(k + 1), from: k, r: r, actors: actors)
        {
            owners = group
        }
        let code: ShortCode = mediation ? "028" : isAny(k, cues.demandsProper) ? "100" : "112"
        return owners.compactMap { o -> Draft? in
            guard o.country.map({ $0 != d.source.country }) ?? (o.sector == "IGO") else { return nil }
            var e = d
            e.code = code
            e.root = code.root
            e.source = party(o)
            e.target = d.source
            e.pattern = -1
            e.rule = "rule.answered-claim"
            e.answersFirst = false
            return e
        }
    }

    /// Whether the sentence reports a death of old age ("has died in Accra aged 84").
    private func obituary(_ r: Range<Int>) -> Bool {
        guard let d = r.first(where: { isAny($0, cues.deathWords) }) else { return false }
        // ("died at his home in Plains, Georgia, at the age of 100".)
        return (d + 1..<min(r.upperBound, d + 8)).contains { sym($0) == cues.aged }
            || (d + 1..<min(r.upperBound, d + 14)).contains { sym($0) == cues.age && $0 + 1 < r.upperBound && sym($0 + 1) == cues.w.of }
    }

    /// Whether the sentence opens on pundits giving their view ("Analysts say", "Some experts believe").
    private func punditView(_ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        func opens(_ k: Int) -> Bool { isAny(k, cues.pundits) || isAny(k, cues.watchers) }
        if k < r.upperBound, token(k).kind == .word, !opens(k), k + 1 < r.upperBound, opens(k + 1) { k += 1 }
        guard opens(k) else { return false }
        // ("Diplomats fear …", "Residents of Goma fear …", "Diplomats said … was unlikely": a watcher's fear or hedged
        // word.)
        let watcher = !isAny(k, cues.pundits)
        func opinion(_ v: Int) -> Bool {
            if isAny(v, cues.fearVerbs) { return true }
            guard isAny(v, cues.opinionVerbs) else { return false }
            return !watcher || (v + 1..<min(r.upperBound, v + 12)).contains(where: { isAny($0, cues.hedges) })
        }
        // ("Analysts in Islamabad said …", "Experts at the institute say …", "Residents of Bukavu fear …": where they sit
        // is no matter.)
        if k + 2 < r.upperBound, isAny(k + 1, cues.locationPreps) || sym(k + 1) == cues.w.of,
            let v = (k + 2..<min(r.upperBound, k + 7)).first(where: { isAny($0, cues.opinionVerbs) || isAny($0, cues.fearVerbs) }),
            (k + 2..<v).allSatisfy({ token($0).isCapitalized || isAny($0, cues.articles) || sym($0) == cues.w.of })
        {
            return opinion(v)
        }
        // ("Diplomats said privately that … may soon recall": the hedge is looked for past the adverb.)
        return opinion(k + 1)
    }

    /// "Beijing scraps most of its rules", "Erdogan orders the expulsion of …": a headline's present verb stands right
    /// after a name (a country, city, person or ministry, not an adjective: "Israeli strikes") and before no preposition
    /// of a noun ("Israel strikes on Gaza").
    private func headlinePresent(_ k: Int, _ r: Range<Int>) -> Bool {
        // ("Haitian gang kidnaps 17 missionaries": a number may open the object; "Indian missiles strike 'terror camps'":
        // a quotation mark too.)
        let o = isAny(k + 1, cues.quoteMarks) ? k + 2 : k + 1
        // ("Georgians rally against foreign agents bill": a protest's verb takes a preposition.)
        // ("Pakistani, Afghan Taliban forces clash at Torkham": so does a fight's.)
        // ("Gunmen kill at least 44 in …": "at least" counts the object, and is no place; "Saudi Arabia deposits $2 billion
        // in …": a sum's sign opens it.)
        guard k > r.lowerBound, o < r.upperBound, !token(k).isCapitalized,
            !isAny(o, cues.nounPrepositions) || isAny(k, cues.protestBaseVerbs) || isAny(k, cues.clashBaseVerbs)
                || (sym(o) == cues.w.at && isAny(o + 1, cues.leastMost)),
            token(o).kind == .word || token(o).kind == .number || isAny(o, cues.currencySigns)
        else { return false }
        // ("Haitian gang kidnaps 17 missionaries", "Thai court dissolves Move Forward party": in a headline, one with no
        // closing stop, the verb may follow a noun of an actor too.)
        if headlineAgent(k, r) { return true }
        // ("U.S. sanctions Nicaraguan Vice President …": in a headline, a name may end in its abbreviation's stop; "against U.S.
        // charges that" is a noun.)
        guard token(k - 1).isCapitalized || (sym(k - 1) == cues.w.period && isHeadline(r)), let m = mention(covering: k - 1), Int(m.end) == k,
            token(Int(m.start)).isCapitalized, !m.has(EntryKind.mask(.countryAdjective))
        else { return false }
        // ("World Bank halts new funding to Uganda": an organisation's name too, in a headline: "Taliban forces" is a noun.)
        return m.has(EntryKind.mask(.country, .city, .person, .ministry)) || (m.has(EntryKind.mask(.group, .forum)) && isHeadline(r))
    }

    /// Whether the word at `k` is a verb form derived from a row's past form standing as a headline's verb: a present form
    /// after a name or a noun of an actor ("Poland moves troops", "Haitian gang kidnaps"), a base form after a noun of an
    /// actor ("Protesters storm").
    private func headlineVerb(_ k: Int, _ r: Range<Int>) -> Bool {
        // ("US jets bombed targets": a noun of an actor right before a past verb that starts a row is that verb's subject.)
        if k + 1 < r.upperBound, lexicon.agentNounSet.contains(sym(k)), lexicon.verbFirst.contains(sym(k + 1)),
            endsInED(k + 1) || isAny(k + 1, cues.pastIrregular)
        {
            return false
        }
        // ("Bangladesh opposition boycotts election": a present form a row lists itself too.)
        return ((lexicon.derivedPresent.contains(sym(k)) || (lexicon.verbFirst.contains(sym(k)) && ends(k, "s"))) && headlinePresent(k, r))
            || (lexicon.derivedBaseForms.contains(sym(k)) && headlineAgent(k, r))
    }

    /// Whether the sentence is a headline whose verb at `k` follows a one-word noun of an actor ("gang", "court",
    /// "protesters").
    private func headlineAgent(_ k: Int, _ r: Range<Int>) -> Bool {
        // ("Thailand's Constitutional Court dissolves …": a body's capitalized noun too.)
        guard k - 1 >= r.lowerBound else { return false }
        if lexicon.agentNounSet.contains(sym(k - 1)) { return isHeadline(r) }
        // ("Thailand's army chief warns …", "Russian security services detain …": one or two lowercase nouns after a noun of
        // an actor, a country's adjective or a possessive end the subject too.)
        var j = k - 1
        while j >= max(r.lowerBound, k - 2), token(j).kind == .word, !token(j).isCapitalized, !endsInED(j), !isAny(j, cues.pastIrregular),
            !isAny(j, cues.articles), !isAny(j, cues.nounPrepositions), sym(j) != cues.w.and, !isAny(j, cues.clauseJoiners)
        {
            j -= 1
            guard j >= r.lowerBound else { return false }
            if j < k - 1, lexicon.agentNounSet.contains(sym(j)) || sym(j) == cues.w.s
                || mention(EntryKind.mask(.countryAdjective), endingAt: j + 1)
            {
                return isHeadline(r)
            }
        }
        return false
    }

    /// Whether a mention of one of `kinds` ends right before `end` (its last token is `end - 1`).
    private func mention(_ kinds: UInt32, endingAt end: Int) -> Bool {
        mention(covering: end - 1).map({ $0.has(kinds) && Int($0.end) == end }) == true
    }

    /// Whether a plural crowd stands right before `k`: a number word ("thousands") or a plural lowercase noun of people
    /// ("supporters", "protesters").
    private func crowdBefore(_ k: Int, _ r: Range<Int>) -> Bool {
        guard k - 1 >= r.lowerBound, token(k - 1).kind == .word, !token(k - 1).isCapitalized, ends(k - 1, "s") else { return false }
        return isAny(k - 1, cues.quantityWords) || lexicon.agentNounSet.contains(sym(k - 1))
    }

    /// Whether the sentence ends in no full stop, question or exclamation mark: a headline.
    private func isHeadline(_ r: Range<Int>) -> Bool {
        token(r.upperBound - 1).kind == .word || (sym(r.upperBound - 1) != cues.w.period && !isAny(r.upperBound - 1, cues.sentenceMarks))
    }

    /// "Uruguay and Argentina ink a deal", "India, Pakistan exchange fire": a headline's base verb right after two names
    /// joined by "and" or a comma (countries, cities, people or ministries).
    private func compoundHeadline(_ k: Int, _ r: Range<Int>) -> Bool {
        // ("Jihadists kill hundreds in attack on …", "Protesters storm Kenyan parliament": a headline's base verb after a
        // plural noun of an actor.)
        // ("Houthis threaten to target …": or after a group's plural name.)
        // ("Spain, Ireland and Norway formally recognise Palestinian state": past an adverb.)
        if k - 2 >= r.lowerBound, endsInLY(k - 1), !token(k - 1).isCapitalized { return compoundHeadline(k - 1, r) }
        // ("Palestinians march in Gaza against Jewish settlements": a protest's verb after a people's plural name.)
        if isAny(k, cues.protestBaseVerbs), k - 1 >= r.lowerBound, k + 1 < r.upperBound, ends(k - 1, "s"), isHeadline(r),
            mention(EntryKind.mask(.countryAdjective), endingAt: k)
        {
            return true
        }
        guard headlinePresent(k, r) else { return false }
        if ends(k - 1, "s") || isAny(k - 1, cues.pluralAgents),
            headlineAgent(k, r) || mention(EntryKind.mask(.group), endingAt: k)
        {
            return true
        }
        guard let m = mention(covering: k - 1) else { return false }
        let j = Int(m.start) - 1
        guard j - 1 >= r.lowerBound, sym(j) == cues.w.and || sym(j) == cues.w.comma else { return false }
        // ("Sudanese army, RSF battle for Khartoum": or a country's noun of an actor before the second name.)
        if lexicon.agentNounSet.contains(sym(j - 1)), j - 2 >= r.lowerBound, isHeadline(r),
            mention(EntryKind.mask(.country, .countryAdjective), endingAt: j - 1)
        {
            return true
        }
        return mention(EntryKind.mask(.country, .city, .person, .ministry), endingAt: j)
    }

    /// Whether a modal or "to" stands before token `k`, past "not" and adverbs ("would not immediately release").
    private func afterModal(_ k: Int, _ r: Range<Int>) -> Bool {
        let j = pastFillers(before: k, r)
        return j >= r.lowerBound && (sym(j) == cues.w.to_ || isAny(j, cues.modals))
    }

    /// The token before `k` past up to two words of "not", adverbs and fillers ("would not immediately", "was not
    /// immediately").
    private func pastFillers(before k: Int, _ r: Range<Int>) -> Int {
        var j = k - 1
        // ("will 'drastically reduce'": a quotation mark opening the quoted words too.)
        while j > r.lowerBound, k - j <= 3, sym(j) == cues.w.not || endsInLY(j) || isAny(j, cues.modalFillers) || isAny(j, cues.quoteMarks) { j -= 1 }
        return j
    }

    /// Whether a form of "be" stands before token `k`, past "not" and adverbs ("was not immediately sending").
    private func afterBe(_ k: Int, _ r: Range<Int>) -> Bool {
        let j = pastFillers(before: k, r)
        // ("protesters who were demanding his resignation" describe the protesters, as "protesters demanding" does.)
        return j >= r.lowerBound && isAny(j, cues.beForms) && !(j > r.lowerBound && (sym(j - 1) == cues.who || isAny(j - 1, cues.relativeWhich)))
    }

    /// Matches pattern elements from token `t`; returns the token after the match.
    private func matchFrom(
        _ elements: UnsafeBufferPointer<PatternElement>, _ e: Int, _ t: Int, _ limit: Int, _ tokens: UnsafeBufferPointer<Token>, _ skips: [Int32]
    ) -> Int? {
        if e == elements.count { return t }
        if elements[e].isGap {
            // Up to five words; numbers and punctuation ("$5.5 million") come free, fourteen tokens at most ("the 19-year-old U.S.
            // trade embargo"). (A hyphenated word is one: "their annual two-plus-two ministerial consultations".)
            var skip = 0
            var words = 0
            while words <= 5 && skip <= 14 && t + skip <= limit {
                if let end = matchFrom(elements, e + 1, t + skip, limit, tokens, skips) { return end }
                // ("launched an investigation into the air strike": an inquiry's noun is the act the verb opens; a gap does
                // not pass it to reach the act inquired into.)
                // ("sent condolences to Iran after the helicopter crash": nor a word that opens a clause of cause or time.)
                // (Talks are no stop: "agreed during talks on Monday to speed up work".)
                if t + skip < limit, cues.gapStops.contains(tokens[t + skip].sym) { return nil }
                // ("moved tens of thousands of Republican Guard troops": quantities, and the "of" after one, are free too.)
                if t + skip < limit, token(t + skip).kind == .word, skip == 0 || token(t + skip - 1).sym != cues.w.hyphen,
                    !cues.quantityWords.contains(tokens[t + skip].sym),
                    // (A name after a comma or "and" that follows a name is part of a list of names: "Iran's Fordow, Natanz and
                    // Isfahan".)
                    !(skip > 1 && token(t + skip).isCapitalized && token(t + skip - 2).isCapitalized
                        && (token(t + skip - 1).sym == cues.w.comma || token(t + skip - 1).sym == cues.w.and)),
                    !(skip > 0 && tokens[t + skip].sym == cues.w.of && cues.quantityWords.contains(token(t + skip - 1).sym))
                {
                    words += 1
                }
                skip += 1
            }
            return nil
        }
        guard t < limit else { return nil }
        // ("Russian missiles struck Kharkiv", "captured Avdiivka": a place's name from the cities lexicon, whole.)
        if elements[e].isPlace {
            guard mentionAt[t] >= 0 else { return nil }
            let m = mentions[Int(mentionAt[t])]
            guard Int(m.start) == t, Int(m.end) <= limit, lexicon.hasEntry(m, .city) else { return nil }
            // ("seize Moscow theatre": a place's name before a noun names the noun's place, no place acted on.)
            let next = Int(m.end)
            if next < limit, tokens[next].kind == .word, tokens[next].isCapitalized || !(isAny(next, cues.nonModifiers) || isAny(next, cues.trailingWords) || isAny(next, cues.placeFollowers)) {
                return nil
            }
            return matchFrom(elements, e + 1, Int(m.end), limit, tokens, skips)
        }
        // ("saw 'no prospect whatsoever'", "remains 'cautiously hopeful'": a quotation mark between two words of a pattern
        // is no word of it.)
        if e > 0, cues.quoteMarks.contains(tokens[t].sym), t + 1 < limit { return matchFrom(elements, e, t + 1, limit, tokens, skips) }
        // ("people held since March": the month is no word of a pattern, though lowercase "march" is.)
        if elements[e].forms.contains(tokens[t].sym), !(token(t).isCapitalized && cues.monthNouns.contains(tokens[t].sym)) {
            return matchFrom(elements, e + 1, t + 1, limit, tokens, skips)
        }
        // "pledged on Sunday to give", "agreed on Friday to resume": a date between two words of a pattern is no word of it.
        if e > 0, skips[t] > t, Int(skips[t]) < limit, elements[e].forms.contains(tokens[Int(skips[t])].sym) {
            return matchFrom(elements, e + 1, Int(skips[t]) + 1, limit, tokens, skips)
        }
        return nil
    }

    /// Whether a person's words follow "supporters of" or "followers of", past the person's title and country adjective:
    /// "Supporters of Senegalese opposition leader Ousmane Sonko".
    private func supportersOf(_ s: Span) -> Bool {
        guard let k = tokenIndex(startingAt: s.start) else { return false }
        var j = k - 1
        while j >= 1, k - j <= 6, sym(j) != cues.w.comma, !lexicon.verbFirst.contains(sym(j)) {
            if sym(j) == cues.w.of { return isAny(j - 1, cues.followerNouns) }
            j -= 1
        }
        return false
    }

    /// Whether the clause after a match ending on "that" opens with another country's actor than the subject's ("officials
    /// admitted that India had passed on warnings": India's act is reported, not admitted by India).
    private func othersAfterThat(_ m: VerbMatch, _ actors: [ActorChunk], _ r: Range<Int>) -> Bool {
        guard let next = actors.first(where: { $0.tokens.lowerBound >= m.tokens.upperBound && $0.tokens.lowerBound <= m.tokens.upperBound + 3 }),
            let c = next.sides.first?.country
        else { return false }
        // ("admitted that the Ukrainian passenger jet had been shot down": a passive's subject is the one acted on.)
        // ("admitted that Ukraine International Airlines Flight 752 had been shot down": past the rest of a long name.)
        for j in next.tokens.upperBound..<min(r.upperBound, next.tokens.upperBound + 8) {
            if isAny(j, cues.passiveAux) { return false }
            if j - next.tokens.upperBound >= 4, !(token(j).isCapitalized || token(j).kind == .number || isAny(j, cues.perfectAux)) { break }
        }
        let subject = actors.last(where: { $0.tokens.upperBound <= m.anchor && !$0.isPlace && !$0.afterPreposition })?.sides.first?.country
        return subject != nil && c != subject
    }

    /// Whether the words `chunk` stand right after "with" and right before an "-ing" verb, whose subject they are ("…, with
    /// police firing tear gas at demonstrators", "with U.S. envoy Amos Hochstein shuttling between the two sides").
    private func subjectAfterWith(_ chunk: Range<Int>, _ r: Range<Int>) -> Bool {
        sym(chunk.lowerBound - 1) == cues.w.with && chunk.upperBound < r.upperBound && endsInING(chunk.upperBound)
            && lexicon.verbFirst.contains(sym(chunk.upperBound))
    }

    /// The first actor before `anchor` that can be a subject (no place, none after a preposition): the sentence's subject
    /// where an act names none of its own.
    private func openingSubject(before anchor: Int, _ actors: [ActorChunk]) -> ActorChunk? {
        actors.first(where: { !$0.isPlace && !$0.afterPreposition && $0.tokens.upperBound <= anchor })
    }

    /// Whether an actor's words end in "s" ("supporters", "police officers"): a crowd or a force, not one person.
    private func plural(_ s: Span) -> Bool {
        s.end > s.start && text.bytes[s.end - 1] | 0x20 == UInt8(ascii: "s")
    }

    /// The last token of a span that starts on a token ("Bangladesh protesters" ends on "protesters"), within range `r`;
    /// nil when no token starts it.
    private func lastToken(of s: Span, within r: Range<Int>) -> Int? {
        guard let k = tokenIndex(startingAt: s.start) else { return nil }
        return (k..<r.upperBound).first(where: { Int(tokens[$0].end) >= s.end }) ?? k
    }

    /// The token that starts at scalar `start`, found by halving (tokens stand in text order).
    private func tokenIndex(startingAt start: Int) -> Int? {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < start { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && Int(tokens[lo].start) == start ? lo : nil
    }

    /// Whether an armed actor's words end on a noun that names no side ("gunmen", "militants", "assailants").
    private func faceless(_ s: Span) -> Bool {
        // (The token ending the span, found by halving: tokens stand in text order.)
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].end) < s.end { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && Int(tokens[lo].end) == s.end ? isAny(lo, cues.facelessNouns) : true
    }

    /// Whether tokens `a` and `b` are the same word, as written.
    private func sameWord(_ a: Int, _ b: Int) -> Bool {
        let x = tokens[a]
        let y = tokens[b]
        guard x.length == y.length else { return false }
        let bytes = text.bytes
        for i in 0..<Int(x.length) where bytes[Int(x.start) + i] != bytes[Int(y.start) + i] { return false }
        return true
    }

    /// The actors of one sentence, in order.
    func actorChunks(
        in si: Int, people: [PersonMention], parties: [ShortCode], issuer: ShortCode?, lastPerson: inout ActorChunk.Side?
    ) -> [ActorChunk] {
        let r = tokenRange(si)
        let before = lastPerson
        var chunks: [ActorChunk] = []
        /// People named by ethnicity ("ethnic Armenians"): where their chunk starts, and the ethnicity's country.
        var ethnicPeople: [(Int, ShortCode)] = []
        /// Where "the country", "the island" stand (the noun's token).
        var anaphors: [Int] = []
        chunks.reserveCapacity(8)
        var covered: [Range<Int>] = []
        for p in people where p.sentence == si {
            var side = personSide(p, issuer: issuer)
            var tokens = p.tokens
            // ("Kenyan opposition leader Raila Odinga", "rebel commander …": a sector noun before a name with no title of
            // its own gives the person's sector.)
            if p.titleRow == nil {
                var j = tokens.lowerBound - 1
                if j > r.lowerBound, isAny(j, cues.roleWords) { j -= 1 }
                if j >= r.lowerBound, let row = lexicon.agentNouns[sym(j)], let sector = ShortCode(lexicon.agents[row].sector), sector != "GOV" {
                    side.sector = sector
                    tokens = j..<tokens.upperBound
                }
            }
            // ("Guyana's President Irfaan Ali and Venezuela's Nicolas Maduro met": a country's possessive before a name is
            // the person's, one actor, so a compound joins the two.)
            if p.titleRow == nil, tokens.lowerBound - 2 >= r.lowerBound, sym(tokens.lowerBound - 1) == cues.w.s,
                let c = (max(r.lowerBound, tokens.lowerBound - 5)..<(tokens.lowerBound - 1)).lazy.compactMap({ self.country(at: $0) })
                    .first(where: { Int($0.mention.end) == tokens.lowerBound - 1 }),
                side.country == nil || side.country == ShortCode(c.iso3)
            {
                tokens = Int(c.mention.start)..<tokens.upperBound
                if side.country == nil { side.country = ShortCode(c.iso3) }
            }
            var chunk = ActorChunk(tokens: tokens, sides: [side], isPerson: true)
            // "talks with President X", "supporters of jailed former Prime Minister X": no subject.
            // ("…, with U.S. envoy Amos Hochstein shuttling between the two sides": after "with", the subject of the "-ing"
            // verb right after the name.)
            chunk.afterPreposition = isPreposition(p.tokens.lowerBound) && !subjectAfterWith(tokens, r)
            chunks.append(chunk)
            lastPerson = side
            covered.append(tokens)
        }
        let placeKinds = EntryKind.mask(.country, .countryAdjective, .ministry, .city, .group, .forum, .title)
        var k = r.lowerBound
        while k < r.upperBound {
            defer { k += 1 }
            if !covered.isEmpty, covered.contains(where: { $0.contains(k) }) { continue }
            // Most tokens start no lexicon entry an actor can come from: only sector nouns, groups and pronouns remain.
            let startsEntry = mention(startingAt: k).map { $0.has(placeKinds) } ?? false
            let located = startsEntry && isLocation(k)
            // ("a US$20-billion loan": a country's letters before a currency sign are the currency; so are its name or
            // adjective before the currency's name: "2.5 billion US dollars", "Hong Kong dollars".)
            if startsEntry, let c = country(at: k),
                !(Int(c.mention.end) < r.upperBound && (isCurrencySign(Int(c.mention.end)) || (isAny(Int(c.mention.end), cues.currencyNames) && namesCurrency(c.mention, k))))
            {
                let end = Int(c.mention.end)
                // "the pro-Russian Victory bloc", "anti-French protests": a stance names no actor.
                if k >= r.lowerBound + 2, sym(k - 1) == cues.w.hyphen, !token(k).hasSpaceBefore, isAny(k - 2, cues.stancePrefixes) {
                    k = end - 1
                    continue
                }
                // "thousands of Kenyans": a plural demonym is the country's people.
                let people = !lexicon.hasEntry(c.mention, .country) && lexicon.hasEntry(c.mention, .countryAdjective)
                    && text.bytes[Int(token(end - 1).end) - 1] == UInt8(ascii: "s")
                // ("clashed with ethnic Albanian rebels", "killing dozens of ethnic Albanians": an ethnicity names no state; its
                // people are the place's.)
                // (Where the sentence names no place, the people are the ethnicity's country's: "a blockade of ethnic
                // Armenians".)
                if sym(k - 1) == cues.ethnic, !lexicon.hasEntry(c.mention, .country) {
                    if people {
                        var chunk = single(k - 1..<end, nil, "PPL")
                        chunk.sides[0].domestic = true
                        chunks.append(chunk)
                        if let country = ShortCode(c.iso3) { ethnicPeople.append((k - 1, country)) }
                    }
                    k = end - 1
                    continue
                }
                // "Puerto Jordan": a country name after a capitalized word no lexicon knows is part of a place name.
                if k > r.lowerBound + 1, lexicon.hasEntry(c.mention, .country), token(k - 1).kind == .word, token(k - 1).isCapitalized,
                    mention(covering: k - 1) == nil, !inName[k - 1], !isAny(k - 1, cues.determiners), !isAny(k - 1, cues.articles)
                {
                    k = end - 1
                    continue
                }
                var chunk = single(k..<end, ShortCode(c.iso3), people ? "PPL" : "GOV")
                // "a nightclub in Kocani, North Macedonia": the country of a place is a place too.
                let placeApposition = sym(k - 1) == cues.w.comma && k >= r.lowerBound + 3
                    && (end >= r.upperBound || sym(end) == cues.w.comma || sym(end) == cues.w.period || isAny(end, cues.subjectPreps))
                    && (max(r.lowerBound, k - 5)..<(k - 1)).last(where: { isAny($0, cues.locationPreps) }).map({ j in
                        (j + 1..<(k - 1)).allSatisfy { token($0).isCapitalized }
                    }) == true
                chunk.isPlace = located || placeApposition
                // ("ended its Zimbabwe sanctions programme": a country after a possessive is a modifier, no subject.)
                chunk.afterPreposition = located || placeApposition || isPreposition(k) || isAny(k - 1, cues.possessives)
                chunks.append(chunk)
                k = end - 1
                continue
            }
            // ("Kyiv, Washington and Brussels condemned": a city that is also an organisation's seat, as an actor, is the organisation.)
            if startsEntry, !located, let c = city(at: k), let (m, e) = entry(at: k, .group), m.end == c.mention.end {
                var chunk = single(k..<Int(m.end), lexicon.agents[Int(e.row)].country.flatMap { ShortCode($0) }, ShortCode(lexicon.agents[Int(e.row)].sector))
                chunk.afterPreposition = isPreposition(k)
                chunks.append(chunk)
                k = Int(m.end) - 1
                continue
            }
            if startsEntry, let c = city(at: k) {
                let end = Int(c.mention.end)
                var chunk = single(k..<end, ShortCode(c.city.country), "GOV")
                chunk.isPlace = located || !c.city.isCapital || (end < r.upperBound && token(end).isCapitalized && sym(end) != cues.w.s)
                // ("was expelled by Kuala Lumpur": a city that acts after "by" is its government, capital or not.)
                if chunk.isPlace, !located, k > r.lowerBound, sym(k - 1) == cues.w.by, end == r.upperBound || !token(end).isCapitalized { chunk.isPlace = false }
                chunk.afterPreposition = located || isPreposition(k)
                chunks.append(chunk)
                k = end - 1
                continue
            }
            if startsEntry, let (m, e) = entry(at: k, .group), !located {
                let g = lexicon.agents[Int(e.row)]
                // ("Gunmen from the West Papua National Liberation Army": a group's name after capitalized words is part of
                // another's name, of no country known.)
                if g.country != nil, k > r.lowerBound + 1, token(k - 1).kind == .word, token(k - 1).isCapitalized, !isAny(k - 1, cues.articles),
                    !isAny(k - 1, cues.determiners), mention(covering: k - 1).map({ !$0.has(EntryKind.mask(.country, .countryAdjective)) }) ?? true,
                    token(k - 2).kind == .word, token(k - 2).isCapitalized
                {
                    k = Int(m.end) - 1
                    continue
                }
                var chunk = single(k..<Int(m.end), g.country.flatMap { ShortCode($0) }, ShortCode(g.sector))
                chunk.afterPreposition = isPreposition(k)
                chunks.append(chunk)
                k = Int(m.end) - 1
                continue
            }
            if let row = agentNounRow(at: k).map({ reliefTeam(k, $0) }), let chunk = agentChunk(k, row, r, &chunks) {
                chunks.append(chunk)
                k = max(k, chunk.tokens.upperBound - 1)
                continue
            }
            if startsEntry, let (m, e) = entry(at: k, .forum), !located, lexicon.forums[Int(e.row)].label != "multilateral forums" {
                // ("Israel's ambassador to the United Nations, Gilad Erdan, demanded": an organisation after a preposition is no subject.)
                var chunk = single(k..<Int(m.end), nil, "IGO")
                chunk.afterPreposition = isPreposition(k)
                chunks.append(chunk)
                k = Int(m.end) - 1
                continue
            }
            // "… met his Venezuelan counterpart, and the two sides agreed …": the meeting's parties, else the two
            // countries the sentence named before.
            if isAny(k, cues.groupStarts), let g = groupEnd(at: k, r), let pair = parties.count >= 2 ? parties : namedPair(before: chunks) {
                let sides = pair.map { ActorChunk.Side(country: $0, sector: "GOV", span: span(k..<g)) }
                chunks.append(ActorChunk(tokens: k..<g, sides: sides))
                k = g - 1
                continue
            }
            // "Kuwait's emir telephoned …": a title with no name.
            if startsEntry, let (m, e) = entry(at: k, .title), !located, !isAny(k - 1, cues.groupDeterminers), let chunk = titleChunk(k, m, e, r, &chunks) {
                chunks.append(chunk)
                k = max(k, chunk.tokens.upperBound - 1)
                continue
            }
            // "… Paraguayan President Santiago Pena in Asuncion, and Pena pledged …": a surname alone is the person
            // named before with it.
            if token(k).kind == .word, token(k).isCapitalized, !startsEntry, mention(covering: k) == nil,
                k + 1 >= r.upperBound || !token(k + 1).isCapitalized || token(k + 1).kind != .word,
                let p = people.last(where: {
                    ($0.sentence < si || ($0.sentence == si && $0.tokens.upperBound <= k)) && $0.nameTokens.count >= 2
                        && sameWord($0.nameTokens.upperBound - 1, k)
                })
            {
                var side = personSide(p, issuer: issuer)
                side.span = span(k..<(k + 1))
                var chunk = ActorChunk(tokens: k..<(k + 1), sides: [side], isPerson: true)
                chunk.afterPreposition = isPreposition(k)
                chunks.append(chunk)
                continue
            }
            // ("imposed sanctions on the country", "drills around the island": resolved once every actor before it is known.)
            // ("the Kingdom's readiness" is a name of the speaker's own; "a state visit to the country" is left to the visit's
            // host rules.)
            if isAny(k, cues.countryAnaphors), k > r.lowerBound, sym(k - 1) == cues.w.the, !token(k).isCapitalized,
                !(k >= r.lowerBound + 3 && sym(k - 2) == cues.w.to && isAny(k - 3, cues.journeyNouns))
            {
                anaphors.append(k)
                continue
            }
            // "He thanked Chancellor Scholz": the last person named before the pronoun.
            // (", and he urged Tehran …" after "Sisi spoke by phone with Pezeshkian": a new clause's pronoun is the subject
            // of the first, the first person named as no object.)
            // ("held a phone call with …, during which he reiterated …": so is one after "during which".)
            let newClause = k >= 2 && ((sym(k - 1) == cues.w.and && sym(k - 2) == cues.w.comma) || (sym(k - 1) == cues.which && sym(k - 2) == cues.during))
            if isAny(k, cues.thirdPerson),
                let p = (newClause ? chunks.first(where: { $0.isPerson && !$0.afterPreposition && $0.tokens.upperBound <= k }) : nil)?.sides[0]
                    ?? chunks.last(where: { $0.isPerson && $0.tokens.upperBound <= k })?.sides[0] ?? before
            {
                chunks.append(ActorChunk(tokens: k..<(k + 1), sides: [ActorChunk.Side(country: p.country, sector: p.sector, span: span(k..<(k + 1)))]))
                continue
            }
            // "Mali's government said it would free …", "Museveni said his country was ready to …": the pronoun of a
            // reported clause is the speaker (a country or body for "it", a person's country for "his country").
            if isAny(k, cues.speakerPronouns), isAny(k - 1, cues.reportClause), k + 1 < r.upperBound {
                let ownCountry = sym(k) == cues.w.his || sym(k) == cues.w.her
                guard !ownCountry || sym(k + 1) == cues.country else { continue }
                let end = ownCountry ? k + 2 : k + 1
                if let speaker = reportSpeaker(before: k, r, chunks),
                    ownCountry || !speaker.isPerson, let country = speaker.sides[0].country
                {
                    let sector = ownCountry ? "GOV" : speaker.sides[0].sector
                    chunks.append(ActorChunk(tokens: k..<end, sides: [ActorChunk.Side(country: country, sector: sector, span: span(k..<end))]))
                    k = end - 1
                }
            }
        }
        // ("“We will not negotiate with terrorists,” Netanyahu said": in a quote, "we" and "I" are its speaker, the
        // actor right after the closing quote.)
        if let (open, close) = quotation(r) {
            let speaker = chunks.filter { $0.tokens.lowerBound > close && $0.tokens.lowerBound <= close + 4 && $0.sides.count == 1 && !$0.isPlace }
                .min { $0.tokens.lowerBound < $1.tokens.lowerBound }
            if let speaker, let side = speaker.sides.first {
                for k in open + 1..<close where isAny(k, cues.firstPerson) {
                    chunks.append(ActorChunk(tokens: k..<(k + 1), sides: [ActorChunk.Side(country: side.country, sector: side.sector, span: span(k..<(k + 1)))]))
                }
            }
        }
        // ("He conveyed his deepest condolences …, the Tanzanian State House said": a pronoun opening a sentence, with no
        // one named before it, is of the body the sentence closes by quoting.)
        if isAny(r.lowerBound, cues.thirdPerson), !chunks.contains(where: { $0.tokens.lowerBound == r.lowerBound }),
            let said = (min(r.upperBound, r.lowerBound + 3)..<r.upperBound).last(where: { isAny($0, cues.reportClause) && sym($0) != cues.w.that }),
            let speaker = chunks.last(where: {
                $0.tokens.upperBound <= said && $0.tokens.upperBound >= said - 3 && $0.sides.count == 1 && !$0.isPlace
                    && (sym($0.tokens.lowerBound - 1) == cues.w.comma || sym($0.tokens.lowerBound - 2) == cues.w.comma)
            }),
            let country = speaker.sides[0].country
        {
            chunks.append(ActorChunk(tokens: r.lowerBound..<(r.lowerBound + 1), sides: [
                ActorChunk.Side(country: country, sector: speaker.sides[0].sector, span: span(r.lowerBound..<(r.lowerBound + 1)))
            ]))
        }
        // ("fired shells at the South Korean island …, and the South fired back": in a sentence about the two Koreas, "the
        // North" and "the South" are their states.)
        if chunks.contains(where: { $0.sides.contains { $0.country == "PRK" || $0.country == "KOR" } }) {
            for k in r.dropFirst() where (sym(k) == cues.north || sym(k) == cues.south) && token(k).isCapitalized && sym(k - 1) == cues.w.the
                && (k + 1 >= r.upperBound || !token(k + 1).isCapitalized) && !chunks.contains(where: { $0.tokens.contains(k) })
            {
                chunks.append(single(k - 1..<(k + 1), sym(k) == cues.north ? "PRK" : "KOR", "GOV"))
            }
        }
        chunks.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        if !ethnicPeople.isEmpty, SentenceActors.placeCountry(of: chunks) == nil {
            for (start, country) in ethnicPeople {
                guard let c = chunks.firstIndex(where: { $0.tokens.lowerBound == start }) else { continue }
                chunks[c].sides[0].country = country
                chunks[c].sides[0].domestic = false
            }
        }
        // "Hamas political leader Ismail Haniyeh", "Taliban spokesman Zabihullah Mujahid": the organisation before
        // a titled person of no known country is the person's.
        for c in chunks.indices.dropFirst() where chunks[c].isPerson && chunks[c].sides.count == 1 && chunks[c].sides[0].country == nil {
            var prev = chunks[c - 1]
            // (Chunks may overlap when a name runs into the next one's words: no gap, no organisation before it.)
            guard prev.tokens.upperBound <= chunks[c].tokens.lowerBound else { continue }
            // Up to three words between: "Chinese Foreign Ministry spokesperson Lin Jian".
            let gap = prev.tokens.upperBound..<chunks[c].tokens.lowerBound
            // ("Israel's ambassador to the United Nations, Gilad Erdan, demanded": a name set off after a title, which
            // may end on the body it is posted to.)
            let appositive = gap.count == 1 && sym(gap.lowerBound) == cues.w.comma && !prev.isPerson
            if appositive, prev.afterPreposition, c >= 2, chunks[c - 2].sides.count == 1, chunks[c - 2].sides[0].country != nil,
                prev.tokens.lowerBound - chunks[c - 2].tokens.upperBound <= 2
            {
                prev = chunks[c - 2]
            }
            guard prev.sides.count == 1, !prev.isPlace, gap.count <= 3,
                appositive || gap.allSatisfy({ sym($0) == cues.w.s || (token($0).kind == .word && token($0).isCapitalized && !lexicon.verbFirst.contains(sym($0))) })
            else { continue }
            // ("NATO Secretary General Mark Rutte": an organisation's officer has no country and is no domestic actor.)
            guard let country = prev.sides[0].country else {
                if prev.sides[0].sector == "IGO" {
                    chunks[c].sides[0].sector = "IGO"
                    chunks[c].sides[0].domestic = false
                }
                continue
            }
            chunks[c].sides[0].country = country
            chunks[c].sides[0].domestic = false
            if let sector = prev.sides[0].sector, sector != "GOV" { chunks[c].sides[0].sector = sector }
        }
        // "American and Philippine troops": the noun after the second adjective is the first's too.
        // ("Indian, Chinese troops clash at the border post": so does a comma.)
        for c in chunks.indices.dropLast() where chunks[c].sides.count == 1 && chunks[c].tokens.count == 1 && !chunks[c].isPerson {
            let next = chunks[c + 1]
            guard next.sides.count == 1, next.tokens.count > 1, sym(chunks[c].tokens.upperBound) == cues.w.and || sym(chunks[c].tokens.upperBound) == cues.w.comma,
                chunks[c].tokens.upperBound + 1 == next.tokens.lowerBound,
                let m = mention(startingAt: chunks[c].tokens.lowerBound), lexicon.hasEntry(m, .countryAdjective),
                let n = mention(startingAt: next.tokens.lowerBound), lexicon.hasEntry(n, .countryAdjective)
            else { continue }
            chunks[c].sides[0].sector = next.sides[0].sector
        }
        // "British officials and journalists": a country word before the first noun covers the second.
        for c in chunks.indices.dropFirst() where chunks[c].sides.count == 1 && chunks[c].sides[0].domestic && chunks[c].sides[0].country == nil {
            let prev = chunks[c - 1]
            if prev.sides.count == 1, let country = prev.sides[0].country, !prev.isPlace,
                isJoiner(prev.tokens.upperBound, chunks[c].tokens.lowerBound)
            {
                chunks[c].sides[0].country = country
            }
        }
        // "The Dutch defence ministry said the foreign ministry had summoned …", "Kenya's police chief said officers …": a
        // body with no country of its own, first in a reported clause, is the speaker's.
        for c in chunks.indices.dropFirst() where chunks[c].sides.count == 1 && chunks[c].sides[0].domestic && chunks[c].sides[0].country == nil {
            var v = chunks[c].tokens.lowerBound - 1
            if sym(v) == cues.w.the { v -= 1 }
            if sym(v) == cues.w.that { v -= 1 }
            guard isAny(v, cues.reportClause), sym(v) != cues.w.that,
                let speaker = chunks[..<c].last(where: { $0.tokens.upperBound <= v }), speaker.tokens.upperBound >= v - 1,
                !speaker.isPlace, !speaker.afterPreposition, speaker.sides.count == 1, let country = speaker.sides[0].country
            else { continue }
            chunks[c].sides[0].country = country
        }
        // ("The Chief of Army Staff, Lt. Gen. Tukur Buratai, held talks in N'Djamena with …, the Nigerian Army said": an
        // opening official or force of no country is of the body the closing attribution names, not of the place.)
        // (The subject: the first chunk, opening the sentence, and a title or name set off after it by a comma.)
        if let first = chunks.first, first.tokens.lowerBound <= r.lowerBound + 1, first.sides.count == 1, first.sides[0].domestic,
            first.sides[0].country == nil, first.sides[0].sector == "GOV" || first.sides[0].sector == "MIL", let c = closingAttribution(r, chunks)
        {
            chunks[0].sides[0].country = c
            if chunks.count > 1, sym(first.tokens.upperBound) == cues.w.comma, chunks[1].tokens.lowerBound == first.tokens.upperBound + 1,
                chunks[1].sides.count == 1, chunks[1].sides[0].country == nil
            {
                chunks[1].sides[0].country = c
            }
        }
        if !anaphors.isEmpty { resolveAnaphors(anaphors, &chunks) }
        // "Inspectors from the OPCW began examining …", "International monitors from the OSCE began investigating": the
        // people an international body sends are the body, as the subject.
        var c = 0
        while c < chunks.count {
            defer { c += 1 }
            guard chunks[c].afterPreposition, !chunks[c].isPlace, chunks[c].sides.count == 1, chunks[c].sides[0].sector == "IGO",
                chunks[c].sides[0].country == nil
            else { continue }
            var j = chunks[c].tokens.lowerBound - 1
            if j > r.lowerBound, isAny(j, cues.articles) { j -= 1 }
            // (Only as the sentence's opening subject: "…, investigators from the OPCW concluded in a report" is an
            // attribution, which other rules read.)
            guard j - 1 >= r.lowerBound, sym(j) == cues.from || sym(j) == cues.w.of, isAny(j - 1, cues.envoyNouns),
                j - 1 - r.lowerBound <= 3, (r.lowerBound..<(j - 1)).allSatisfy({ token($0).kind == .word || sym($0) == cues.w.hyphen })
            else { continue }
            chunks[c].tokens = (j - 1)..<chunks[c].tokens.upperBound
            chunks[c].afterPreposition = isPreposition(j - 1)
            if let e = chunks.firstIndex(where: { $0.tokens.contains(j - 1) && $0.tokens.upperBound <= j }) {
                chunks.remove(at: e)
                if e < c { c -= 1 }
            }
        }
        // A sector's people with no country of their own are where the sentence happens ("in Dhaka").
        if chunks.contains(where: { $0.sides.contains(where: \.domestic) }), let place = SentenceActors.placeCountry(of: chunks) {
            for c in chunks.indices {
                for s in chunks[c].sides.indices where chunks[c].sides[s].domestic && chunks[c].sides[s].country == nil {
                    chunks[c].sides[s].country = place
                }
            }
        }
        return chunks
    }

    /// "The country", "the island", "the kingdom" after a sentence has named countries: the last country named before it,
    /// with the one named before that kept as the alternative for acts by the last (see `Side.anaphorAlternative`).
    /// ("Macron welcomed Lebanon's new president … and promised France would help rebuild the country's army": Lebanon.)
    /// A chunk of several countries names none of them alone; nothing named before leaves the noun no actor.
    private func resolveAnaphors(_ anaphors: [Int], _ chunks: inout [ActorChunk]) {
        // ("his tenure in the country", "crossed into the north of the country": a place the sentence already placed, left
        // to the rules of places.)
        for k in anaphors where !isLocation(k) && !(k >= 3 && sym(k - 2) == cues.w.of && isAny(k - 3, cues.countryParts)) {
            var last: ShortCode?
            var alternative: ShortCode?
            // (Only a state or its officials: "the Afghan Taliban", "Chinese warships" or "the Russian-led alliance" are no
            // country the noun points back to.)
            // (A place is no state acting: "the head of the mission in Kosovo … to leave the country" is the one who ordered it.)
            for c in chunks where c.tokens.upperBound < k && !c.isPlace {
                guard let country = c.sides.first?.country, c.sides.allSatisfy({ $0.country == country && $0.sector == "GOV" }),
                    sym(c.tokens.upperBound) != cues.w.hyphen
                else { continue }
                if country != last {
                    alternative = last
                    last = country
                }
            }
            guard let last else { continue }
            var side = ActorChunk.Side(country: last, sector: "GOV", span: span(k - 1..<(k + 1)))
            side.anaphor = true
            side.anaphorAlternative = alternative
            var chunk = ActorChunk(tokens: k - 1..<(k + 1), sides: [side])
            chunk.afterPreposition = isPreposition(k)
            let at = chunks.firstIndex(where: { $0.tokens.lowerBound > k }) ?? chunks.endIndex
            chunks.insert(chunk, at: at)
        }
    }

    /// The saying word of "said it had carried out", "said they carried them out": a verb of saying, a pronoun, perhaps
    /// "had", and "carried out" (or "conducted", "staged").
    private func claimedCarriedOut(_ si: Int) -> Int? {
        let r = tokenRange(si)
        for k in r where isAny(k, cues.carriedOut) {
            guard let j = pronounSubject(before: k, r), isAny(j - 1, cues.sayingWords) else { continue }
            // ("carried out the attack", "carried them out": "out" within two words.)
            guard sym(k) != cues.carriedOutFirst || sym(k + 1) == cues.out || sym(k + 2) == cues.out else { continue }
            return j - 1
        }
        return nil
    }

    /// The pronoun subject of the verb at `k`, perhaps with "had" between ("it had promised", "they carried"), when a word
    /// stands before the pronoun inside the sentence.
    private func pronounSubject(before k: Int, _ r: Range<Int>) -> Int? {
        var j = k - 1
        if isAny(j, cues.perfectAux) { j -= 1 }
        return j - 1 > r.lowerBound && isAny(j, cues.clauseSubjects) ? j : nil
    }

    /// Whether the pledge at `k` stands in a clause with no relative word after the plural noun it describes: a noun, a
    /// pronoun subject, perhaps "had", then the pledge ("prisoners it had promised to release", "reforms they pledged").
    private func pledgeDescribesNoun(_ k: Int, _ r: Range<Int>) -> Bool {
        guard let j = pronounSubject(before: k, r) else { return false }
        let n = j - 1
        return token(n).kind == .word && !token(n).isCapitalized && ends(n, "s") && !isAny(n, cues.reportClause)
            && !isAny(n, cues.sayingWords) && !isAny(n, cues.announceVerbs)
    }

    /// The marks that open and close a sentence's quotation: the first pair of double marks ("“We will not negotiate …,”
    /// Netanyahu said"), or a single mark opening the sentence and one closing it after a comma or "?" ("'We are
    /// ready for talks with Kyiv,' Peskov told reporters": a lone single mark elsewhere is an apostrophe, "the rebels'").
    private func quotation(_ r: Range<Int>) -> (Int, Int)? {
        if let open = r.first(where: { sym($0) == cues.quote }) {
            guard let close = (open + 1..<r.upperBound).first(where: { sym($0) == cues.quote }) else { return nil }
            return (open, close)
        }
        guard r.count > 3, sym(r.lowerBound) == cues.singleQuote,
            let close = (r.lowerBound + 2..<r.upperBound).first(where: {
                sym($0) == cues.singleQuote && (sym($0 - 1) == cues.w.comma || sym($0 - 1) == cues.questionMark)
            })
        else { return nil }
        return (r.lowerBound, close)
    }

    /// The speaker of a passive threat whose modal stands at `k`, and where the threat's clause starts: the one named right
    /// after the closing mark of the quotation that opens the sentence and holds the threat ("'Any attack will be met
    /// with force,' the army chief said"), or in a closing attribution after the clause that opens the sentence, else the
    /// subject of the nearest verb of saying before it, its clause broken by no lone comma ("Pakistan warned on Saturday
    /// that any strike would be met with a response").
    private func passiveThreatSpeaker(before k: Int, _ r: Range<Int>, _ actors: [ActorChunk]) -> (ActorChunk.Side, Int)? {
        if let (open, close) = quotation(r), open == r.lowerBound, close > k {
            guard let c = actors.first(where: { $0.tokens.lowerBound > close && $0.tokens.lowerBound <= close + 4 && !$0.isPlace && $0.sides.count == 1 }),
                c.sides[0].country != nil
            else { return nil }
            return (c.sides[0], open + 1)
        }
        // ("Any foreign contingents deployed in Ukraine will become legitimate targets, the Russian Foreign Ministry warned":
        // a clause that opens the sentence, its speaker named after the last comma, before a verb of saying.)
        if let comma = (k + 1..<r.upperBound).last(where: { sym($0) == cues.w.comma }), r.upperBound - comma <= 12,
            !(r.lowerBound..<k).contains(where: { sym($0) == cues.w.comma || isAny($0, cues.reportClause) }),
            (comma + 1..<r.upperBound).contains(where: { isAny($0, cues.reportClause) && sym($0) != cues.w.that }),
            let c = actors.first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 3 && !$0.isPlace && $0.sides.count == 1 }),
            c.sides[0].country != nil
        {
            return (c.sides[0], r.lowerBound)
        }
        guard k - 1 > r.lowerBound,
            // ("Israel vowed that Hezbollah would pay a heavy price": or of vowing.)
            let j = (r.lowerBound..<k).last(where: { (isAny($0, cues.reportClause) || isAny($0, cues.vowVerbs)) && sym($0) != cues.w.that }),
            // (Commas in pairs set off an aside: "that the captured Indian pilot, Wing Commander Abhinandan, would be released".)
            (j + 1..<k).filter({ sym($0) == cues.w.comma }).count % 2 == 0, !(j + 1..<k).contains(where: { isAny($0, cues.quoteMarks) }),
            let speaker = compoundBefore(j, actors).first, speaker.country != nil
        else { return nil }
        return (speaker, j + 1)
    }

    /// The speaker of a reported clause whose pronoun stands at `k` (right after the report word): the nearest actor before
    /// it that is no place and follows no preposition, except that
    /// - the one told is no speaker: "Italy has formally notified China that it will pull out", "The White House warned
    ///   Uganda that it could cut aid" (the actor before the verb of telling speaks);
    /// - a report verb joined by "and" or "but" to the first clause shares its subject: "Khartoum denounced Washington's
    ///   decision …, but said it would keep cooperating", "Mexico suspended relations with Ecuador after Ecuadorian police
    ///   entered its embassy, and announced it would …";
    /// - ", which said" speaks for the actor right before the comma, even after a preposition: "ending ties with Taiwan,
    ///   which said it had cut relations first".
    /// (Read only when a pronoun follows a report word.)
    private func reportSpeaker(before k: Int, _ r: Range<Int>, _ chunks: [ActorChunk]) -> ActorChunk? {
        let v = k - 1
        if v - 2 >= r.lowerBound, sym(v - 1) == cues.which || sym(v - 1) == cues.who, sym(v - 2) == cues.w.comma,
            let c = chunks.last(where: { $0.tokens.upperBound == v - 2 }), !c.isPlace, c.sides.count == 1
        {
            return c
        }
        if sym(v) != cues.w.that, v - 1 >= r.lowerBound, sym(v - 1) == cues.w.and || sym(v - 1) == cues.but,
            let first = chunks.first(where: { $0.isSoleSubject && $0.tokens.upperBound <= v })
        {
            return first
        }
        guard let last = chunks.last(where: { $0.tokens.upperBound <= v && $0.isSoleSubject }) else { return nil }
        if isTold(last, before: k, r),
            let teller = chunks.last(where: { $0.tokens.upperBound <= last.tokens.lowerBound - 1 && $0.isSoleSubject })
        {
            return teller
        }
        return last
    }

    /// The one told in "warned Uganda that it …", "notified China on Friday that it …": the nearest actor before the "that"
    /// of the pronoun at `k`, when a verb of telling stands right before it.
    private func toldAddressee(before k: Int, _ r: Range<Int>, _ chunks: [ActorChunk]) -> ActorChunk? {
        guard let last = chunks.last(where: { $0.tokens.upperBound <= k - 1 && $0.isSoleSubject }), isTold(last, before: k, r) else { return nil }
        return last
    }

    /// Whether chunk `c`, the nearest actor before the "that" of the pronoun at `k`, is the one a verb of telling right
    /// before it tells.
    private func isTold(_ c: ActorChunk, before k: Int, _ r: Range<Int>) -> Bool {
        k - 1 > r.lowerBound && sym(k - 1) == cues.w.that && c.tokens.lowerBound - 1 >= r.lowerBound
            && isAny(c.tokens.lowerBound - 1, cues.addresseeVerbs)
    }

    /// The country of the body a sentence's closing attribution names: "…, the Nigerian Army said", "…, Colombia's
    /// Fiscalia said in a statement" (the words after the last comma hold a verb of saying and one actor of one country).
    private func closingAttribution(_ r: Range<Int>, _ actors: [ActorChunk]) -> ShortCode? {
        guard let comma = r.last(where: { sym($0) == cues.w.comma }), r.upperBound - comma <= 15,
            (comma + 1..<r.upperBound).contains(where: { isAny($0, cues.creditVerbs) || isAny($0, cues.reportClause) && sym($0) != cues.w.that })
        else { return nil }
        // (Its own country word: "the army said" names none.)
        let named = actors.filter { $0.tokens.lowerBound > comma && !$0.isPlace && $0.sides.count == 1 && $0.sides[0].country != nil && !$0.sides[0].domestic }
        if named.count == 1 { return named[0].sides[0].country }
        guard named.isEmpty else { return nil }
        // ("…, the Ministry of External Affairs in New Delhi said in a statement": a body of no country word is of the
        // capital it is placed in.)
        for (i, a) in actors.enumerated().dropFirst() where a.isPlace && a.tokens.lowerBound > comma + 2 && a.sides.count == 1 {
            let body = actors[i - 1]
            guard body.tokens.lowerBound > comma, !body.isPlace, !body.isPerson, body.sides.count == 1, body.sides[0].domestic,
                body.tokens.upperBound + 1 == a.tokens.lowerBound, sym(body.tokens.upperBound) == cues.w.in_
            else { continue }
            return a.sides[0].country
        }
        return nil
    }

    /// The two countries of the actors so far, when there are exactly two.
    private func namedPair(before chunks: [ActorChunk]) -> [ShortCode]? {
        var found: [ShortCode] = []
        for c in chunks where !c.isPlace { for s in c.sides { if let country = s.country, !found.contains(country) { found.append(country) } } }
        return found.count == 2 ? found : nil
    }

    /// ("Spanish rescue teams arrived in Morocco", "a Chinese medical team": a team named by its work of relief is of
    /// medics, an actor; any other team makes its phrase none, "Italy's national football team".)
    private func reliefTeam(_ k: Int, _ row: Int) -> Int {
        // (As the subject of the verb right after it: "ready to send rescue teams" names what is sent, not who receives it.)
        guard lexicon.agents[row].kind == .nonactor, k > 0, isAny(k - 1, cues.reliefTeamWork), k + 1 < tokens.count,
            lexicon.verbFirst.contains(sym(k + 1)) || endsInED(k + 1) || isAny(k + 1, cues.passiveAux) || isAny(k + 1, cues.pastIrregular),
            let medics = lexicon.agentNouns[cues.medicsNoun]
        else { return row }
        return medics
    }

    /// A sector's head noun as an actor, with the words before it: "Iranian security forces",
    /// "Bangladesh's main opposition party", "police officers in Nairobi". A country word before it
    /// is merged into the chunk (and removed from `chunks`).
    private func agentChunk(_ k: Int, _ row: Int, _ r: Range<Int>, _ chunks: inout [ActorChunk]) -> ActorChunk? {
        // ("Protesters storm Kenyan parliament", "Police fire tear gas": a headline's verb after a noun of an actor is no
        // noun of its own.)
        if headlineVerb(k, r) { return nil }
        // "the Great Hall of the People": a capitalized noun inside a sentence is part of a name (a capitalized non-actor
        // noun still names no actor: "Cuba's National Ballet").
        // ("Delhi Police", "the Nigerian Army": a capitalized noun right after a place or country word is its force.)
        // ("The Election Commission barred …", "the Anti-Corruption Commission": a body's name after "the" is the body.)
        // ("The Government of Canada", "the Ministry of Foreign Affairs of Indonesia": a body named by its country after
        // "of" is the body.)
        // ("The Government has imposed a curfew": a sentence opening "The" and the body's noun names the body.)
        if token(k).isCapitalized, k > r.lowerBound, !(k == r.lowerBound + 1 && sym(r.lowerBound) == cues.w.the), !lexicon.agents[row].kind.isNonactor,
            !chunks.contains(where: { $0.tokens.upperBound == k && $0.sides.count == 1 }), !namedBody(k, r), !placeNamedBody(k, r, chunks),
            ofCountry(after: k, r) == nil,
            // ("The Ministry of Foreign Affairs said …", "the Department of Foreign Affairs": a government body named by
            // its portfolio.)
            !(lexicon.agents[row].sector == "GOV" && sym(k - 1) == cues.w.the && k + 2 < r.upperBound && sym(k + 1) == cues.w.of
                && token(k + 2).isCapitalized && mention(covering: k + 2) == nil)
        {
            return nil
        }
        // "Thousands marched …" is a crowd; "thousands of soldiers" names its actor after "of".
        if isAny(k, cues.quantities), sym(k + 1) == cues.w.of { return nil }
        // ("A SADC standby force of about 250 troops arrived in Maseru", "a Kenyan contingent of 400 police officers": those
        // counted after a force's "of" are the force's, whose owner is named before it.)
        if k > r.lowerBound + 1, let o = (max(r.lowerBound + 1, k - 4)..<k).last(where: { sym($0) == cues.w.of }), isAny(o - 1, cues.forceGroupNouns),
            (o + 1..<k).contains(where: { token($0).kind == .number }),
            (o + 1..<k).allSatisfy({ token($0).kind == .number || (token($0).kind == .word && !token($0).isCapitalized) })
        {
            return nil
        }
        return headChunk(k, headEnd: k + 1, lexicon.agents[row], r, &chunks)
    }

    /// Whether the token at `k` is a weapon's noun followed by a verb that starts a row ("drones pounded").
    private func weaponActs(_ k: Int) -> Bool {
        guard let row = agentNounRow(at: k), lexicon.agents[row].kind == .weapon else { return false }
        return lexicon.verbFirst.contains(sym(k + 1)) || isAny(k + 1, cues.pastIrregular)
    }

    /// Whether the noun at `k` names an armed or police force ("Navy", "Army", "Police"): written capitalized right before
    /// another actor noun, it is that actor's branch ("US Navy jets", "Indian Army helicopters").
    private func forceBranch(_ k: Int) -> Bool {
        guard let row = agentNounRow(at: k) else { return false }
        let sector = lexicon.agents[row].sector
        return sector == "MIL" || sector == "COP"
    }

    /// Whether the capitalized body noun at `k` ends a name a place opens: "Seoul Central District Court", "Lahore High
    /// Court", "Brazil's Supreme Court" (the place's chunk, its possessive, then capitalized words).
    private func placeNamedBody(_ k: Int, _ r: Range<Int>, _ chunks: [ActorChunk]) -> Bool {
        guard isAny(k, cues.bodyNouns),
            let c = chunks.last(where: { $0.tokens.upperBound < k && $0.tokens.upperBound >= k - 3 && $0.sides.count == 1 && $0.sides[0].country != nil })
        else { return false }
        // ("Brazil's Supreme Court", "Thailand's Constitutional Court": past the country's possessive too.)
        return (c.tokens.upperBound..<k).allSatisfy {
            (token($0).isCapitalized && token($0).kind == .word && mention(covering: $0) == nil) || ($0 == c.tokens.upperBound && sym($0) == cues.w.s)
        }
    }

    /// The country a body's name gives after "of", past up to four capitalized words of a portfolio ("Ministry of
    /// Foreign Affairs of Indonesia", "Government of the Republic of Korea"), and the end of the name.
    private func ofCountry(after k: Int, _ r: Range<Int>) -> (ShortCode, Int)? {
        guard k + 2 < r.upperBound, sym(k + 1) == cues.w.of else { return nil }
        var p = k + 2
        var skipped = 0
        while p < r.upperBound, skipped <= 4 {
            var q = p
            if sym(q) == cues.w.the { q += 1 }
            if q < r.upperBound, let c = country(at: q), let code = ShortCode(c.iso3) { return (code, Int(c.mention.end)) }
            // ("the Department of Foreign Affairs in Manila": the body's seat, past its portfolio.)
            if skipped > 0, sym(p) == cues.w.in_, p + 1 < r.upperBound {
                if let c = country(at: p + 1), let code = ShortCode(c.iso3) { return (code, Int(c.mention.end)) }
                if let c = city(at: p + 1), let code = ShortCode(c.city.country) { return (code, Int(c.mention.end)) }
            }
            // (Portfolio words, "and" between them, and the "of" before the country.)
            guard token(p).isCapitalized || sym(p) == cues.w.and || sym(p) == cues.w.of || sym(p) == cues.w.comma else { return nil }
            p += 1
            skipped += 1
        }
        return nil
    }

    /// A title with no name after it ("Kuwait's emir", "Nepal's prime minister") as an actor.
    private func titleChunk(_ k: Int, _ m: Mention, _ e: Entry, _ r: Range<Int>, _ chunks: inout [ActorChunk]) -> ActorChunk? {
        let title = lexicon.titles[Int(e.row)]
        // ("a general strike", "the general election": the rank written small before a noun is an adjective.)
        if sym(k) == cues.general, !token(k).isCapitalized, Int(m.end) < r.upperBound, token(Int(m.end)).kind == .word,
            !token(Int(m.end)).isCapitalized
        {
            return nil
        }
        let head = Agent(id: title.id, form: title.title, country: nil, sector: title.sector.isEmpty ? "GOV" : title.sector, kind: .noun)
        return headChunk(k, headEnd: Int(m.end), head, r, &chunks)
    }

    private func headChunk(_ k: Int, headEnd: Int, _ agent: Agent, _ r: Range<Int>, _ chunks: inout [ActorChunk]) -> ActorChunk? {
        let next = headEnd < r.upperBound ? headEnd : -1
        // "people-to-people", "anti-government": part of a hyphenated word.
        if sym(k - 1) == cues.w.hyphen || sym(next) == cues.w.hyphen { return nil }
        // "police officers": the later noun is the head.
        // ("Protesters storm Kenyan parliament": not a headline's verb.)
        if next >= 0, lexicon.agentNounSet.contains(sym(next)), !headlineVerb(next, r) { return nil }
        // "military exercises", "government jobs": a modifier before a noun is no actor.
        // ("the military said", "the government banned …" are actors; "an official visit" is not.)
        // ("a military air strike on a village", "a police raid", "government air strikes": but before a noun of force
        // the modifier names who used it.)
        // ("Riot police forcibly broke up a demonstration": the verb may follow an adverb.)
        let verb = next >= 0 && endsInLY(next) && next + 1 < r.upperBound ? next + 1 : next
        if agent.kind == .modifier, next >= 0, token(next).kind == .word, !token(next).isCapitalized,
            !isAny(next, cues.actorFollowers), !isAny(next, cues.forceNouns),
            // ("Police shot dead 19 people": an irregular past verb after it, as a regular one.)
            !(lexicon.verbFirst.contains(sym(verb)) && (endsInED(verb) || isAny(verb, cues.pastIrregular))), !lexicon.baseVerbForms.contains(sym(next)),
            // ("Police fire tear gas at protesters": a headline's verb.)
            !headlineVerb(next, r),
            !(lexicon.verbFirst.contains(sym(next)) && next + 1 < r.upperBound && isAny(next + 1, cues.articles)),
            // ("…, with police firing tear gas at demonstrators": the subject of an "-ing" verb after "with".)
            !((sym(k - 1) == cues.w.with || sym(k - 2) == cues.w.with) && endsInING(next) && lexicon.verbFirst.contains(sym(next)))
        {
            return nil
        }
        // ("attackers armed with long knives": "armed" before "with" describes, it names no one.)
        if sym(k) == cues.armed, sym(next) == cues.w.with { return nil }
        // "a Russian missile struck …": a weapon is an actor only as the subject of the verb right after it.
        // ("Russian missiles and drones pounded …": so is one joined by "and" to another weapon that does.)
        if agent.kind == .weapon, next < 0 || !(lexicon.verbFirst.contains(sym(next)) || isAny(next, cues.pastIrregular)),
            !(sym(next) == cues.w.and && next + 2 < r.upperBound && weaponActs(next + 1))
        {
            return nil
        }
        var sector = ShortCode(agent.sector)
        var modifierSector: ShortCode?
        // "put its forces on alert": the subject's own people, not another actor.
        // ("a move his opponents denounced": one's opponents are actors of their own.)
        // ("… as its warplanes pounded Kurdish positions": but a force or weapon of "its" that acts right after is the
        // sentence subject's, an actor.)
        var possessedBy: ShortCode?
        if agent.sector != "OPP", let b = (max(r.lowerBound, k - 3)..<k).last(where: { token($0).kind != .word || isAny($0, cues.nonModifiers) }),
            isAny(b, cues.possessives)
        {
            guard agent.kind == .weapon || agent.sector == "MIL", b == k - 1, next >= 0, endsInED(next) || isAny(next, cues.pastIrregular),
                lexicon.verbFirst.contains(sym(next)),
                let subject = chunks.first(where: \.isSoleSubject), let c = subject.sides[0].country
            else { return nil }
            possessedBy = c
        }
        var unattributed = false
        var start = k
        var j = k - 1
        var hyphens = 0
        while j >= r.lowerBound, k - j <= 3 + 2 * hyphens {
            if sym(j) == cues.w.s { j -= 1; continue }
            // ("Sudan's army-led government": a hyphenated modifier is one word.)
            // ("Thai F-16 jets": a model's number too.)
            if token(j).kind == .number, j - 1 > r.lowerBound, sym(j - 1) == cues.w.hyphen { j -= 1; continue }
            // ("Libya's UN-recognised government", "the Saudi-led coalition": a name before the hyphen is another actor.)
            // ("the Islamic-led opposition": a capitalized word that names no actor is part of the modifier.)
            if sym(j) == cues.w.hyphen, j - 1 >= r.lowerBound, token(j - 1).kind == .word,
                (token(j + 1).kind == .word && (!token(j - 1).isCapitalized || mention(covering: j - 1) == nil)) || token(j + 1).kind == .number
            {
                hyphens += 1
                j -= 1
                continue
            }
            if isAny(j, cues.noneWords) { return nil }
            // ("Jordanian air force planes": "air" starts patterns too, and here names a branch.)
            // ("US and Chinese trade negotiators": a word that starts verb rows too, between a country's adjective and the
            // head noun, is a modifier.)
            // ("US Navy jets", "Indian Army helicopters": a capitalized noun of a force before the head noun is its branch.)
            guard token(j).kind == .word, mention(covering: j) == nil || !token(j).isCapitalized || (j == k - 1 && forceBranch(j)),
                !lexicon.verbFirst.contains(sym(j)) || isAny(j, cues.branchWords)
                    || (!token(j).isCapitalized && k - j <= 2 && !endsInED(j) && !endsInING(j) && !isAny(j, cues.pastIrregular) && j > r.lowerBound
                        && mention(EntryKind.mask(.countryAdjective), endingAt: j)),
                !isAny(j, cues.nonModifiers),
                // ("Kenyan protesters storm parliament": a headline's verb after a noun of an actor is no modifier.)
                !headlineVerb(j, r)
            else { break }
            if let m = lexicon.agentNouns[sym(j)], modifierSector == nil { modifierSector = ShortCode(lexicon.agents[m].sector) }
            // ("foreign troops" are no one's named; "the foreign ministry" is the country's own.)
            if isAny(j, cues.unattributed), !(sym(j) == cues.w.foreign && agent.sector == "GOV") { unattributed = true }
            start = j
            j -= 1
        }
        if agent.kind == .weak, let m = modifierSector { sector = m }
        // "Iranian security forces", "Bangladesh's opposition": the country word before it.
        // ("Iran's foreign ministry spokesman": an actor running up to the head noun is its body.)
        if let c = chunks.lastIndex(where: {
            $0.tokens.upperBound == start || ($0.tokens.upperBound == start - 1 && sym(start - 1) == cues.w.s) || ($0.tokens.upperBound == k && start < k)
        }),
            chunks[c].sides.count == 1, !chunks[c].isPlace || chunks[c].afterPreposition
        {
            // "An International Monetary Fund team": an organisation's team, staff or mission is the organisation.
            if agent.kind.isNonactor, chunks[c].sides[0].sector == "IGO" { return nil }
            var chunk = chunks.remove(at: c)
            chunk.tokens = chunk.tokens.lowerBound..<headEnd
            // ("ELN negotiators": those who talk for a body keep its sector.)
            // ("the Houthi group", "Hamas factions": a plain noun of people after a named group is the group.)
            // (Only a noun of plain people: "Hamas officials" and "EU leaders" are the body's officials.)
            let namedGroup = agent.kind == .weak && agent.sector == "PPL" && modifierSector == nil && chunk.sides[0].sector.map { $0 != "GOV" } == true
            if !namedGroup, !isAny(headEnd - 1, cues.delegateNouns) || chunk.sides[0].sector == "GOV" { chunk.sides[0].sector = sector }
            chunk.sides[0].span = span(chunk.tokens)
            chunk.isPlace = false
            // ("killings during President Rodrigo Duterte's war on drugs": a person's war is no one; the chunk is no person
            // either, which later passes read as having a side.)
            if agent.kind.isNonactor {
                chunk.sides = []
                chunk.isPerson = false
            }
            return chunk
        }
        var country: ShortCode?
        var end = headEnd
        // ("the Ministry of Foreign Affairs of Indonesia": past the portfolio's name.)
        if next >= 0, sym(next) == cues.w.of, self.country(at: next + 1) == nil, let (c, e) = ofCountry(after: headEnd - 1, r) {
            country = c
            end = e
        } else
        // "police in Nairobi", "the government of Pakistan" (which the phrase then spans).
        if next >= 0, sym(next) == cues.w.in_ || sym(next) == cues.w.of {
            var p = next + 1
            if sym(p) == cues.w.the { p += 1 }
            if let c = self.country(at: p) {
                country = ShortCode(c.iso3)
                if sym(next) == cues.w.of { end = Int(c.mention.end) }
            } else if let c = city(at: p) {
                country = ShortCode(c.city.country)
            } else if sym(next) == cues.w.of, let (m, e) = entry(at: p, .group) {
                // "Leaders of the Bangladesh Nationalist Party", "fighters of the Rapid Support Forces": the organisation's.
                let g = lexicon.agents[Int(e.row)]
                country = g.country.flatMap { ShortCode($0) }
                sector = ShortCode(g.sector)
                end = Int(m.end)
            }
        }
        // ("The Department of Foreign Affairs lodged …": a body's capitalized portfolio is part of its name.)
        if country == nil, end == headEnd, next >= 0, sym(next) == cues.w.of, token(headEnd - 1).isCapitalized {
            var e = next + 1
            while e < r.upperBound, e - next <= 4, token(e).kind == .word, token(e).isCapitalized, mention(covering: e) == nil {
                e += 1
            }
            if e > next + 1, token(e - 1).isCapitalized { end = e }
        }
        if agent.kind.isNonactor { return ActorChunk(tokens: start..<end, sides: []) }
        if let possessedBy { country = possessedBy }
        var chunk = single(start..<end, country, sector)
        // ("…, with police firing tear gas at demonstrators": after "with", the subject of the "-ing" verb right after it.)
        chunk.afterPreposition = isPreposition(start) && !subjectAfterWith(start..<end, r)
        chunk.sides[0].domestic = country == nil && !unattributed && agent.kind != .weapon
        return chunk
    }

    /// A titled person as an actor: the person's country (else the issuer's) and the title's sector.
    private func personSide(_ p: PersonMention, issuer: ShortCode?) -> ActorChunk.Side {
        // (A title in the text first; then a movement's leader; then the office the people lexicon gives on the day.)
        let sector = p.titleRow.flatMap { ShortCode(lexicon.titles[$0].sector) } ?? (p.lexiconLeader ? "OPP" : p.lexiconSector.flatMap { ShortCode($0) } ?? "GOV")
        let country = p.country.flatMap { ShortCode($0) } ?? issuer
        // (A country only the people lexicon gives leaves the person domestic, as one of no known country is: "Malaysia's
        // king pardoned former prime minister Najib Razak" is an act between two of the country's officials.)
        return ActorChunk.Side(country: country, sector: sector, span: span(p.tokens), domestic: country == nil || p.countryFromLexicon)
    }

    private func single(_ r: Range<Int>, _ country: ShortCode?, _ sector: ShortCode?) -> ActorChunk {
        ActorChunk(tokens: r, sides: [ActorChunk.Side(country: country, sector: sector, span: span(r))])
    }

    private func isPreposition(_ k: Int) -> Bool {
        var j = k - 1
        // "supporters of jailed former premier X": past up to two lowercase modifiers.
        var skipped = 0
        while skipped < 2, j > 0, token(j).kind == .word, !token(j).isCapitalized, !isAny(j, cues.nonModifiers),
            !lexicon.verbFirst.contains(sym(j)) || endsInED(j), isAny(j - 1, cues.subjectPreps) || token(j - 1).kind == .word && !token(j - 1).isCapitalized
        {
            j -= 1
            skipped += 1
        }
        if sym(j) == cues.w.the || sym(j) == cues.w.his || sym(j) == cues.w.her || sym(j) == cues.w.their { j -= 1 }
        // "thousands of Armenians", "dozens of protesters": a quantity, not a preposition.
        if sym(j) == cues.w.of, j > 0, isAny(j - 1, cues.quantities) || token(j - 1).kind == .number { return false }
        // ("A special panel of Peru's Supreme Court sentenced …": a court's panel acts as the court.)
        if sym(j) == cues.w.of, j > 0, isAny(j - 1, cues.panelNouns) { return false }
        return j >= 0 && isAny(j, cues.subjectPreps)
    }

    /// "in Islamabad", "at the UN", "situation in Afghanistan": places, not actors.
    private func isLocation(_ k: Int) -> Bool {
        var j = k - 1
        // "in southern Lebanon", "in the east of Ukraine" (the latter through "of").
        if j >= 0, isAny(j, cues.directions) { j -= 1 }
        if sym(j) == cues.w.the { j -= 1 }
        return j >= 0 && isAny(j, cues.locationPreps)
    }

    /// "the two sides", "both countries", "the delegations", "they": the meeting's parties.
    private func groupEnd(at k: Int, _ r: Range<Int>) -> Int? {
        if sym(k) == cues.w.their || k >= r.upperBound { return nil }
        if sym(k) == cues.they { return k + 1 }
        var j = k
        if sym(k) == cues.w.the { j += 1 }
        guard j < r.upperBound else { return nil }
        if isAny(j, cues.groupDeterminers), j + 1 < r.upperBound, isAny(j + 1, cues.groupNouns) { return j + 2 }
        // ("the two prime ministers", "both foreign ministers": a title word before the plural.)
        if isAny(j, cues.groupDeterminers), j + 2 < r.upperBound, !token(j + 1).isCapitalized, token(j + 1).kind == .word,
            isAny(j + 2, cues.groupNouns)
        {
            return j + 3
        }
        if j > k, isAny(j, cues.groupShort) { return j + 1 }
        // "the two agreed to intensify efforts": "the two" before a verb.
        if j > k, isAny(j, cues.groupDeterminers), j + 1 < r.upperBound, lexicon.verbFirst.contains(sym(j + 1)) || endsInED(j + 1) { return j + 1 }
        return nil
    }

    /// Whether a match the verb rows found reports no act of its own: the act is forecast, supposed, reported as a topic,
    /// a description, a toll, history and the like (each test a "return" in `coded` before).
    /// (A function of its own: `coded` is larger than the instruction cache and past the size at which the optimizer
    /// inlines into it; these tests, run for every match, are read here in one place.)
    private func reportsNoAct(
        _ m: VerbMatch, _ p: UnsafePointer<VerbPattern>, actors: [ActorChunk], sentence si: Int, _ r: Range<Int>, nominal cache: inout Bool?
    ) -> Bool {
        func isNominal() -> Bool {
            if let known = cache { return known }
            let n = nominal(m.anchor, r)
            cache = n
            return n
        }
        if p.pointee.hostileOnly, !(m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 6)).contains(where: { isAny($0, cues.hostileActs) }) { return true }
        // ("The US is rehearsing an invasion, KCNA charged.": a verb of force closing the sentence after ", SPEAKER" credits
        // what was said; no one is charged or held.)
        if p.pointee.root >= 17, m.tokens.count == 1,
            m.anchor + 1 == r.upperBound || (m.anchor + 2 == r.upperBound && (sym(m.anchor + 1) == cues.w.period || isAny(m.anchor + 1, cues.sentenceMarks))),
            actors.contains(where: { a in
                var b = a.tokens.lowerBound - 1
                if b > r.lowerBound, isAny(b, cues.articles) { b -= 1 }
                return a.tokens.upperBound == m.anchor && b > r.lowerBound && sym(b) == cues.w.comma
            })
        {
            return true
        }
        // ("Asked about reports that a drone had been shot down, a spokeswoman declined to comment", "reporters who asked
        // whether …": a question is no appeal.)
        if p.pointee.root == 2, isAny(m.anchor, cues.askWords), m.anchor + 1 < r.upperBound, isAny(m.anchor + 1, cues.questionOpeners) { return true }
        // ("a referendum on a new constitution, a key demand of the protest movement", "had ignored their demand that …": the
        // noun names a demand made before, no new act; "Togo's opposition demands …", with its actor right before, is the
        // verb, and "kept up their demands", "renewed its demand" make one.)
        if p.pointee.root == 10, isAny(m.anchor, cues.demandsProper), isNominal(),
            !actors.contains(where: { $0.tokens.contains(m.anchor - 1) }), !lexicon.agentNounSet.contains(sym(m.anchor - 1)),
            !(max(r.lowerBound, m.anchor - 4)..<m.anchor).contains(where: { isAny($0, cues.demandMakers) })
        {
            return true
        }
        // ("received Ecuador's Daniel Noboa": the person's chunk may open with a country's name.)
        if p.pointee.personOnly, !actors.contains(where: { $0.isPerson && $0.tokens.lowerBound == m.tokens.upperBound }),
            !persons.contains(where: { $0.sentence == si && $0.tokens.lowerBound == m.tokens.upperBound })
        {
            return true
        }
        // ("began examining reports of mass killings of Masalit civilians by the RSF", "amid reports of mass killings",
        // "gathering evidence of atrocities": violence named after "reports of" or "allegations of" is reported, not coded.)
        if p.pointee.root >= 18,
            (max(r.lowerBound, m.anchor - 4)..<m.anchor).contains(where: { isAny($0, cues.reportedOf) && sym($0 + 1) == cues.w.of })
        {
            return true
        }
        // ("Israel sealed off the Gaza Strip, cutting supplies of electricity, food and fuel": supplies cut are no trade.)
        if p.pointee.root == 6 || p.pointee.root == 7, m.anchor - 1 >= r.lowerBound, isAny(m.anchor - 1, cues.haltVerbs) { return true }
        // ("Ghana's two main presidential candidates held their final campaign rallies": a campaign's rally is no protest.)
        if p.pointee.root == 14, m.tokens.contains(where: { isAny($0, cues.campaignWords) }) { return true }
        // ("Western diplomats said Milosevic was likely to reject any deal", "the talks are unlikely to produce a
        // breakthrough": an act forecast is none.)
        if m.anchor - 2 >= r.lowerBound, sym(m.anchor - 1) == cues.w.to_, isAny(m.anchor - 2, cues.forecastWords) { return true }
        // ("crossed into Bangladesh to escape fighting with the Arakan Army", "refugees fleeing the war in Sudan": violence
        // fled from is no act.)
        if p.pointee.root >= 18, m.anchor - 1 >= r.lowerBound,
            isAny(m.anchor - 1, cues.fleeVerbs)
                || (m.anchor - 2 >= r.lowerBound && isAny(m.anchor - 2, cues.fleeVerbs)
                    && (isAny(m.anchor - 1, cues.articles) || isAny(m.anchor - 1, cues.possessives)))
        {
            return true
        }
        // ("easing a diplomatic row sparked by the arrest of a consulate employee", "the two Canadians detained after the
        // arrest of a Huawei executive": an arrest named as the cause of another act is background.)
        if p.pointee.root == 17, m.anchor - 2 >= r.lowerBound, isNominal(),
            isAny(m.anchor - 1, cues.articles) || isAny(m.anchor - 1, cues.possessives), isAny(m.anchor - 2, cues.causeWords)
        {
            return true
        }
        // ("members of Myanmar's Border Guard Police who crossed into Bangladesh to escape fighting": a crossing made to
        // flee is no incursion.)
        if p.pointee.root >= 18, (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 4)).contains(where: { k in
            sym(k) == cues.w.to_ && k + 1 < r.upperBound && isAny(k + 1, cues.fleeVerbs)
        }) {
            return true
        }
        // ("… and gave no further details", "Washington had offered no proof": a cooperative act whose object is "no" thing
        // was not done; a statement's "saw no prospect" is its content.)
        if p.pointee.root >= 2, p.pointee.root <= 8, m.anchor + 1 < r.upperBound, sym(m.anchor + 1) == cues.no { return true }
        // ("Vladimir Putin could visit North Korea in the coming months", "the two leaders may meet on the sidelines",
        // "Talks between Russian and Ukrainian delegations could resume": a meeting guessed at is none.)
        if p.pointee.root == 4,
            (max(r.lowerBound, m.anchor - 2)..<m.anchor).contains(where: { isAny($0, cues.guessModals) })
                || (isNominal()
                    && (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 6)).contains(where: { isAny($0, cues.guessModals) }))
        {
            return true
        }
        // "Russia must withdraw its troops": what someone must or should do has not happened.
        if (max(r.lowerBound, m.anchor - 3)..<m.anchor).contains(where: { isAny($0, cues.obligation) }) { return true }
        // ("the move would help the country rebuild": an intent whose subject right before the modal is a common noun, no
        // actor, is no one's; "a pact under which Canberra will help train …": nor is a deal's term after "under which".)
        if p.pointee.root == 3, isAny(m.anchor, cues.modals), m.anchor - 1 >= r.lowerBound {
            let k = m.anchor - 1
            if token(k).kind == .word, !token(k).isCapitalized, !isPronoun(k), !endsInLY(k), !isAny(k, cues.modalFillers),
                sym(k) != cues.who, !isAny(k, cues.relativeWhich), !isAny(k, cues.firstPerson), sym(k) != cues.w.and, sym(k) != cues.but,
                !actors.contains(where: { $0.tokens.contains(k) })
            {
                return true
            }
            if (max(r.lowerBound + 1, m.anchor - 5)..<m.anchor).contains(where: { isAny($0, cues.relativeWhich) && sym($0 - 1) == cues.under }) {
                return true
            }
        }
        // ("investors pulled money out of local equities", "pulled out of the presidential run-off": a retreat is an armed
        // force's, or of troops the words name.)
        if p.pointee.code == "0874", !isAny(m.anchor, cues.surrenderWords), !m.tokens.contains(where: { isAny($0, cues.troopNouns) }),
            !actors.contains(where: { a in
                a.tokens.upperBound <= m.anchor && a.tokens.upperBound >= m.anchor - 2 && a.sides.contains { $0.sector == "MIL" || $0.sector == "REB" }
            })
        {
            return true
        }
        // "did not say whether anyone had been arrested": an act in a whether-clause is not reported to have happened.
        // ("too early to tell whether Iran and the United States would return to the negotiating table": the whole clause.)
        // ("whether Egypt, Sudan and Ethiopia will resume talks": a list's commas are no clause break.)
        if let j = (max(r.lowerBound, m.anchor - 14)..<m.anchor).last(where: { sym($0) == cues.whether }),
            m.anchor - j <= 6 || !(j..<m.anchor).contains(where: { sym($0) == cues.w.comma && !(token($0 + 1).isCapitalized) })
        {
            return true
        }
        // ("Diplomats said a visit by the Saudi crown prince to Israel was unlikely in the near term": an act named as a noun
        // and judged unlikely has not happened.)
        // (Up to two degree words stand between the copula and the judgement: "is still highly unlikely".)
        if isNominal(), let u = (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 10)).first(where: { isAny($0, cues.unlikelyWords) }) {
            var j = u - 1
            while j >= u - 2, isAny(j, cues.degreeWords) { j -= 1 }
            if isAny(j, cues.judgedAs) { return true }
        }
        // ("deported two Spanish journalists who had travelled to Laayoune to cover the trial": a visit a relative clause
        // reports in the past perfect is background.)
        if p.pointee.visit, m.anchor - 2 >= r.lowerBound, sym(m.anchor - 1) == cues.had, sym(m.anchor - 2) == cues.who { return true }
        // "accused of plotting to storm the Bundestag": a plot is not the act.
        if m.anchor - 2 >= r.lowerBound, sym(m.anchor - 1) == cues.w.to_, isAny(m.anchor - 2, cues.plotVerbs) { return true }
        // ("Should Washington impose secondary tariffs, New Delhi could retaliate", "Had the Senate passed the bill, police
        // would have gained …", "Were Beijing to blockade Taiwan, …": an inverted condition opening the sentence makes its
        // own act and the consequence a modal states hypothetical; so does "If the talks collapse, Egypt could take …"
        // for a consequence under "could" or "might".)
        // (The opening word first: most sentences open with neither, and need no search for the comma.)
        let inverted = isAny(r.lowerBound, cues.invertedConditionals) && token(r.lowerBound).isCapitalized
            && token(r.lowerBound + 1).kind == .word && !lexicon.verbFirst.contains(sym(r.lowerBound + 1))
        let opensWithIf = sym(r.lowerBound) == cues.ifWord
        if inverted || opensWithIf, r.count > 3, m.anchor > r.lowerBound,
            let comma = (r.lowerBound + 2..<min(r.upperBound, r.lowerBound + 25)).first(where: { sym($0) == cues.w.comma })
        {
            if inverted, m.anchor < comma { return true }
            if m.anchor > comma,
                !(comma + 1..<m.anchor).contains(where: { sym($0) == cues.w.comma }),
                (comma..<m.anchor).contains(where: { isAny($0, inverted ? cues.hypotheticalModals : cues.speculativeModals) })
            {
                return true
            }
        }
        // "… ready to send rescue teams if Rabat asked for them": an act in a condition has not happened.
        // ("troops would pull back … once Cambodia withdrew its own soldiers": so is one in a clause "once" opens with its
        // subject.)
        if let j = (max(r.lowerBound, m.anchor - 5)..<m.anchor).last(where: {
            isAny($0, cues.conditionals)
                || (sym($0) == cues.once && $0 + 1 < m.anchor && (token($0 + 1).isCapitalized || isAny($0 + 1, cues.articles) || isPronoun($0 + 1)))
        }),
            !(j..<m.anchor).contains(where: { sym($0) == cues.w.comma })
        {
            return true
        }
        // "Floods that swept through the eastern Libyan city of Derna … have killed": a disaster opening the sentence
        // is the cause, no actor.
        if p.pointee.root >= 18, let d = (r.lowerBound..<min(m.anchor, r.lowerBound + 4)).first(where: { isDisaster($0) }),
            !actors.contains(where: { $0.tokens.lowerBound < d && !$0.isPlace })
        {
            return true
        }
        // ("two classmates were killed by a speeding bus": a vehicle kills by accident.)
        if p.pointee.root >= 18, let b = (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 2)).first(where: { sym($0) == cues.w.by }),
            (b + 1..<min(r.upperBound, b + 4)).contains(where: { isAny($0, cues.vehicleNouns) })
        {
            return true
        }
        // ("Dozens of passengers were killed when an interprovincial bus plunged into a ravine": an accident kills; "were
        // killed when a magnitude 7.6 earthquake struck": so does a disaster.)
        if p.pointee.root >= 18, let w = (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 6)).first(where: { sym($0) == cues.when }),
            (w + 1..<min(r.upperBound, w + 7)).contains(where: { isAny($0, cues.accidentVerbs) || isDisaster($0) })
        {
            return true
        }
        // ("A breakthrough remains a long shot": an idiom, no shooting.)
        if p.pointee.root >= 18, sym(m.anchor) == cues.shot, m.anchor - 1 >= r.lowerBound, sym(m.anchor - 1) == cues.long { return true }
        // ("Mongolia's harsh winter has killed 4.7 million head of livestock": a disaster right before the verb is its subject.)
        if p.pointee.root >= 18, let k = (max(r.lowerBound, m.anchor - 4)..<m.anchor).last(where: { !isAny($0, cues.auxiliaries) }), isDisaster(k) {
            return true
        }
        // ("… to help Portugal battle wildfires that have killed more than 60 people": a disaster a relative clause
        // hangs on is the cause too.)
        if p.pointee.root >= 18, let w = (max(r.lowerBound, m.anchor - 3)..<m.anchor).last(where: { sym($0) == cues.w.that || sym($0) == cues.which }),
            w > r.lowerBound, isDisaster(w - 1)
        {
            return true
        }
        // ("Sunday marks ten years since Boko Haram fighters abducted 276 schoolgirls": an act counted back from an
        // anniversary is history.)
        if (r.lowerBound..<m.anchor).contains(where: { j in
            isAny(j, cues.yearWords) && sym(j + 1) == cues.since && (max(r.lowerBound, j - 3)..<j).contains(where: { isAny($0, cues.markVerbs) })
        }) {
            return true
        }
        // ("no one has been convicted over the explosion": an act no one did did not happen.)
        if (max(r.lowerBound, m.anchor - 5)..<m.anchor).contains(where: { isAny($0, cues.negations) && (sym($0 + 1) == cues.oneWord || sym($0 + 1) == cues.nobody) })
            || (max(r.lowerBound, m.anchor - 4)..<m.anchor).contains(where: { sym($0) == cues.nobody })
        {
            return true
        }
        // ("boosted by demand for servers", "strong global demand": demand in the market asks nothing of anyone.)
        if p.pointee.root == 10, isAny(m.anchor, cues.demandsProper) || sym(m.anchor) == cues.demand, m.anchor > r.lowerBound,
            isAny(m.anchor - 1, cues.marketWords) || isPreposition(m.anchor - 1) || sym(m.anchor - 1) == cues.w.by
        {
            return true
        }
        // "a documentary about the Russian siege of Mariupol": an act named as a topic is not reported here.
        if isNominal(), (max(r.lowerBound, m.anchor - 4)..<m.anchor).contains(where: { sym($0) == cues.about }) { return true }
        // "Japan welcomed a record 3.3 million foreign visitors": visitors counted are tourists, not a visit.
        if p.pointee.host || p.pointee.visit, m.tokens.contains(where: { token($0).kind == .number }) { return true }
        // ("Fiji welcomed a record 929,000 visitors last year": so is a welcome of visitors counted.)
        if p.pointee.root == 5, (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 6)).contains(where: { isAny($0, cues.touristNouns) }),
            (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 5)).contains(where: {
                isCount($0) || isAny($0, cues.quantityWords)
            })
        {
            return true
        }
        // ("ordered the release of 1 billion pesos in relief": money released is no captive.)
        // ("ordered the release of 333 people detained …": a number of people is captives.)
        if p.pointee.code == "0841", m.tokens.upperBound < r.upperBound, sym(m.tokens.upperBound - 1) == cues.w.of,
            isCurrencySign(m.tokens.upperBound)
                || (token(m.tokens.upperBound).kind == .number
                    && (m.tokens.upperBound + 1..<min(r.upperBound, m.tokens.upperBound + 3)).contains(where: { isAny($0, cues.moneyWords) }))
        {
            return true
        }
        // "the U.S. military said had caught fire": catching fire is no capture.
        if p.pointee.code == "173", sym(m.anchor + 1) == cues.fire { return true }
        // "the government flew him to The Hague": someone taken somewhere makes no visit.
        if p.pointee.visit, isAny(m.anchor + 1, cues.objectPronouns) { return true }
        // ("called on Israel to end its illegal occupation": "called on", "called for" make an appeal, no criticism.)
        if p.pointee.root == 11, isAny(m.anchor, cues.callVerbs), isAny(m.anchor + 1, cues.appealParticles) { return true }
        // ("rejected British accusations …, calling them absurd": what is called names a thing, not an actor.)
        if p.pointee.root == 11, isAny(m.anchor, cues.callVerbs), isAny(m.anchor + 1, cues.objectPronouns) { return true }
        // "said it was investigating reports that its troops had fired on Palestinians": what reports or allegations say
        // is not reported as having happened.
        if m.anchor > r.lowerBound + 1, let j = (max(r.lowerBound + 1, m.anchor - 10)..<m.anchor).last(where: { sym($0) == cues.w.that }),
            isAny(j - 1, cues.hearsayNouns),
            !(j..<m.anchor).contains(where: { sym($0) == cues.w.comma })
        {
            return true
        }
        // "Bolivia will host Peru in La Paz in a World Cup qualifier": national teams' matches are no visits.
        if p.pointee.visit || p.pointee.host || p.pointee.root == 4, r.contains(where: { isAny($0, cues.sportsWords) }) { return true }
        // "The Indus Waters Treaty, which was signed in 1960": an act dated decades back is history.
        // ("Songea, where dozens of resistance fighters were executed by German troops in 1906": past an agent too.)
        if let j = (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 6)).first(where: { token($0).kind == .number || sym($0) == cues.w.comma }),
            token(j).kind == .number,
            // ("The Chaco War …, fought from 1932 to 1935": a span of years too.)
            sym(j - 1) == cues.w.in_ || sym(j - 1) == cues.from, let year = Int(text.string(span(j..<(j + 1)))), decadesPast(year)
        {
            return true
        }
        // "Pakistan pressed ahead with its drive": a verb of going on acts on no one.
        // ("would press ahead with a free trade deal with China": unless its row names a joint project, an intent to cooperate.)
        if isAny(m.anchor + 1, cues.goingOn), p.pointee.root != 3 { return true }
        // "signed an executive order", "signed the bill into law": a domestic instrument is no agreement between parties.
        if p.pointee.root == 5, p.pointee.code == "057",
            isAny(m.anchor - 1, cues.domesticInstruments) || (m.anchor + 1..<min(r.upperBound, m.anchor + 7)).contains(where: { isAny($0, cues.domesticInstruments) })
        {
            return true
        }
        // "Analysts expect negotiations between …", "the 1994 genocide": a nominal act expected or long past is none.
        if nominalAside(m.anchor, r) { return true }
        // ("strong travel demand": a demand noun asking nothing of anyone is no demand.)
        if p.pointee.root == 10, p.pointee.elements.count == 1, isNominal() || !isAny(m.anchor - 1, cues.possessives) && token(m.anchor - 1).kind == .word
            && !token(m.anchor - 1).isCapitalized && mention(covering: m.anchor - 1) == nil,
            !(sym(m.anchor + 1) == cues.w.for_ || sym(m.anchor + 1) == cues.w.that || sym(m.anchor + 1) == cues.w.to_ || sym(m.anchor + 1) == cues.w.of),
            !endsInED(m.anchor)
        {
            return true
        }
        // "a peace treaty with Armenia could be signed": an act in the passive after "could", "might" or "may" is supposed.
        if m.tokens.count > 1, sym(m.tokens.upperBound - 2) == cues.w.be, isAny(m.tokens.upperBound - 3, cues.hypotheticals) { return true }
        // "A Chinese blockade of Taiwan could disrupt global trade": a hostile act named as the subject of "could" is
        // supposed, not reported.
        if p.pointee.root >= 9, isNominal(),
            let j = (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 5)).first(where: { isAny($0, cues.modals) || sym($0) == cues.w.comma }),
            isAny(j, cues.modals), sym(j) != cues.w.to_
        {
            return true
        }
        return false
    }

    /// The events one match codes: source before the verb (or "between X and Y"/"by X" after), target by the row.
    private func coded(
        _ m: VerbMatch, _ p: UnsafePointer<VerbPattern>, actors ctx: SentenceActors, sentence si: Int, meetings: [Meeting], parties: [ShortCode],
        forceSubject: Bool = false, into out: inout [Draft], dyads: inout [(ActorChunk.Side, ActorChunk.Side?, ShortCode)]
    ) {
        let actors = ctx.all
        let r = tokenRange(si)
        // "would not release the activists", "refused to meet", "will never recognise": a cooperative act negated is a
        // refusal (12x); a hostile act negated is none.
        var refusal: ShortCode?
        // ("did not meet", "have not held talks since 2015" report that nothing happened: no event.)
        // ("would not meet Putin": a pattern hung on its modal holds the negation after it.)
        let negatedAfterModal = m.tokens.count > 2 && isAny(m.anchor, cues.modals)
            && isAny(m.anchor + 1, cues.negations)
        // ("declined to meet Serbian President Vucic", "refuses to sign": unwillingness said with a verb.)
        // ("is not ready to approve Sweden's bid", "ruled out ceding any territory": readiness denied, a course ruled out.)
        let declined = m.anchor - 2 >= r.lowerBound
            && ((sym(m.anchor - 1) == cues.w.to_
                && (isAny(m.anchor - 2, cues.refusalVerbs)
                    || (m.anchor - 3 >= r.lowerBound && isAny(m.anchor - 2, cues.readiness) && isAny(m.anchor - 3, cues.negations))))
                || (sym(m.anchor - 1) == cues.out && sym(m.anchor - 2) == cues.ruled && endsInING(m.anchor)))
        if negatedAfterModal || declined || negated(m.anchor, r) {
            guard negatedAfterModal || declined || refuses(m.anchor, r), let code = Self.refusal(of: p.pointee.code) else { return }
            refusal = code
        }
        if p.pointee.refusalOnly, refusal == nil { return }
        // (Whether the act is told as a noun, asked by the tests and below, read once.)
        var nominalRead: Bool?
        if reportsNoAct(m, p, actors: actors, sentence: si, r, nominal: &nominalRead) { return }
        // ("Cuba began freeing some of the 553 prisoners it had promised to release", "delaying elections it had promised
        // to hold"): a pledge in a clause that describes the noun before it, with no "that" or "which", was made before;
        // it names what the pledge was about, and is no new act.
        if p.pointee.root == 3, pledgeDescribesNoun(m.anchor, r) { return }
        let nominalKnown = nominalRead
        lazy var isNominal = nominalKnown ?? nominal(m.anchor, r)
        // "Beijing's objection": a nominalization under another verb, not an event; but "during Abiy Ahmed's state
        // visit to Nairobi" reports a visit, made by the possessor.
        var possessor: [ActorChunk.Side]?
        let visitNoun = p.pointee.visit && !endsInED(m.anchor) && !endsInING(m.anchor) && !ends(m.anchor, "s") && !isAny(m.anchor, cues.pastIrregular)
        // ("North Korea's ambassador to Malaysia was expelled by Kuala Lumpur": a passive row's first word is the object, and
        // a possessive before it names the object's country.)
        if !p.pointee.passive, m.anchor > r.lowerBound, let j = possessive(before: m.anchor, r, modifiers: visitNoun ? 3 : 0) {
            // ("in response to Chisinau's expulsion of a Russian diplomat": an act given as the cause of another is reported.)
            guard let owner = actors.last(where: { $0.tokens.upperBound == j }), !owner.isPlace,
                p.pointee.visit || p.pointee.ownerActs || (p.pointee.root >= 14 && (max(r.lowerBound, owner.tokens.lowerBound - 3)..<owner.tokens.lowerBound).contains(where: { isAny($0, cues.causePreps) }))
                    // ("The Czech Republic's expulsion of 18 Russian diplomats … prompted Moscow to …": an act opening the
                    // sentence as its subject is reported.)
                    || (p.pointee.root >= 14 && owner.tokens.lowerBound <= r.lowerBound + 1 && (r.lowerBound..<owner.tokens.lowerBound).allSatisfy { isAny($0, cues.articles) })
            else { return }
            possessor = owner.sides
        }
        // "France's decision to back Morocco's plan", "Israel's move to expand the operation": an act under a possessed
        // noun of intent is the possessor's.
        if possessor == nil, m.anchor >= r.lowerBound + 3, sym(m.anchor - 1) == cues.w.to_, isAny(m.anchor - 2, cues.intentNouns),
            let j = possessive(before: m.anchor - 2, r, modifiers: 0),
            let owner = actors.last(where: { $0.tokens.upperBound == j })
        {
            // (A possessor is no place, even after "at": "in protest at France's decision".)
            possessor = owner.sides
        }
        // "the earthquake that killed …": the relative clause's subject is the noun before "that"; "according to
        // Islamabad, which condemned the strike": an actor before ", which" is it, whatever stands before the actor.
        var antecedent: ActorChunk?
        if m.anchor - 1 > r.lowerBound, isAny(m.anchor - 1, cues.relativeWhich) {
            antecedent = actors.last(where: {
                !$0.isPlace && ($0.tokens.upperBound == m.anchor - 1 || ($0.tokens.upperBound == m.anchor - 2 && sym(m.anchor - 2) == cues.w.comma))
            })
            guard antecedent != nil else { return }
        }
        let placeCountry = ctx.placeCountry
        let unknown = ActorChunk.Side(country: nil, sector: nil, span: span(m.tokens))
        var unknownSource = false
        var foreignAgent = false
        var callee: [ActorChunk.Side]?
        var between = false
        var hostedBy = false
        var sources: [ActorChunk.Side] = []
        var target: [ActorChunk.Side] = []
        // (Whether a visit noun's visitor was named after "by".)
        var visitorBy = false
        // A visit goes to a country: "a trip as leader to Mauritania" skips the untied "leader".
        // ("Mauritius hosted the Island Games, with athletes from Madagascar and Seychelles": a bare "hosted" hosts the
        // guest of its own clause, named after no preposition.)
        let clauseComma = (m.anchor..<r.upperBound).first(where: { sym($0) == cues.w.comma }) ?? r.upperBound
        let targets = p.pointee.visit ? ctx.withCountry
            : p.pointee.host
                ? (p.pointee.elements.count == 1
                    ? ctx.nonPlaceWithCountry.filter { !$0.afterPreposition && $0.tokens.lowerBound < clauseComma } : ctx.nonPlaceWithCountry)
                : ctx.nonPlace
        if p.pointee.framed, framingPreposition(before: m.anchor, r) == nil { return }
        // ("a pay deal signed two years ago": an object-first row without "was" or "has been" is a participle; one that ends
        // on its agent's "by" is passive all the same: "a missile fired by the Houthis".)
        if p.pointee.passive, sym(m.tokens.upperBound - 1) != cues.w.by,
            !(m.tokens.lowerBound..<m.tokens.upperBound).contains(where: { isAny($0, cues.passiveAux) })
        {
            return
        }
        if p.pointee.passive || isPassive(m.anchor) || headlinePassive(m.anchor, r, actors) {
            // "Two diplomats were expelled by Moldova", "the minister was shot": the subject undergoes the act (for a
            // row in passive order, the noun the row starts on); the agent follows "by", or, for force, is unknown.
            let undergoer = p.pointee.passive
                ? actors.last(where: { $0.tokens.contains(m.anchor) || $0.tokens.upperBound == m.anchor })?.sides ?? []
                : compoundBefore(m.anchor, actors)
            var afterFrom = m.anchor + 1
            if let (agents, end) = compoundAfter(word: cues.w.by, from: m.anchor, r: r, actors: actors) {
                sources = agents
                // (A participle after an event's noun, not "was received by": "at a ceremony hosted by King Salman".)
                hostedBy = p.pointee.host && m.anchor > r.lowerBound && token(m.anchor - 1).kind == .word && !isAny(m.anchor - 1, cues.passiveAux)
                if !p.pointee.passive { afterFrom = end }
            } else if p.pointee.root >= 18, let striker = forceAgent(after: m.anchor, r, actors) {
                // "Haniyeh was killed in an Israeli strike on his residence": the force's adjective names its agent.
                sources = striker
                foreignAgent = true
            } else if p.pointee.root >= 18, let (others, _) = clashPartner(after: m.anchor, r: r, actors: actors) {
                // "Twenty Indian soldiers were killed in clashes with Chinese troops": the two sides of the clash fought.
                let own = undergoer
                guard !own.isEmpty else { return }
                var dyads: [(ActorChunk.Side, ActorChunk.Side?, ShortCode)] = []
                for a in others { for b in own where a.country != b.country { dyads.append((a, b, "190")); dyads.append((b, a, "190")) } }
                return events(m, p, dyads: dyads, r: r, meetings: meetings, parties: parties, into: &out)
            } else if m.anchor - 2 > r.lowerBound, sym(m.anchor - 1) == cues.w.be, sym(m.anchor - 2) == cues.w.to_,
                let o = (max(r.lowerBound, m.anchor - 9)..<(m.anchor - 2)).last(where: { isAny($0, cues.orderVerbs) }),
                case let subject = compoundBefore(o, actors), !subject.isEmpty, subject.contains(where: { $0.country != nil })
            {
                // ("Vucic ordered the army to be placed on the highest level of combat readiness": the one who ordered it.)
                sources = subject
            } else if p.pointee.code == "063" || p.pointee.code == "174", let (givers, end) = compoundAfter(word: cues.from, from: m.anchor, r: r, actors: actors),
                (m.anchor..<r.upperBound).first(where: { sym($0) == cues.from }).map({ $0 - m.anchor <= 3 }) == true
            {
                // ("Christian Michel was extradited from the United Arab Emirates to India": the country handed over from.)
                // ("Eighteen Russian diplomats were expelled from the Czech Republic": and the country one is expelled from.)
                sources = givers
                afterFrom = end
            } else if p.pointee.code == "174", let left = countryLeft(after: m.tokens.upperBound, r) {
                // ("Eighteen Russian diplomats were ordered to leave the Czech Republic": the country one is told to leave.)
                sources = [left]
            } else if p.pointee.root >= 14 {
                // ("… as health authorities in the enclave said more than 23,000 people had been killed": a toll reported as
                // already suffered, by no one named, is a count, no act.)
                // ("police said at least 26 people had been killed in tribal fighting" names how: an act.)
                if p.pointee.root >= 18, m.anchor - 2 > r.lowerBound, sym(m.anchor - 1) == cues.been, isAny(m.anchor - 2, cues.perfectAux),
                    (max(r.lowerBound, m.anchor - 10)..<(m.anchor - 2)).contains(where: { isAny($0, cues.sayingWords) }),
                    m.anchor + 1 >= r.upperBound || token(m.anchor + 1).kind == .punct
                {
                    return
                }
                sources = [unknown]
                unknownSource = true
            } else if m.anchor - 2 > r.lowerBound, sym(m.anchor - 1) == cues.w.be, isAny(m.anchor - 2, cues.modals),
                let (speaker, _) = passiveThreatSpeaker(before: m.anchor - 2, r, actors)
            {
                // ("Imran Khan told parliament that the captured Indian pilot would be released the next day": an act ahead told
                // in the passive, with no agent, is its speaker's, on the one it undergoes.)
                sources = [speaker]
            } else {
                return
            }
            if let prep = p.pointee.targetSymbol {
                target = prepTarget(afterFrom, prep: prep, actors: targets, r: r, excluding: unknownSource ? [] : sources)
            }
            // ("a missile fired by the Houthis toward Jizan": force whose undergoer is its weapon lands on the place after it.)
            if target.isEmpty, undergoer.allSatisfy({ $0.country == nil }), p.pointee.passive, p.pointee.root >= 18,
                let place = ctx.all.first(where: { c in
                    c.tokens.lowerBound >= afterFrom && c.sides.count == 1 && c.sides[0].country != nil
                        && !sources.contains(where: { $0.country == c.sides[0].country })
                })
            {
                target = place.sides
            }
            if target.isEmpty { target = undergoer }
        } else {
            // "the TTP claimed responsibility for a suicide bombing …": the claimant did it.
            let claimant = p.pointee.root >= 18 ? responsibilityClaim(before: m.anchor, r) : nil
            sources = possessor ?? antecedent?.sides ?? compoundBefore(claimant ?? m.anchor, actors)
            // ("'Any Indian misadventure will be met with a befitting response,' Pakistan's military said", "Kampala said anyone
            // who blocks roads would be dealt with firmly", "Any foreign troops will become legitimate targets, Moscow warned":
            // a threat told in the passive, hung on its modal with no agent, is its speaker's, against the one its subject
            // names.)
            if p.pointee.root == 13, refusal == nil, possessor == nil, antecedent == nil, isAny(m.anchor + 1, cues.passiveThreatCopulas), isAny(m.anchor, cues.modals),
                let (speaker, start) = passiveThreatSpeaker(before: m.anchor, r, actors)
            {
                let told = actors.first(where: { a in
                    // ("Any foreign troops deployed on Ukrainian territory will become targets": a place after a preposition
                    // is where, not who.)
                    a.tokens.lowerBound >= start && a.tokens.upperBound <= m.anchor && a.sides.count == 1 && !a.afterPreposition
                        && a.sides[0].country != nil && a.sides[0].country != speaker.country
                })
                // ("Anyone who disrupts public order will be dealt with firmly": force threatened at no one named falls on the
                // speaker's own people.)
                let home = p.pointee.code == "137" && told == nil
                    ? ActorChunk.Side(country: speaker.country, sector: "PPL", span: span(m.tokens), inferred: true) : told?.sides[0]
                // ("Farmers will pay a high price for the drought, the minister said": a price no country is told it will pay is
                // no threat.)
                if home == nil, isAny(m.anchor + 1, cues.payVerbs) { return }
                return events(m, p, dyads: [(speaker, home, p.pointee.code)], r: r, meetings: meetings, parties: parties, into: &out)
            }
            // (Nor is one no speaker is known to threaten.)
            if p.pointee.root == 13, isAny(m.anchor, cues.modals), isAny(m.anchor + 1, cues.payVerbs) { return }
            // ("Manila must tow away the grounded warship, Beijing's foreign ministry said", "said Washington must first withdraw
            // its hostile policy"): what a speaker says another country must do is demanded of it; a row hung on "must" codes
            // nothing else.
            if p.pointee.root == 10, isAny(m.anchor, cues.obligation) {
                guard refusal == nil, let (speaker, start) = passiveThreatSpeaker(before: m.anchor, r, actors),
                    let told = actors.last(where: { $0.tokens.upperBound == m.anchor && $0.tokens.lowerBound >= start && !$0.afterPreposition }),
                    told.sides.count == 1, let c = told.sides[0].country, c != speaker.country,
                    // (The subject opens its clause: "that the mission must leave" names no country of its own.)
                    told.tokens.lowerBound == start || sym(told.tokens.lowerBound - 1) == cues.w.that
                else { return }
                return events(m, p, dyads: [(speaker, told.sides[0], p.pointee.code)], r: r, meetings: meetings, parties: parties, into: &out)
            }
            // ("Thanking Washington for decades of support, Liberia's foreign minister said …": an opening participle's subject is
            // the actor right after the comma that closes it.)
            if sources.isEmpty, m.anchor == r.lowerBound, endsInING(m.anchor),
                let comma = (m.tokens.upperBound..<min(r.upperBound, m.anchor + 20)).first(where: { sym($0) == cues.w.comma }),
                let subject = actors.first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 2 && !$0.isPlace })
            {
                sources = subject.sides
            }
            // ("The President conveyed the felicitations of the Government and people of India to …": greetings sent on a
            // country's behalf are that country's, when the subject names none.)
            if p.pointee.code.hasPrefix("051") || p.pointee.code == "018", sources.allSatisfy({ $0.country == nil }),
                let o = m.tokens.first(where: { sym($0) == cues.w.of && $0 > m.anchor }) ?? (sym(m.tokens.upperBound) == cues.w.of ? m.tokens.upperBound : nil),
                let owner = actors.first(where: { a in
                    a.tokens.lowerBound > o && a.tokens.lowerBound <= o + 6 && (o + 1..<a.tokens.lowerBound).allSatisfy { isAny($0, cues.ofCountryWords) }
                }), owner.sides.contains(where: { $0.country != nil })
            {
                // (A government among the bodies named speaks for the country.)
                let named = owner.sides.filter { $0.country != nil }
                sources = named.first(where: { $0.sector == "GOV" }).map { [$0] } ?? named
            }
            // "switched diplomatic recognition from Taipei to Beijing": recognition of the second (054) and relations cut
            // with the first (161).
            if p.pointee.code == "054", isAny(m.anchor, cues.switchVerbs), let s = sources.first, s.country != nil,
                let f = (m.anchor + 1..<min(r.upperBound, m.anchor + 8)).first(where: { sym($0) == cues.from }),
                let old = actors.first(where: { $0.tokens.lowerBound == f + 1 })?.sides.first, old.country != nil,
                let t = (f + 2..<min(r.upperBound, f + 8)).first(where: { sym($0) == cues.w.to_ }),
                let new = actors.first(where: { $0.tokens.lowerBound == t + 1 })?.sides.first, new.country != nil, new.country != old.country
            {
                return events(m, p, dyads: [(s, new, "054"), (s, old, "161")], r: r, meetings: meetings, parties: parties, into: &out)
            }
            // "… asked Tanzania for forgiveness during a visit to Dar es Salaam", "praised … during talks with X": the
            // visit or the talks are the sentence subject's.
            if visitNoun || (p.pointee.root == 4 && isAny(m.anchor, cues.roundNouns)), possessor == nil,
                let prep = framingPreposition(before: m.anchor, r),
                let subject = actors.first(where: { !$0.isPlace && !$0.afterPreposition && $0.tokens.upperBound <= prep })
            {
                sources = subject.sides
            }
            // "Erdogan told Putin in a phone call that …": a call framed by "in" or "during" is the subject's, to the one
            // told or thanked before it.
            if p.pointee.code == "041", possessor == nil, !endsInED(m.anchor), m.anchor - 2 > r.lowerBound,
                sym(m.anchor - 2) == cues.w.in_ || sym(m.anchor - 2) == cues.during, isAny(m.anchor - 1, cues.articles),
                let subject = actors.first(where: { !$0.isPlace && !$0.afterPreposition && $0.tokens.upperBound <= m.anchor - 2 }),
                let told = actors.last(where: { !$0.isPlace && $0.tokens.lowerBound >= subject.tokens.upperBound && $0.tokens.upperBound <= m.anchor - 2 })
            {
                sources = subject.sides
                callee = told.sides
            }
            // "during a visit to Belgrade by Xi Jinping": a visit noun names its visitor after "by".
            if p.pointee.visit, possessor == nil, isNominal, let (visitors, _) = compoundAfter(word: cues.w.by, from: m.anchor, r: r, actors: actors),
                (m.anchor..<r.upperBound).first(where: { sym($0) == cues.w.by }).map({ $0 - m.anchor <= 6 }) == true
            {
                sources = visitors
                visitorBy = true
            } else if p.pointee.visit, possessor == nil, isNominal, sym(m.anchor + 1) == cues.w.of,
                let (visitors, _) = compoundAfter(word: cues.w.of, from: m.anchor, r: r, actors: actors),
                visitors.contains(where: { $0.country != nil })
            {
                // ("during the visit of the Vietnamese Prime Minister to the Lao capital": or after "of".)
                sources = visitors
            }
            // ("RSF fighters killed hundreds of civilians after seizing the city": a gerund after "after", "before" or
            // "while" is the clause subject's act, not its object's.)
            if possessor == nil, claimant == nil, endsInING(m.anchor), m.anchor > r.lowerBound, isAny(m.anchor - 1, cues.gerundPreps),
                let subject = actors.first(where: { !$0.isPlace && !$0.afterPreposition && $0.tokens.upperBound < m.anchor - 1 }),
                !(subject.tokens.upperBound..<m.anchor).contains(where: { sym($0) == cues.w.comma || isAny($0, cues.clauseJoiners) }),
                !subject.sides.isEmpty
            {
                sources = subject.sides
            }
            // "after an earthquake … killed": the verb's subject is a noun of its own clause, not an earlier actor.
            if possessor == nil, claimant == nil, !sources.isEmpty, subordinateSubject(before: m.anchor, actors: actors, r: r) { sources = [] }
            // "After meeting Polish President Duda in Warsaw, NATO's Rutte praised …", "Speaking after talks with X,
            // Sanchez pledged …": an act in an opening clause is the main clause's subject's.
            if sources.isEmpty, possessor == nil, isAny(r.lowerBound, cues.clauseOpeners),
                let comma = (r.lowerBound..<min(r.upperBound, r.lowerBound + 25)).first(where: { sym($0) == cues.w.comma }), m.anchor < comma,
                let subject = actors.first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 3 && !$0.isPlace && !$0.afterPreposition })
            {
                sources = subject.sides
            }
            // "Visiting Indian Prime Minister Narendra Modi and … signed … in Cairo": the visitor is the person named
            // after the participle, the host the sentence's place or other country.
            if p.pointee.visit, endsInING(m.anchor), isAny(m.anchor, cues.visitWords),
                let guest = actors.first(where: { $0.tokens.lowerBound == m.anchor + 1 && $0.isPerson }), let g = guest.sides.first?.country
            {
                let host = ctx.places.first(where: { $0.sides.first?.country.map { $0 != g } ?? false })?.sides.first
                    ?? ctx.nonPlace.first(where: { $0.sides.count == 1 && $0.sides[0].country.map { $0 != g } ?? false })?.sides.first
                guard let host else { return }
                return events(m, p, dyads: [(guest.sides[0], host, "042"), (host, guest.sides[0], "043")], r: r, meetings: meetings, parties: parties, into: &out)
            }
            // ("detained … as he headed to the Mexican embassy": going to a country's embassy is no visit to it.)
            if p.pointee.visit, (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 4)).contains(where: { isAny($0, cues.embassyWords) }) { return }
            // ("200,000 pilgrims from Indonesia and Malaysia have arrived in Mecca": travellers from a country are no visit.)
            if p.pointee.visit, (r.lowerBound..<m.anchor).contains(where: { isAny($0, cues.travellers) && sym($0 + 1) == cues.from }) { return }
            // ("Troops from the CSTO alliance arrived in Kazakhstan": forces sent abroad are deployed (074), not visiting.)
            if p.pointee.visit, (r.lowerBound..<m.anchor).contains(where: { isAny($0, cues.troopNouns) && sym($0 + 1) == cues.from }) {
                guard let s = sources.first, let host = hostAfter(m.anchor, otherThan: s.country, ctx) else { return }
                return events(m, p, dyads: sources.map { ($0, host, "074") }, r: r, meetings: meetings, parties: parties, into: &out)
            }
            // "A Turkish cargo plane carrying medicine landed in Port Sudan", "F-16 jets donated by Denmark have arrived in
            // Ukraine": goods arriving are aid (073 humanitarian, 072 military), not a visit.
            // ("vaccine doses donated by China arrived in Harare": the giver named after "by" between the goods and the verb.)
            if p.pointee.visit, sources.isEmpty, !isNominal,
                let g = (r.lowerBound..<m.anchor).last(where: { isAny($0, cues.aidGoods) || isAny($0, cues.weaponGoods) }),
                let by = (g..<m.anchor).first(where: { sym($0) == cues.w.by }),
                let giver = actors.first(where: { $0.tokens.lowerBound == by + 1 && $0.sides.count == 1 && $0.sides[0].country != nil })
            {
                sources = giver.sides
            }
            if p.pointee.visit, !sources.isEmpty, !isNominal,
                let g = (r.lowerBound..<m.anchor).last(where: { isAny($0, cues.aidGoods) || isAny($0, cues.weaponGoods) }),
                !(g..<m.anchor).contains(where: { sym($0) == cues.w.comma }),
                // ("a Turkish ship carrying supplies for the people of Gaza docked at Egypt's El Arish port": the goods are
                // for the country named after "for", not for the port's.)
                let host = goodsFor(after: g, before: m.anchor, r, otherThan: sources[0].country, ctx)
                    ?? hostAfter(m.anchor, otherThan: sources[0].country, ctx)
            {
                let code: ShortCode = isAny(g, cues.weaponGoods) ? "072" : "073"
                // ("US-made Abrams tanks": the maker named in the goods' words is the giver when no one else is.)
                if sources.allSatisfy({ $0.country == nil }),
                    let k = (r.lowerBound..<g).first(where: { sym($0 + 1) == cues.w.hyphen && isAny($0 + 2, cues.madeWords) }),
                    let c = (max(r.lowerBound, k - 3)...k).lazy.compactMap({ self.country(at: $0) }).first(where: { Int($0.mention.end) == k + 1 })
                {
                    sources = [ActorChunk.Side(country: ShortCode(c.iso3), sector: "GOV", span: span(Int(c.mention.start)..<(k + 1)))]
                }
                return events(m, p, dyads: sources.map { ($0, host, code) }, r: r, meetings: meetings, parties: parties, into: &out)
            }
            // ("a Chinese research vessel was due to dock in Hambantota": a ship docking with no goods named is no visit.)
            if p.pointee.visit, isAny(m.anchor, cues.dockVerbs) { return }
            // ("Visiting Quito on Thursday, US Secretary of State Marco Rubio said …": an opening participle's visitor is
            // the subject after the comma, its host the place it names.)
            if p.pointee.visit, m.anchor == r.lowerBound, endsInING(m.anchor), isAny(m.anchor, cues.visitWords),
                let host = ctx.withCountry.first(where: { $0.tokens.lowerBound == m.anchor + 1 })?.sides.first, let h = host.country,
                let comma = (m.anchor..<min(r.upperBound, m.anchor + 12)).first(where: { sym($0) == cues.w.comma }),
                let guest = actors.first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 3 && !$0.isPlace }),
                let g = guest.sides.first, g.country != nil, g.country != h
            {
                return events(m, p, dyads: [(g, host, "042"), (host, g, "043")], r: r, meetings: meetings, parties: parties, into: &out)
            }
            // "Chinese tourists visited Thailand": a visit in event data is an official one.
            // ("A brigade of 52 Cuban doctors and nurses arrived in Italy": medics sent abroad bring aid, below.)
            if p.pointee.visit, !sources.isEmpty, sources.allSatisfy({ $0.sector == "PPL" }),
                !(max(r.lowerBound, m.anchor - 3)..<m.anchor).contains(where: { isAny($0, cues.medicNouns) })
            {
                return
            }
            // ("The first contingent of 400 Kenyan police officers arrived in Haiti to lead a UN-backed mission": troops or
            // police arriving abroad on a mission are a peacekeeping deployment (074), not a visit.)
            // (An army chief's trip stays a visit: the rule is for forces, named in the plural.)
            if p.pointee.visit, !sources.isEmpty, sources.allSatisfy({ ($0.sector == "MIL" || $0.sector == "COP") && plural($0.span) }) {
                guard r.contains(where: { isAny($0, cues.missionWords) }), let host = hostAfter(m.anchor, otherThan: sources[0].country, ctx)
                else { return }
                return events(m, p, dyads: sources.map { ($0, host, "074") }, r: r, meetings: meetings, parties: parties, into: &out)
            }
            var afterFrom = m.anchor + 1
            if sources.isEmpty, let (group, end) = compoundAfter(word: cues.w.between, or: cues.w.by, from: m.anchor, r: r, actors: actors) {
                sources = group
                // ("the detention of a Japanese executive by Chinese state security": a noun's object comes before its agent.)
                if !(p.pointee.targetSymbol != nil && sym(m.tokens.upperBound - 1) == p.pointee.targetSymbol) { afterFrom = end }
                // "fighting … between the Sudanese army and the Rapid Support Forces": each side acts on the other.
                between = group.count >= 2 && (m.anchor..<end).contains(where: { sym($0) == cues.w.between })
            }
            // "A car bomb exploded in Mogadishu": violence with no named agent still happened somewhere.
            // ("the blast in Quetta" names an act and reports none: a noun alone needs a verb in the match.)
            // ("Cyclone Freddy has killed 500 people", "a fire … killed 59": a cause that is no actor is no event.)
            // ("A roadside bomb struck a military convoy": a noun of force as the subject of a verb of fighting is the act,
            // by no one named.)
            if sources.isEmpty, p.pointee.root == 18 || p.pointee.root == 20 || (p.pointee.root == 19 && forceSubject),
                subjectChunk(before: m.anchor, actors)?.sides.isEmpty != true,
                !isNominal || m.tokens.dropFirst().contains(where: endsInED)
                    || (m.tokens.upperBound < r.upperBound && (endsInED(m.tokens.upperBound) || isAny(m.tokens.upperBound, cues.pastIrregular)))
            {
                sources = [unknown]
                unknownSource = true
                afterFrom = m.tokens.upperBound
            }
            // ("praised the Maldives as a trusted partner during a visit to Male": a visit noun whose nearest words name no
            // actor is the sentence's subject's.)
            if sources.isEmpty, p.pointee.visit, possessor == nil, isNominal, framingPreposition(before: m.anchor, r) != nil,
                let subject = openingSubject(before: m.anchor, actors),
                subject.tokens.lowerBound <= r.lowerBound + 3, subject.sides.first?.country != nil
            {
                sources = subject.sides
            }
            // ("the expulsion of four Moldovan diplomats from Moscow", "over the detention of an employee in Beijing": an
            // expulsion or arrest named as a noun, with no agent, is by the country it is made from or in.)
            // ("Kenya protested over the arrest of 32 Kenyan fishermen in Uganda": after a preposition, not the subject's.)
            if possessor == nil, p.pointee.code == "174" || p.pointee.code == "173", !endsInED(m.anchor), isNominal,
                sources.isEmpty || isPreposition(m.anchor),
                let place = placeOfAct(after: m.tokens.upperBound, expulsion: p.pointee.code == "174", r, ctx)
            {
                sources = [place]
            }
            // ("Heavy clashes between rival armed groups erupted in Tripoli": fighting between parties no word places is
            // the place's own, on both sides.)
            if sources.isEmpty, p.pointee.root == 19, let c = ctx.placeCountry,
                (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 3)).contains(where: { sym($0) == cues.w.between })
                    || (m.anchor + 1..<min(r.upperBound, m.anchor + 3)).contains(where: { sym($0) == cues.w.between })
            {
                let side = ActorChunk.Side(country: c, sector: nil, span: span(m.tokens), inferred: true)
                return out.append(Draft(code: p.pointee.code, root: p.pointee.root, source: party(side), target: party(side), span: span(m.tokens), pattern: m.pattern))
            }
            guard !sources.isEmpty else { return }
            if p.pointee.target != "none" {
                let prep = p.pointee.targetSymbol
                target = targetAfter(afterFrom, prep: prep, actors: targets, r: r, excluding: unknownSource ? [] : sources, relativeEnds: p.pointee.root < 18)
                // Force lands somewhere: "airstrikes against Houthi targets in Yemen" targets Yemen; a place named
                // before any other actor ("struck militant targets in northern Iraq, the ministry in Ankara said") too.
                if p.pointee.root >= 18, let place = ctx.places.first(where: { $0.tokens.lowerBound >= afterFrom }),
                    let t = target.first.flatMap({ side in targets.first(where: { $0.sides.contains { $0.span == side.span } }) }),
                    place.tokens.lowerBound < t.tokens.lowerBound, place.sides.first?.country != nil,
                    !sources.contains(where: { $0.country == place.sides.first?.country })
                {
                    target = place.sides
                }
                // ("suspended deliveries of tanks and fighter jets to Egypt's military-backed government", "Kenya recalls envoy from
                // Somalia", "suspended military cooperation with Canberra": an object of no country is no one reached; the country
                // named right after "to", "with", "from" or "against", in the object's clause, is; not for those released "to the
                // United States", who are no one the release reaches.)
                if prep == nil, p.pointee.root < 17, p.pointee.root != 8, !target.isEmpty, target.allSatisfy({ $0.country == nil }),
                    let last = target.last.flatMap({ side in targets.first(where: { $0.sides.contains { $0.span == side.span } }) }),
                    let next = ctx.withCountry.first(where: { a in
                        a.tokens.lowerBound > last.tokens.upperBound && a.tokens.lowerBound <= last.tokens.upperBound + 8
                            && isAny(a.tokens.lowerBound - 1, cues.recipientPreps)
                            && !(last.tokens.upperBound..<a.tokens.lowerBound).contains(where: { sym($0) == cues.w.comma || isAny($0, cues.clauseJoiners) })
                    }),
                    next.sides.allSatisfy({ d in d.country != nil && !sources.contains { $0.country == d.country } })
                {
                    target = next.sides
                }
                // ("will send 200 more troops to join the UN peacekeeping mission in South Sudan": forces sent to a mission are
                // for the country it is in, not the organisation that runs it.)
                if p.pointee.code == "074", target.allSatisfy({ $0.country == nil }), let host = hostAfter(m.anchor, otherThan: sources.first?.country, ctx) {
                    target = [host]
                }
                // ("Saudi Arabia reopened its embassy in Damascus": an embassy reopened is in the host's capital.)
                if p.pointee.code == "054", target.allSatisfy({ $0.country == nil }),
                    m.tokens.contains(where: { isAny($0, cues.missionBuildings) }),
                    let host = ctx.withCountry.first(where: { $0.tokens.lowerBound == m.tokens.upperBound })?.sides.first,
                    host.country != sources.first?.country
                {
                    target = [host]
                }
                // ("an exchange of 146 prisoners of war between Russia and Ukraine": a mutual act named with its parties after
                // "between" is theirs, whoever arranged it.)
                if p.pointee.pair, isNominal || !endsInED(m.anchor), let group = partiesBetween(after: m, within: 6, r, actors) {
                    sources = group
                    target = []
                    between = true
                }
                // ("mediated an exchange of 146 prisoners of war between Russia and Ukraine": a mediator acts on the parties
                // named after "between".)
                if p.pointee.code == "045", let group = partiesBetween(after: m, within: 10, r, actors) {
                    target = group
                }
                // ("Turkish warplanes struck suspected PKK hideouts in northern Iraq and Syria": force at the source's own
                // rebels abroad lands on the country where they are.)
                if p.pointee.root >= 18, !target.isEmpty, target.allSatisfy({ t in t.country == nil || sources.contains { $0.country == t.country } }),
                    let last = target.last.flatMap({ side in targets.first(where: { $0.sides.contains { $0.span == side.span } }) }),
                    let n = ctx.all.firstIndex(where: { $0.isPlace && $0.tokens.lowerBound > last.tokens.upperBound && $0.tokens.lowerBound <= last.tokens.upperBound + 4 }),
                    let c = ctx.all[n].sides.first?.country, !sources.contains(where: { $0.country == c }),
                    !(last.tokens.upperBound..<ctx.all[n].tokens.lowerBound).contains(where: { sym($0) == cues.w.comma }),
                    (last.tokens.upperBound..<ctx.all[n].tokens.lowerBound).contains(where: { sym($0) == cues.w.in_ || sym($0) == cues.inside })
                {
                    var abroad = ctx.all[n].sides
                    var i = n
                    while i + 1 < ctx.all.count, isJoiner(ctx.all[i].tokens.upperBound, ctx.all[i + 1].tokens.lowerBound) {
                        abroad += ctx.all[i + 1].sides
                        i += 1
                    }
                    target = abroad
                }
                // ("Kenya deployed 400 police officers to Haiti": forces sent somewhere are aimed at where they go.)
                if p.pointee.root == 15, target.allSatisfy({ t in t.country == nil || sources.contains { $0.country == t.country } }),
                    let to = (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 8)).first(where: { sym($0) == cues.w.to_ }),
                    let dest = ctx.withCountry.first(where: { $0.tokens.lowerBound > to && $0.tokens.lowerBound <= to + 3 }),
                    dest.sides.allSatisfy({ d in !sources.contains { $0.country == d.country } })
                {
                    target = dest.sides
                }
                // ("Spain sent two firefighting aircraft to help Portugal": the one helped is the target, not the goods.)
                if p.pointee.root == 7 || p.pointee.code.hasPrefix("033"),
                    target.allSatisfy({ t in t.country == nil || sources.contains { $0.country == t.country } }),
                    let h = (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 10)).first(where: { sym($0) == cues.help }),
                    let helped = actors.first(where: { $0.tokens.lowerBound == h + 1 && !$0.sides.isEmpty }),
                    helped.sides.allSatisfy({ s in s.country != nil && !sources.contains { $0.country == s.country } })
                {
                    target = helped.sides
                }
                // ("China invested heavily in Egypt", "will invest $35 billion in Egypt": so does economic cooperation, made in the
                // country that gains by it.)
                if target.isEmpty, p.pointee.root >= 14 || p.pointee.root == 7 || p.pointee.root == 8 || p.pointee.root == 2 || p.pointee.root == 10 || p.pointee.root == 11
                    || p.pointee.code.hasPrefix("033") || p.pointee.code.hasPrefix("061") || p.pointee.code.hasPrefix("0311")
                {
                    // ("appealed to donors … for refugees in camps in Cox's Bazar": a place in the actor's own country is no target.)
                    target = targetAfter(afterFrom, prep: nil, actors: ctx.places, r: r, excluding: unknownSource ? [] : sources)
                    if !unknownSource, p.pointee.root == 2, target.contains(where: { t in sources.contains { $0.country == t.country } }) { target = [] }
                }
            }
        }
        // ("a cyberattack that Tirana blamed on Tehran", "blamed the bombing on Pakistan": blame laid "on" someone accuses them.)
        if p.pointee.code == "112", isAny(m.anchor, cues.blameVerbs), target.allSatisfy({ $0.country == nil }),
            let on = (m.anchor + 1..<min(r.upperBound, m.anchor + 7)).first(where: { sym($0) == cues.w.on }),
            let blamed = actors.first(where: { $0.tokens.lowerBound == on + 1 || ($0.tokens.lowerBound == on + 2 && isAny(on + 1, cues.articles)) }),
            blamed.sides.contains(where: { b in b.country != nil && !sources.contains(where: { $0.country == b.country }) })
        {
            target = blamed.sides
        }
        // ("declared martial law …, accusing Azerbaijan of …", "imposed a curfew after unidentified gunmen attacked …": a curfew
        // or an emergency falls on the country's own people; only an actor named right after it is its target.)
        if p.pointee.code == "1723" || p.pointee.code == "1724", let own = sources.first?.country, target.isEmpty || target.contains(where: { t in
            t.country == nil || (tokenIndex(startingAt: t.span.start).map { $0 > m.tokens.upperBound + 3 } ?? true)
        }) {
            let near = ctx.places.first(where: { $0.tokens.lowerBound >= m.tokens.upperBound && $0.tokens.lowerBound <= m.tokens.upperBound + 3 })
            target = [ActorChunk.Side(country: near?.sides.first?.country ?? own, sector: "PPL", span: span(m.tokens), inferred: true)]
        }
        // "imposed a curfew", "declared a state of emergency", "fired tear gas": repression falls on the country's own
        // people; "unions staged a walkout", "opposition parties boycotted the referendum": protest is against its government.
        // ("resigned", "pardoned 30 people", "lifted the state of emergency": a concession at home is to the country's people;
        // so is a reform promised, "pledged to hold provincial elections".)
        // ("Colombia's national strike committee announced it would suspend street protests": unrest called off by those who
        // made it is eased toward the home government.)
        let dissentEased = p.pointee.code.hasPrefix("082") && !sources.isEmpty
            && sources.allSatisfy({ $0.sector == "PPL" || $0.sector == "OPP" || $0.sector == "LAB" })
        let homeSector: ShortCode? = !target.isEmpty ? nil : dissentEased ? "GOV" : p.pointee.code.hasPrefix("172") || p.pointee.code == "175" || p.pointee.code == "173" || p.pointee.code.hasPrefix("081") || p.pointee.code.hasPrefix("082") || p.pointee.code.hasPrefix("083")
            || p.pointee.code == "0841" || p.pointee.code.hasPrefix("034") ? "PPL" : p.pointee.root == 14 || p.pointee.root == 9 ? "GOV"
            // ("the opposition rejected the result of the election": a rejection of a vote is of the home government; "the
            // prime minister rejected opposition demands for a rerun of the election": the government's, of its opposition.)
            : p.pointee.root == 12 && (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 8)).contains(where: { isAny($0, cues.electionWords) })
                ? (!sources.isEmpty && sources.allSatisfy({ $0.sector == "GOV" }) ? "OPP" : "GOV")
            // ("The Democratic Alliance refused to back the national budget": the opposition rejects its government's.)
            : p.pointee.root == 12 && !sources.isEmpty && sources.allSatisfy({ $0.sector == "OPP" }) ? "GOV"
            // ("Maduro rejected calls to step down", "the protest movement demanded that the ruling council hand over power":
            // a change of leaders refused or demanded, with no one named, is between the government and its opponents.)
            : p.pointee.code.hasPrefix("123") ? "OPP" : p.pointee.code.hasPrefix("104") ? "GOV"
            // ("Venezuela's opposition demanded that the electoral council publish the tallies", "Farmers' unions demanded a
            // legal guarantee of prices": a demand of the country's opposition or people, no one named, is of its government.)
            : p.pointee.root == 10 && !sources.isEmpty && sources.allSatisfy({ $0.sector == "OPP" || $0.sector == "PPL" || $0.sector == "LAB" }) ? "GOV"
            // ("FARC rebels handed over their last weapons": arms laid down at home are laid down before its government.)
            : p.pointee.code == "0873" ? "GOV"
            // ("Georgia's president vetoes foreign agents bill": a bill or law rejected is its lawmakers'.)
            : p.pointee.root == 12 && (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 6)).contains(where: { isAny($0, cues.domesticInstruments) })
                ? "LEG" : nil
        if target.isEmpty, let sector = homeSector, let home = placeCountry ?? sources.first?.country ?? ctx.soleCountry {
            // ("opened an investigation into alleged bribery": the suspects are the government's own, a party of their own.)
            // ("Jailed former Georgian president Mikheil Saakashvili went on hunger strike": a hunger strike is against the
            // home government even by one who once led it.)
            target = [ActorChunk.Side(country: home, sector: sector, span: span(m.tokens), domestic: p.pointee.root == 9 || p.pointee.code.hasPrefix("142"), inferred: true)]
        }
        // "the opposition demanded the government's resignation": a domestic actor is of the sentence's one country.
        // ("Three soldiers were killed in a Russian missile attack": the victims are not the attacker's.)
        if let home = ctx.soleCountry {
            for t in target.indices where target[t].domestic && target[t].country == nil && !(foreignAgent && sources.first?.country == home) {
                target[t].country = home
            }
            for s in sources.indices where sources[s].domestic && sources[s].country == nil { sources[s].country = home }
        }
        // ("Rival armed factions clashed overnight in the Libyan capital Tripoli", "clashes between rival armed groups
        // erupted in Tripoli": rivals fighting each other, of no country named, fight in the country they are in.)
        if p.pointee.root == 19, target.isEmpty || target.allSatisfy({ $0.country == nil }), !sources.isEmpty, sources.allSatisfy({ $0.country == nil }),
            let home = placeCountry ?? ctx.soleCountry,
            let k = tokenIndex(startingAt: sources[0].span.start),
            (max(r.lowerBound, k - 2)..<min(r.upperBound, k + 3)).contains(where: { isAny($0, cues.rivalWords) })
        {
            let side = ActorChunk.Side(country: home, sector: "REB", span: sources[0].span, domestic: true)
            return events(m, p, dyads: [(side, side, p.pointee.code)], r: r, meetings: meetings, parties: parties, into: &out)
        }
        // "Gunmen attacked …", "militants stormed …": armed men of no named group are of no known side, though
        // "security forces killed 12 militants" places their targets, and "armed separatists attacked a village in
        // Cameroon's Southwest region" names a side of the country's own conflict.
        // ("Armed men kidnapped two Chinese nationals": men who use force are faceless too.)
        for s in sources.indices where sources[s].domestic && (sources[s].sector == "REB" || (sources[s].sector == "PPL" && p.pointee.root >= 18))
            && faceless(sources[s].span)
        {
            sources[s].country = nil
        }
        // ("The Chief of Army Staff, Lt. Gen. Tukur Buratai, held talks in N'Djamena with his Chadian counterpart …, the
        // Nigerian Army said": an official or force named by title alone is of the body the closing attribution names.)
        if !sources.isEmpty, sources.allSatisfy({ $0.country == nil && $0.domestic && ($0.sector == "GOV" || $0.sector == "MIL") }),
            let c = closingAttribution(r, actors), !target.contains(where: { $0.country == c })
        {
            for i in sources.indices { sources[i].country = c }
        }
        // ("The foreign minister lodged a strong protest with Russia's ambassador … after fragments of a drone were found on
        // Romanian soil": an official named by title alone is of the one other country the sentence names.)
        if !sources.isEmpty, sources.allSatisfy({ $0.country == nil && $0.sector == "GOV" && $0.domestic }), p.pointee.root != 4,
            let t = target.first?.country
        {
            var others: [ShortCode] = []
            for a in actors { for side in a.sides { if let c = side.country, c != t, !others.contains(c) { others.append(c) } } }
            if others.count == 1 { for i in sources.indices { sources[i].country = others[0] } }
        }
        // ("The Amir sent cables of congratulations to the Presidents of Liberia and Maldives, KUNA reported": else, as a
        // titled person named alone is, the issuer's, when that is none of the targets.)
        if !sources.isEmpty, sources.allSatisfy({ $0.country == nil && $0.sector == "GOV" && $0.domestic }), p.pointee.root != 4,
            let own = issuer.flatMap({ ShortCode($0) }), !target.contains(where: { $0.country == own })
        {
            for i in sources.indices { sources[i].country = own }
        }
        // "Qatari mediators met separately with Hamas officials and an Israeli delegation": a mediator's meeting mediates.
        var code = refusal ?? p.pointee.code
        // ("Tens of thousands of protesters gathered outside the Presidential Secretariat": a crowd gathering rallies; leaders
        // gathering for a summit do not.)
        // (And only where the sentence names a protest or its demand: pilgrims and mourners gather too.)
        if p.pointee.code == "141", isAny(m.anchor, cues.gatherVerbs),
            !sources.allSatisfy({ $0.sector == "PPL" || $0.sector == "OPP" })
                || !r.contains(where: { isAny($0, cues.protestWords) || isAny($0, cues.protestDemands) || isAny($0, cues.followerNouns) })
        {
            return
        }
        // ("Boko Haram fighters attacked a military base", "ambushed an army convoy": an attack on soldiers or their posts
        // is military force.)
        if code == "180", !endsInING(m.anchor), (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 5)).contains(where: { isAny($0, cues.militaryTargets) }) {
            code = "190"
        }
        // ("US and Philippine troops carried out live-fire drills": drills the forces of two countries hold together are a
        // joint exercise, not a show of force.)
        let jointDrills = code == "150" && Set(sources.compactMap(\.country)).count >= 2 && m.tokens.contains(where: { isAny($0, cues.drillNouns) })
        if jointDrills { code = "062" }
        // ("Hezbollah fighters captured two Israeli soldiers": armed groups make no arrests; soldiers or people they capture
        // are abducted. "Seleka rebels captured Bangui" takes a city, and "Houthi rebels detained 11 UN staff" is written
        // as an arrest.)
        // ("Somali pirates seized a Saudi supertanker": a ship an armed group seizes is hijacked.)
        if !unknownSource, !sources.isEmpty, sources.allSatisfy({ $0.sector == "REB" }), isAny(m.anchor, cues.captureVerbs),
            code == "171" || code == "1711" || (code == "173" && !target.isEmpty && target.allSatisfy({ $0.sector == "MIL" || $0.sector == "PPL" }))
        {
            code = "181"
        }
        // ("the interior minister said additional platoons had been sent to Kurram district": troops sent within the
        // country are mobilised, 154, not deployed to protect another.)
        if code == "074", let home = sources.first?.country, !target.isEmpty, target.allSatisfy({ $0.country == home }) { code = "154" }
        // ("asked the CSTO to send troops to help quell the unrest": troops sent to no one named are no deployment.)
        if code == "074", target.allSatisfy({ $0.country == nil && $0.sector != "IGO" }) { return }
        // ("Nepal's government lifted its ban on 26 social media platforms": a ban eased at home eases restrictions on
        // freedoms, 0811, or on parties and politicians, 0812; not economic sanctions on another country.)
        if code == "085", let home = sources.first?.country, target.allSatisfy({ $0.country == nil || $0.country == home }) {
            let parties = (m.anchor..<min(r.upperBound, m.tokens.upperBound + 4)).contains(where: { isAny($0, cues.partyWords) })
            code = parties ? "0812" : "0811"
            // (Eased for the country's own people or opposition, named or not.)
            if target.allSatisfy({ $0.country == nil }) {
                target = [ActorChunk.Side(country: home, sector: parties ? "OPP" : "PPL", span: span(m.tokens), domestic: true, inferred: true)]
            }
        }
        // ("launched large-scale joint drills encircling Taiwan": one country's joint drills placed around another country,
        // with no partner named, show force at it, 150.)
        if code == "062", sources.count == 1, !target.isEmpty, !target.contains(where: { $0.country == sources[0].country }),
            (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 2)).contains(where: { isAny($0, cues.aroundWords) }),
            !(m.anchor..<min(r.upperBound, m.tokens.upperBound + 2)).contains(where: { sym($0) == cues.w.with })
        {
            code = "150"
        }
        // "The Pentagon cautioned Beijing against …", "the EU warned Georgia that …": a warning addressed to an actor
        // threatens it (130); a warning with no addressee is a pessimistic comment (012).
        if refusal == nil, code == "012", actors.contains(where: {
            $0.tokens.lowerBound == m.anchor + 1 || ($0.tokens.lowerBound == m.anchor + 2 && sym(m.anchor + 1) == cues.w.the)
        }) {
            code = "130"
        }
        // ("deeply concerned by Beijing's decision to impose …": concern at another country's act disapproves of it, 110,
        // as "expressed concern over"; concern about no one is a pessimistic comment.)
        if refusal == nil, code == "012", isAny(m.anchor, cues.concernWords), !sources.contains(where: { $0.sector == "PPL" || $0.sector == "BUS" }),
            target.contains(where: { t in t.country != nil && !sources.contains { $0.country == t.country } })
        {
            code = "110"
        }
        // ("Israel blocked access to the Kerem Shalom crossing", "Islamabad blocked the border": a state that blocks a way
        // restricts movement, 191; protesters who block it obstruct passage, 144.)
        if code.hasPrefix("144"), !sources.isEmpty, sources.allSatisfy({ $0.country != nil && ($0.sector == "GOV" || $0.sector == "MIL") }) {
            code = "191"
        }
        // ("warned that the army would take action against the South if defectors kept sending leaflets", "warned that not a
        // drop of oil would pass through the Strait of Hormuz if Washington imposed sanctions": a warning of what follows a
        // condition threatens (130) the other country it names.)
        // ("warned that Russia could test NATO's resolve … if the alliance failed to rearm": another country's act that a
        // condition brings is a forecast, no threat; "US bases would be legitimate targets if …" is one, and so is what
        // the other will suffer: "warned the South Korean puppets that they would pay dearly if …".)
        if refusal == nil, code == "012", !sources.isEmpty, sources.allSatisfy({ $0.country != nil }) {
            let foreign = { [sources] (s: ActorChunk.Side) in s.country != nil && !sources.contains { $0.country == s.country } }
            if let cond = (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 25)).first(where: { isAny($0, cues.conditionals) }),
                !actors.contains(where: { a in
                    a.tokens.lowerBound >= m.tokens.upperBound && a.tokens.upperBound < cond && !a.isPlace && a.sides.contains(where: foreign)
                        && (a.tokens.upperBound..<min(cond, a.tokens.upperBound + 2)).contains(where: { isAny($0, cues.modals) && sym($0 + 1) != cues.w.be && !isAny($0 + 1, cues.sufferVerbs) })
                }),
                let named = target.contains(where: foreign) ? target
                    : actors.first(where: { $0.tokens.lowerBound >= m.tokens.upperBound && !$0.isPlace && $0.sides.contains(where: foreign) })?.sides.filter(foreign)
            {
                code = "130"
                target = named
            }
        }
        // ("warns road-blocking protesters they will face arrest", "warned they would deal ruthlessly with anyone who …": a
        // warning of a penalty ahead threatens it: repression, 137; sanctions, 1312; else 130.)
        // ("police would \"deal firmly\" with anyone who …", "the army would resolutely crush any attempt at …", "troops would
        // take stern action against anyone …": past quote marks and an adverb; a force promised against an attempt is
        // force, 138; stern action against people is repression, 137.)
        if refusal == nil, code == "012", isAny(m.anchor, cues.warnWords),
            let j = (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 12)).first(where: { sym($0) == cues.w.will || sym($0) == cues.w.would })
        {
            var v = j + 1
            while v < min(r.upperBound, j + 4), isAny(v, cues.quoteMarks) || endsInLY(v) { v += 1 }
            let rest = min(r.upperBound, v + 1)..<min(r.upperBound, v + 6)
            let words = rest.filter { !isAny($0, cues.quoteMarks) && !endsInLY($0) }
            if v >= r.upperBound {
                // (A sentence cut after the modal names no act.)
            } else if sym(v) == cues.deal, words.first.map({ sym($0) == cues.w.with }) == true {
                code = "137"
            } else if isAny(v, cues.crushVerbs) {
                code = "138"
            } else if sym(v) == cues.take, words.count >= 3, isAny(words[0], cues.sternWords), isAny(words[1], cues.consequenceNouns),
                sym(words[2]) == cues.against
            {
                code = "137"
            } else if isAny(v, cues.penaltyVerbs) {
                if let k = rest.first(where: { isAny($0, cues.penaltyNouns) || isAny($0, cues.sanctionNouns) }) {
                    code = isAny(k, cues.sanctionNouns) ? "1312" : "137"
                } else if rest.contains(where: { isAny($0, cues.consequenceNouns) }) {
                    code = "130"
                }
            }
        }
        // ("warned that Moscow would deploy nuclear weapons in the Baltic region if …", "warned Moscow that the next Russian
        // aircraft … would be shot down": a warning whose clause holds force ahead threatens force, 138.)
        // ("was not optimistic that Washington would lift the tariffs": an outlook is no warning.)
        if refusal == nil, code == "130" || (code == "012" && isAny(m.anchor, cues.warnWords)), forceAhead(after: m.tokens.upperBound, r) != nil { code = "138" }
        // ("Rwanda deployed 1,000 soldiers to Mozambique's Cabo Delgado … to help fight an insurgency", "at the request of
        // the Maputo government": forces sent abroad to help are assistance, 074.)
        // ("… to lead a UN-backed multinational security support mission": or on a mission.)
        if refusal == nil, code.hasPrefix("15"),
            target.contains(where: { t in t.country != nil && !sources.contains { $0.country == t.country } }),
            (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 14)).contains(where: {
                (isAny($0, cues.helpWords) && (sym($0 - 1) == cues.w.to_ || sym($0 - 1) == cues.w.the || sym($0 - 1) == cues.w.at))
                    || isAny($0, cues.missionWords)
            })
                // ("Kenya deployed 400 police officers to Haiti": police sent abroad go to assist; no country invades with them.)
                || (m.tokens.count > 1 && m.tokens.dropFirst().contains(where: { isAny($0, cues.policeUnits) })
                    && !m.tokens.dropFirst().contains(where: { isAny($0, cues.troopNouns) }))
        {
            code = "074"
        }
        // ("Russia's defence minister ordered troops to withdraw from the west bank of the Dnipro", "ordered his
        // outnumbered troops to withdraw": troops ordered out by their own side retreat (0874); another country's troops
        // ordered out are expelled, 166.)
        if refusal == nil, p.pointee.code == "166", let to = (m.anchor + 1..<m.tokens.upperBound).first(where: { sym($0) == cues.w.to_ }),
            isAny(to + 1, cues.withdrawVerbs),
            (m.anchor + 1..<to).contains(where: { isAny($0, cues.troopNouns) }),
            !(m.anchor + 1..<to).contains(where: { country(at: $0) != nil }),
            !actors.contains(where: { $0.tokens.lowerBound > m.anchor && $0.tokens.upperBound <= to && $0.sides.contains { $0.country != nil && !$0.domestic } })
        {
            code = "0874"
        }
        // "Tinubu suspended Governor Fubara": suspending an official is an administrative sanction (172); relations and
        // cooperation are what a country suspends with another (160).
        if refusal == nil, code == "160", p.pointee.elements.count == 1,
            actors.contains(where: { $0.isPerson && $0.tokens.lowerBound == m.anchor + 1 })
        {
            code = "172"
        }
        if refusal == nil, p.pointee.root == 4, !p.pointee.visit, !p.pointee.host, let subject = subjectChunk(before: m.anchor, actors),
            (subject.tokens.lowerBound..<m.anchor).contains(where: { isAny($0, cues.mediatorWords) })
        {
            code = "045"
        }
        // "negotiators held talks", "resumed peace talks": a meeting to negotiate is a negotiation.
        if refusal == nil, code == "040", let subject = subjectChunk(before: m.anchor, actors),
            (subject.tokens.lowerBound..<min(m.tokens.upperBound + 2, r.upperBound)).contains(where: { isAny($0, cues.negotiationWords) })
        {
            code = "046"
        }
        // "received a phone call from Iranian President Raisi": the caller acts on the subject.
        if let callee { target = callee }
        if p.pointee.reverse, !target.isEmpty, !unknownSource { swap(&sources, &target) }
        // "in a deal brokered by the UAE": a mediator with no named party mediates between the sentence's others.
        if code == "045", target.allSatisfy({ $0.country == nil }) {
            target = otherCountries(ctx.nonPlace, excluding: sources.compactMap(\.country))
        }
        // "Nicaragua released 222 political prisoners": people still unplaced whom a government arrests, releases or
        // investigates are its own.
        if p.pointee.root == 17 || p.pointee.root == 8 || p.pointee.root == 9, code != "045", let own = sources.first(where: { $0.country != nil && !$0.domestic })?.country {
            for t in target.indices where target[t].domestic && target[t].country == nil { target[t].country = own }
        }
        // (The dyads are gathered in one buffer per document, emptied per match, not in an array allocated per match.)
        dyads.removeAll(keepingCapacity: true)
        // "American and Philippine troops began drills": posture by two countries together is military cooperation.
        if p.pointee.root == 15, Set(sources.compactMap(\.country)).count >= 2 {
            for a in sources { for b in sources where b.country != a.country { dyads.append((a, b, "062")) } }
            return events(m, p, dyads: dyads, r: r, meetings: meetings, parties: parties, into: &out)
        }
        // "during a visit to the flood-hit town": a visit in event data crosses a border.
        // ("Pope Francis met Orban … at the start of a brief visit to Budapest": a visit noun of no named visitor, whose
        // nearest actor is of the host country, is the sentence's subject's.)
        if p.pointee.visit, possessor == nil, isNominal, let t = target.first?.country,
            sources.isEmpty || sources.allSatisfy({ $0.country == t }),
            let subject = openingSubject(before: m.anchor, actors),
            subject.tokens.lowerBound <= r.lowerBound + 3, let c = subject.sides.first?.country, c != t
        {
            sources = subject.sides
        }
        // ("Belarus freed … after a visit to Minsk by a senior US envoy", "ended its pact with France, hours after a visit by the
        // French foreign minister": a visitor named after "by" visits the place the noun names, else the sentence's subject.)
        if visitorBy, let v = sources.first?.country, target.first?.country == nil || target.first?.country == v {
            if let place = hostAfter(m.anchor, otherThan: v, ctx) {
                target = [place]
            } else if let subject = openingSubject(before: m.anchor, actors),
                let s = subject.sides.first, s.country != nil, s.country != v
            {
                target = [s]
            }
        }
        if p.pointee.visit || p.pointee.host, refusal == nil, target.first?.country == nil || target.first?.country == sources.first?.country { return }
        // ("received the Ambassador of Brazil in Algiers": a host receiving a resident diplomat meets him, both ways.)
        if p.pointee.host, refusal == nil, let t = target.first, let k = tokenIndex(startingAt: t.span.start),
            (k..<min(r.upperBound, k + 3)).contains(where: { isAny($0, cues.residentDiplomats) })
        {
            for s in sources where s.country != t.country {
                dyads.append((s, t, "040"))
                dyads.append((t, s, "040"))
            }
            return events(m, p, dyads: dyads, r: r, meetings: meetings, parties: parties, into: &out)
        }
        // ("The Foreign Secretary called on his Sri Lankan counterpart in Colombo", "called on Prime Minister Jugnauth in
        // Port Louis": a courtesy call, no appeal, when no act is asked of the one called on; paid in the host's country.)
        if code == "020", refusal == nil, isAny(m.anchor, cues.callVerbs), sym(m.anchor + 1) == cues.w.on, let t = target.first, let tc = t.country,
            let k = tokenIndex(startingAt: t.span.start), k <= m.anchor + 5,
            !(m.anchor..<min(r.upperBound, k + 10)).contains(where: { sym($0) == cues.w.to_ || sym($0) == cues.w.for_ })
        {
            for s in sources where s.country != nil && s.country != tc {
                dyads.append((s, t, "042"))
                dyads.append((t, s, "043"))
            }
            return events(m, p, dyads: dyads, r: r, meetings: meetings, parties: parties, into: &out)
        }
        // ("Myanmar's army drove more than 700,000 Rohingya across the border into Bangladesh": the country people are driven
        // into is where they flee, not whom the expulsion acts on; with no people of a country named, it falls, as force at no
        // one does, on the doer's own people.)
        // ("Sudanese militias drove tens of thousands of villagers across the border into Chad": so is the place that lends
        // its country to people named with none of their own.)
        if code.hasPrefix("20"), let own = sources.first?.country,
            let destination = ctx.all.first(where: { c in c.tokens.lowerBound > r.lowerBound && sym(c.tokens.lowerBound - 1) == cues.into })?.sides.first?.country
        {
            // ("expelled thousands of Afghans into Afghanistan": people of a country of their own stay its.)
            let before = target.count
            target = target.compactMap { t in
                guard t.country == destination else { return t }
                if tokenIndex(startingAt: t.span.start).map({ $0 > r.lowerBound && sym($0 - 1) == cues.into }) == true { return nil }
                guard t.domestic else { return t }
                var home = t
                home.country = own
                return home
            }
            if before > 0, target.isEmpty, let doer = sources.first { target = [doer.unnamedOfItsCountry] }
        }
        // ("Shehbaz Sharif appealed to the international community for humanitarian assistance as floods submerged a third
        // of Pakistan": an appeal for aid is made to others; the appealing country named is where the aid would go, no
        // one appealed to. One's own government addressed after "to" stays: "the governor appealed to the Federal
        // Government for food".)
        if code.hasPrefix("023"), let own = sources.first?.country, target.contains(where: { $0.country == own }) {
            target.removeAll { t in
                guard t.country == own, let k = tokenIndex(startingAt: t.span.start) else { return false }
                let to = isAny(k - 1, cues.articles) ? k - 2 : k - 1
                return !(to >= r.lowerBound && sym(to) == cues.w.to)
            }
        }
        // ("opened a war crimes investigation into the execution of a captured Ukrainian soldier by Russian troops", "a
        // commission of inquiry into violations committed by Russian forces in Ukraine": an investigation is of the doer
        // named after "by"; "the Israeli military opened an inquiry into the air strike that killed seven aid workers in
        // Gaza": else, when its words name only victims, or it investigates a military action (093), of the investigator's
        // own side.)
        // ("lodged a complaint with the UN Security Council over Israeli air raids": a complaint to a forum is against the
        // country it is about; TargetRules.swift.)
        // ("Dutch King Willem-Alexander, on a state visit to Indonesia, apologised for 'excessive violence' by Dutch forces",
        // "asked for forgiveness for killings carried out by German colonial troops, speaking during a visit to Songea in
        // southern Tanzania": an apology for one's own country's deeds is made to the other country the sentence names.)
        // (One named to no one stays so: "apologised for the Netherlands' role in the slave trade".)
        if code == "055", refusal == nil, let own = sources.first?.country, !target.isEmpty,
            target.allSatisfy({ $0.country == nil || $0.country == own }),
            let other = otherCountries(ctx.all, excluding: sources.compactMap(\.country)).first ?? countryNamed(in: r, other: own)
        {
            target = [other]
        }
        if code == "114" || code == "115", refusal == nil, let t = complaintSubject(target, after: m.tokens.upperBound, r, sources) {
            target = [t]
        }
        if code.hasPrefix("09"), refusal == nil {
            let after = ctx.all.filter { $0.tokens.lowerBound > m.tokens.upperBound }
            if target.allSatisfy({ $0.sector == "PPL" || $0.country == nil }), let n = after.firstIndex(where: { c in
                sym(c.tokens.lowerBound - 1) == cues.w.by && c.sides.contains(where: { $0.country != nil })
                    && !sources.contains(where: { s in c.sides.contains { $0.country == s.country } })
            }) {
                // ("by Israeli forces and Palestinian armed groups": every doer joined after the "by".)
                var doers = after[n].sides.filter { $0.country != nil }
                var i = n
                while i + 1 < after.count, isJoiner(after[i].tokens.upperBound, after[i + 1].tokens.lowerBound) {
                    doers += after[i + 1].sides.filter { $0.country != nil }
                    i += 1
                }
                target = doers
            } else if code == "093" || target.allSatisfy({ $0.sector == "PPL" }), !target.isEmpty, let own = sources.first?.country,
                sources.allSatisfy({ $0.country == own }),
                target.allSatisfy({ $0.sector == "PPL" || ($0.domestic && $0.span == span(m.tokens)) }),
                target.contains(where: { $0.country != nil && $0.country != own })
            {
                target = [ActorChunk.Side(country: own, sector: nil, span: span(m.tokens), domestic: true, inferred: true)]
            }
        }
        // ("Thailand puts border troops on alert amid Cambodia dispute", "Poland moves troops toward Belarus border": forces a
        // show of force moves or alerts, of no country named, are the doer's own, no target.)
        // ("warned that it would respond with overwhelming military force if …": so are the forces a threat names.)
        if code.hasPrefix("15") || code.hasPrefix("13"), !target.isEmpty, target.allSatisfy({ $0.country == nil && ($0.sector == "MIL" || $0.sector == "COP") }) {
            target = []
        }
        // ("Pakistan moved troops to the Line of Control as tensions with India rose": the doer's own troops moved or put on
        // alert are its own, when another country is named to face.)
        if code == "150" || code == "152" || code == "154", !target.isEmpty, ctx.sentenceSoleCountry == nil,
            target.allSatisfy({ t in t.sector == "MIL" && sources.contains(where: { $0.country == t.country }) })
        {
            target = []
        }
        if hostedBy, refusal == nil {
            // ("… signed a peace agreement at a ceremony hosted by King Salman": the host named after "by" hosts every
            // party of the clause; no visit back is told.)
            // ("agreed to a ceasefire at talks in Putrajaya hosted by Malaysian Prime Minister Anwar Ibrahim": talks hosted
            // between the parties are mediated, 045.)
            let talks = (max(r.lowerBound, m.anchor - 6)..<m.anchor).contains { sym($0) == cues.talks }
            for s in sources { for t in target where t.country != nil && t.country != s.country { dyads.append((s, t, talks ? "045" : "043")) } }
        } else if p.pointee.visit || p.pointee.host, refusal == nil, let t = target.first {
            for s in sources where s.country != t.country {
                dyads.append((s, t, p.pointee.visit ? "042" : "043"))
                dyads.append((t, s, p.pointee.visit ? "043" : "042"))
            }
            // ("hosted Egyptian President Sisi and Jordan's King Abdullah in Baghdad", "hosted the presidents of Chad and
            // Sudan", "received the envoys of Mexico, Norway and Kenya": a host hosts every guest of another country named.
            // Gold codes the host's act for each; a visit back, only now and then, so none is added.)
            if p.pointee.host {
                for (n, g) in target.enumerated() where n > 0 {
                    guard let c = g.country, !target[..<n].contains(where: { $0.country == c }) else { continue }
                    for s in sources where s.country != nil && s.country != c { dyads.append((s, g, "043")) }
                }
            }
        } else if (p.pointee.pair || jointDrills || between && target.isEmpty || eachOther(after: m.anchor, r)
            // ("Russia and Ukraine each handed over 95 prisoners of war": captives two countries hand over are an exchange.)
            || (p.pointee.code == "0841" && Set(sources.compactMap(\.country)).count >= 2 && target.allSatisfy({ $0.sector == "PPL" })))
            && sources.count >= 2
            && !(!target.isEmpty && (m.anchor + 1..<min(r.upperBound, m.anchor + 3)).contains(where: { sym($0) == cues.separately }))
            // ("Saudi Arabia, the UAE, Bahrain and Egypt severed ties with Qatar": a party named after the pattern's own
            // preposition is the target of every one of them.)
            && !(p.pointee.targetSymbol != nil && m.tokens.upperBound < r.upperBound && sym(m.tokens.upperBound) == p.pointee.targetSymbol
                // ("Malian soldiers and Russian troops clashed with rebels": rebels, opposition or people of a subject's country
                // too; not forces, which may be the subjects' own arms: "clashed with tanks and mortars".)
                && target.contains(where: { t in
                    t.country != nil && !sources.contains { $0.country == t.country && !(t.sector.map { ["REB", "OPP", "PPL"].contains($0) } == true && $0.sector != t.sector) }
                }))
        {
            // ("X and Y met separately with the EU envoy" met the envoy, not each other.)
            // "X and Y met" gives both directions; "X met Y" runs from X to Y, as event data code it.
            // ("Ethiopian troops and Tigrayan forces clashed": two forces of one country fight each other.)
            for a in sources {
                for b in sources where b.country != a.country || b.sector != a.sector || (p.pointee.root >= 18 && b.span != a.span) { dyads.append((a, b, code)) }
            }
        } else if p.pointee.pair, refusal == nil, target.isEmpty, sources.count == 1, let home = sources[0].country,
            jointSubject(before: m.anchor, r), ctx.nonPlaceWithCountry.allSatisfy({ $0.sides.allSatisfy { $0.country == nil || $0.country == home } })
        {
            // ("Sudan's ruling military council and the main opposition coalition signed a constitutional declaration",
            // "Libya's warring sides signed a permanent ceasefire agreement in Geneva": a joint subject of which only one
            // country is named, in a sentence that names no other party's country, is that country's two sides: the act
            // runs between them, as gold codes a domestic accord.)
            dyads.append((sources[0], sources[0].unnamedOfItsCountry, code))
        } else if target.isEmpty {
            // ("A roadside bomb killed four Malian soldiers …", "Boko Haram militants massacred at least 110 farmworkers near
            // Maiduguri": force at no one named, in a sentence that names no country but the doer's, falls on that country's
            // own people; a weapons test falls on no one.)
            // ("Nigerian unions threaten indefinite strike", "France raised its terrorism alert to the highest level", "deployed
            // police reinforcements to Enga": so do threats, alerts and forces sent at no one named; a show of arms, a missile
            // fired into the sea, is aimed at no one.)
            let atHome = (code.hasPrefix("18") || code.hasPrefix("19") || code.hasPrefix("20") || code.hasPrefix("13") || Self.unrestAtHome(code, sources)
                || code.hasPrefix("151") || code.hasPrefix("152") || code.hasPrefix("153") || code.hasPrefix("154"))
                && code != "2042" && refusal == nil
            // ("Ukraine's military intelligence claimed responsibility for a drone attack on an oil refinery in western Russia",
            // "Hamas claimed responsibility for the attack, which killed two Israeli soldiers": a claimed attack falls on the
            // first country named after the claim, its place or its victims; else, as force does, on the claimant's own.)
            // ("Rwanda denied that its troops were fighting alongside M23 rebels in eastern Congo", "laid a wreath at the
            // Warsaw Uprising monument", "conveyed her condolences to the people of Türkiye": so do a denial, a symbolic act
            // and condolences, on the first other country only.)
            // ("China fired missiles into the sea off Taiwan's two main ports", "Poland scrambled fighter jets as Russia launched
            // a massive missile attack", "Thailand puts border troops on alert amid Cambodia dispute": a show of force, an
            // alert or a mobilisation faces the other country named after the verb in its own clause; "North Korea fired a
            // missile into the sea, South Korea's military said" faces no one.)
            let posture = code.hasPrefix("15") && refusal == nil
            // ("North Korea warned it would respond with overwhelming force if the United States deployed more assets", "Ukrainian
            // forces have taken control of 74 settlements in Russia's Kursk region": so do a threat, and a fight in its clause.)
            let fight = code.hasPrefix("19") && refusal == nil
            let aboutAnother = code == "015" || code == "016" || code == "017" || code == "018" || posture || fight
                || (code.hasPrefix("13") && refusal == nil)
            let clauseEnd = !(posture || fight || code == "016" || code == "017" || code == "018") ? r.upperBound
                : (m.tokens.upperBound..<r.upperBound).first(where: { sym($0) == cues.w.comma || sym($0) == cues.semicolon }) ?? r.upperBound
            // ("moved tens of thousands of troops toward the Kuwaiti border": a country named before "border" is one too.)
            var borderCountry: ActorChunk.Side?
            if posture {
                for k in m.anchor + 1..<max(m.anchor + 1, clauseEnd) {
                    guard let (iso3, mention) = country(at: k), isAny(Int(mention.end), cues.borderWords), let c = ShortCode(iso3),
                        !sources.contains(where: { $0.country == c })
                    else { continue }
                    borderCountry = ActorChunk.Side(country: c, sector: "GOV", span: Span(start: Int(tokens[k].start), end: Int(tokens[Int(mention.end) - 1].end)))
                    break
                }
            }
            // (", South Korea's military said": the one a report is credited to is no one faced.)
            let struck: ActorChunk.Side? = !aboutAnother ? nil : borderCountry ?? ctx.all.lazy.filter {
                $0.tokens.lowerBound >= m.tokens.upperBound && $0.tokens.lowerBound < clauseEnd
                    && !self.isAny($0.tokens.upperBound, self.cues.creditVerbs) && !self.isAny($0.tokens.upperBound, self.cues.reportClause)
            }
                // (`sources` captured by value: a lazy collection's closures escape, and a variable they capture was boxed on
                // the heap for every match.)
                .compactMap { [sources] in $0.sides.first(where: { side in side.country != nil && !sources.contains { $0.country == side.country } }) }.first
            for s in sources {
                if let struck, s.country != nil {
                    dyads.append((s, struck, code))
                    continue
                }
                // ("…, killing four people, and the Islamic State group later claimed responsibility": an armed group of no
                // country claims an attack on the first country the sentence names.)
                if code == "015", s.country == nil, s.sector == "REB", let c = struck ?? countryNamed(in: r, other: nil) {
                    dyads.append((s, c, code))
                    continue
                }
                // (Armed forces put on alert face a foe abroad even unnamed; police on alert face their own streets.)
                if atHome || code == "015", let c = s.country, ctx.sentenceSoleCountry == c, !code.hasPrefix("152") || s.sector == "COP" {
                    dyads.append((s, ActorChunk.Side(country: c, sector: nil, span: span(m.tokens), domestic: true, inferred: true), code))
                } else {
                    dyads.append((s, nil, code))
                }
            }
        } else {
            // ("agreed with Prime Minister Albanese to hold annual leaders' talks": an agreement with someone binds both.)
            let mutual = p.pointee.root == 3 && refusal == nil && isAny(m.anchor, cues.agreeWords) && sym(m.anchor + 1) == cues.w.with
            // ("Iran freed five US citizens in exchange for five Iranians held in the United States": a release in a swap
            // is answered by one.)
            // (Not where the other half's agent is named after "by": "in exchange for three militant commanders released by the
            // Afghan government".)
            let swapAt = (m.tokens.upperBound..<r.upperBound).first(where: { isAny($0, cues.swapWords) })
            let swap = code == "0841" && refusal == nil
                && swapAt.map({ k in !(k + 1..<r.upperBound).contains(where: { sym($0) == cues.w.by && isAny($0 - 1, cues.releasedWords) }) }) == true
            for s in sources {
                for t in target {
                    dyads.append((s, t, code))
                    if mutual || swap, t.country != nil, t.country != s.country { dyads.append((t, s, code)) }
                }
            }
        }
        return events(m, p, dyads: dyads, r: r, meetings: meetings, parties: parties, unknownSource: unknownSource, into: &out)
    }

    /// Whether a draft records no political event: a comment by private people ("investors worried about the impact of
    /// the crisis"), support a government gives its own people ("Libya supports any effort that serves the interests of
    /// the Libyan people"), or a meeting ahead with no one ("the cabinet would discuss the draft budget").
    private func privateOrInward(_ d: Draft) -> Bool {
        if d.root == 1, d.source.sector == "PPL" || d.source.sector == "BUS" { return true }
        // ("apologised to Indo-Fijians for the coups he led": an apology to one's own people is an act between them.)
        if d.root == 5, d.code != "055", let t = d.target, t.country == d.source.country, t.sector == "PPL" { return true }
        if d.code == "036", d.target == nil { return true }
        // ("The farmer received a shipment of coal from his cousin": trade or help among people of no country, to no one
        // placed, is private.)
        if d.root == 6 || d.root == 7, d.source.sector == "PPL", d.source.country == nil, d.target?.country == nil { return true }
        // ("though officials cautioned that no agreements would be signed": a statement by no one placed, to no one, says
        // nothing about relations.)
        // ("in an attack claimed by the Islamic State group": a claim of responsibility by an armed group of no country is one.)
        if d.root <= 3, d.source.country == nil, d.source.sector != "IGO", d.target?.country == nil, d.target?.sector != "IGO",
            !(d.code == "015" && d.source.sector == "REB")
        {
            return true
        }
        return false
    }

    /// The first actor after `k` with a country other than `country` ("… arrived in Haiti"): where a visitor, goods or
    /// forces went.
    private func hostAfter(_ k: Int, otherThan country: ShortCode?, _ ctx: SentenceActors) -> ActorChunk.Side? {
        ctx.withCountry.first(where: { a in a.tokens.lowerBound > k && a.sides.contains { $0.country != nil && $0.country != country } })?.sides.first
    }

    /// The country goods are carried for: "supplies for the people of Gaza", named after "for" between the goods at `g`
    /// and the verb.
    private func goodsFor(after g: Int, before anchor: Int, _ r: Range<Int>, otherThan country: ShortCode?, _ ctx: SentenceActors) -> ActorChunk.Side? {
        // ("wheat donated by Ukraine docked in Djibouti for onward delivery to Ethiopia": the goods are for where they are
        // delivered.)
        if let d = (anchor + 1..<min(r.upperBound, anchor + 10)).first(where: { isAny($0, cues.deliveryNouns) }),
            let to = (d + 1..<min(r.upperBound, d + 3)).first(where: { sym($0) == cues.w.to_ }),
            let side = ctx.withCountry.first(where: { $0.tokens.lowerBound > to && $0.tokens.lowerBound <= to + 2 })?
                .sides.first(where: { $0.country != nil && $0.country != country })
        {
            return side
        }
        guard let f = (g..<anchor).first(where: { sym($0) == cues.w.for_ }) else { return nil }
        return ctx.withCountry.first(where: { a in a.tokens.lowerBound > f && a.tokens.upperBound <= anchor && a.tokens.lowerBound <= f + 5 })?
            .sides.first(where: { $0.country != nil && $0.country != country })
    }

    /// "the captain of a Chinese trawler detained by the Japanese coast guard", "two gendarmes detained by Ivorian
    /// security forces": a participle of arrest whose agent "by" names is that agent's act, on the country of the noun
    /// it describes or, when the noun names none, of the sentence's first actor (who demands their release).
    private func heldBy(_ m: VerbMatch, code: ShortCode, root: Int, _ actors: [ActorChunk], _ events: [Draft]) -> Draft? {
        guard code == "173", m.tokens.count == 1, m.anchor + 2 < tokens.count, sym(m.anchor + 1) == cues.w.by,
            let agent = actors.first(where: { $0.tokens.lowerBound == m.anchor + 2 || ($0.tokens.lowerBound == m.anchor + 3 && isAny(m.anchor + 2, cues.articles)) }),
            !agent.isPlace, let a = agent.sides.first, let ac = a.country
        else { return nil }
        // (The noun the participle describes: back past its words to a verb, a comma or the sentence's start.)
        // ("26 Bangladeshi fishermen who were detained by Myanmar border guards": past the relative's "who were".)
        var k = m.anchor - 1
        // (Otherwise a participle right after its noun: before "by" and an agent, "trawler detained" is no active verb.)
        if k >= 1, isAny(k, cues.passiveAux), sym(k - 1) == cues.who {
            k -= 2
        } else if !(endsInED(m.anchor) && k >= 0 && token(k).kind == .word && !isAny(k, cues.passiveAux) && !isAny(k, cues.finiteBefore)) {
            return nil
        }
        let end = k + 1
        while k >= 0, m.anchor - k <= 7, token(k).kind == .word || token(k).kind == .number, !lexicon.verbFirst.contains(sym(k)), !endsInED(k) {
            k -= 1
        }
        // (A chunk reaching back past that boundary is a clause's subject run on: "that Ghana release two soldiers".)
        let held = actors.last(where: { $0.tokens.lowerBound > k && $0.tokens.upperBound <= end })?.sides
            .first(where: { $0.country != nil && !$0.domestic }).map(party)
        let target = held ?? events.first.map(\.source)
        guard let target, let tc = target.country, tc != ac else { return nil }
        return Draft(code: code, root: root, source: party(a), target: target, span: span(m.tokens), pattern: m.pattern)
    }

    /// The country an act named as a noun happens in: the place after "in" or "near" (or, for an expulsion, "from") within its
    /// clause, a few words on.
    private func placeOfAct(after k: Int, expulsion: Bool, _ r: Range<Int>, _ ctx: SentenceActors) -> ActorChunk.Side? {
        let end = min(r.upperBound, k + 8)
        guard let p = (k..<end).first(where: { isAny($0, cues.actPlaces) || (expulsion && sym($0) == cues.from) }),
            !(k..<p).contains(where: { sym($0) == cues.w.comma || isAny($0, cues.clauseJoiners) }),
            let a = ctx.withCountry.first(where: { $0.tokens.lowerBound == p + 1 && ($0.isPlace || expulsion) }),
            var side = a.sides.first(where: { $0.country != nil })
        else { return nil }
        side.sector = "GOV"
        return side
    }

    /// Two or more parties named after "between" within `n` tokens after a match, in its own clause ("an exchange of
    /// prisoners between Russia and Ukraine").
    private func partiesBetween(after m: VerbMatch, within n: Int, _ r: Range<Int>, _ actors: [ActorChunk]) -> [ActorChunk.Side]? {
        guard let b = (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + n)).first(where: { sym($0) == cues.w.between }),
            !(m.tokens.upperBound..<b).contains(where: { sym($0) == cues.w.comma }),
            let (group, _) = compoundAfter(word: cues.w.between, from: b, r: r, actors: actors), group.count >= 2
        else { return nil }
        return group
    }

    /// Whether the token at `k` is a personal pronoun ("it", "them", "he", "she", "they").
    private func isPronoun(_ k: Int) -> Bool {
        isAny(k, cues.objectPronouns) || isAny(k, cues.thirdPerson) || sym(k) == cues.they
    }

    /// Whether `m` is a gerund after "by", "after" or "before" ("by expelling"): an act of its own.
    private func priorMatchIsGerundAct(_ m: VerbMatch?) -> Bool {
        guard let m else { return false }
        return endsInING(m.anchor) && isAny(m.anchor - 1, cues.gerundPreps)
    }

    /// The token of a force or posture verb after "would"/"will" in the clause after `k` (within twenty tokens), if any.
    private func forceAhead(after k: Int, _ r: Range<Int>) -> Int? {
        let end = min(r.upperBound, k + 20)
        guard k < end else { return nil }
        for j in k..<end where isAny(j, cues.willWould) {
            for v in (j + 1)..<min(end, j + 4) {
                // (Posture and force; a coercion ahead, "would expel", is its own threat, 131x.)
                // ("no agreements would be signed": a row of several words, "signed … annexing", codes force only with its
                // last word standing after.)
                // (Patterns are read through a buffer: a field read never copies the pattern.)
                if let candidates = lexicon.verbIndex[sym(v)],
                    lexicon.verbPatterns.withUnsafeBufferPointer({ pb in
                        candidates.contains(where: { c in
                            [15, 18, 19].contains(pb[c].root)
                                && (pb[c].root == 15 || pb[c].specificity == 1
                                    // (The last element's own forms, not its mask: a mask is a filter, and a word sharing a
                                    // bit with the row's last word is not that word.)
                                    || (v + 1..<min(r.upperBound, v + 8)).contains { pb[c].elements[pb[c].elements.count - 1].forms.contains(sym($0)) })
                        })
                    })
                {
                    return v
                }
            }
        }
        return nil
    }

    /// Whether the negation before `k` states unwillingness: "refused to", "would not", "will never".
    private func refuses(_ k: Int, _ r: Range<Int>) -> Bool {
        for j in max(r.lowerBound, k - 3)..<k where isAny(j, cues.negations) {
            if isAny(j, cues.refusalWords) { return true }
            // ("would absolutely not allow": past an adverb before the negation.)
            let m = j - 1 > r.lowerBound && endsInLY(j - 1) ? j - 2 : j - 1
            if m >= r.lowerBound, isAny(m, cues.futureModals) || isAny(m, cues.modals), sym(m) != cues.did, sym(m) != cues.does {
                return true
            }
            // ("Iran did not allow IAEA inspectors to visit Parchin", "did not accept a proposal": permission or acceptance
            // withheld is a refusal, in the past too.)
            if m >= r.lowerBound, sym(m) == cues.did || sym(m) == cues.does, isAny(k, cues.permissionVerbs) { return true }
        }
        return false
    }

    /// The refusal a negated cooperative act codes: to meet (125), to mediate (126), to yield (124), to cooperate
    /// materially (121) or give aid (122), else a rejection (120); none for a negated statement or hostile act.
    static func refusal(of code: ShortCode) -> ShortCode? {
        if code == "045" || code == "039" { return "126" }
        if code == "036" { return "125" }
        switch code.prefix2 {
        case "03", "05": return "120"
        case "04": return "125"
        case "06": return "121"
        case "07": return "122"
        case "08": return code.hasPrefix("087") ? "1246" : "124"
        default: return nil
        }
    }

    /// The code of an act announced ahead: a meeting is an intent to meet (036), aid an intent to give it (033x),
    /// cooperation an intent to cooperate (031x), a concession an intent to yield (035x), a hostile act a threat (13x).
    static func ahead(_ code: ShortCode) -> ShortCode {
        switch code.prefix2 {
        case "04": return code == "045" ? "039" : "036"
        case "07": return intentToAid(code)
        case "06": return ["061": "0311", "062": "0312", "063": "031", "064": "031"][code] ?? "031"
        case "08":
            return ["081": "0351", "0811": "0351", "0812": "0351", "0813": "0351", "0814": "0351", "082": "0352", "083": "034",
                "0831": "0341", "0832": "0342", "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355",
                "0861": "0355", "0862": "0355", "0863": "0355", "087": "0356", "0871": "0356", "0872": "0356", "0873": "0356",
                "0874": "0356"][code] ?? "035"
        case "05": return "032"
        case "14": return "133"
        case "16": return ["161": "1313", "162": "1311", "1621": "1311", "1622": "1311", "1623": "1311", "163": "1312", "164": "134",
            "165": "135", "166": "136", "1661": "136", "1662": "136", "1663": "136"][code] ?? "131"
        // ("warned it would expel Togo's ambassador": most expulsions the news reports are of diplomats, a threat to relations.)
        case "17": return code.hasPrefix("172") ? (["1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324"][code] ?? "132") : code == "174" ? "1313" : "137"
        case "18", "20": return "1383"
        case "19": return ["191": "1381", "192": "1382"][code] ?? "1384"
        default: return code
        }
    }

    /// The 033x code of an intent to give the aid a 07x code gives.
    static func intentToAid(_ code: ShortCode) -> ShortCode {
        switch code {
        case "071": return "0331"
        case "072": return "0332"
        case "073": return "0333"
        case "074": return "0334"
        default: return "033"
        }
    }

    /// A killing or shooting coded by who did it to whom: armed men against armed men is fighting (190: "security
    /// forces killed 12 militants", "rebels ambushed a patrol, killing two soldiers"); police or soldiers killing
    /// people at a protest is violent repression (175, COERCE in PLOVER where 18x and 19x are both ASSAULT).
    private func forceBySides(_ code: ShortCode, source: ShortCode?, target: ShortCode?, crowd: Bool, partisan: Bool, _ r: Range<Int>)
        -> ShortCode
    {
        // "Supporters … clashed with police", "protesters stormed parliament": crowds using force are rioting (145).
        guard code.first == UInt8(ascii: "1") else { return code }
        // ("Demonstrators torched regional parliament buildings": crowds destroying property riot too.)
        // ("Supporters of opposition candidate Carlos Mesa set fire to electoral offices": an opposition crowd, or a leader's
        // supporters, need no protest word.)
        if crowd, source == "PPL" || source == "OPP", code.hasPrefix("171"),
            source == "OPP" || partisan || r.contains(where: { isAny($0, cues.protestWords) })
        {
            return "145"
        }
        // ("protesters who set fire to rubbish bins": force by a crowd at no one named is rioting too.)
        if crowd, source == "PPL" || source == "OPP", code.hasPrefix("18") || code.hasPrefix("19"), !code.hasPrefix("181"),
            target.map({ $0 == "COP" || $0 == "MIL" || $0 == "GOV" || $0 == "LEG" || $0 == "JUD" })
                ?? r.contains(where: { isAny($0, cues.protestWords) })
        {
            return "145"
        }
        let state = source == "MIL" || source == "COP"
        guard code == "180" || code == "1823" || code == "185" || code == "186" || code == "193" else { return code }
        if code != "193", let target, target == "MIL" || target == "REB" || target == "COP", source == "REB" || (state && target == "REB") {
            return "190"
        }
        if state, target == "PPL", r.contains(where: { isAny($0, cues.protestWords) }) { return "175" }
        return code
    }

    /// The "during", "on", "after" or "while" that frames the noun at `k` ("during a bilateral meeting", "during talks").
    private func framingPreposition(before k: Int, _ r: Range<Int>) -> Int? {
        var j = k - 1
        while j > r.lowerBound, k - j <= 3, isAny(j, cues.articles) || (token(j).kind == .word && !token(j).isCapitalized && !isAny(j, cues.visitPreps)
            && !isAny(j, cues.nonModifiers) && !lexicon.verbFirst.contains(sym(j)))
        {
            j -= 1
        }
        return j >= r.lowerBound && isAny(j, cues.visitPreps) ? j : nil
    }

    /// Whether a match is a bare intent ending on "to" ("vowed to", "agreed … to"), which the act after it specifies.
    private func isBareIntent(_ m: VerbMatch) -> Bool {
        (verbFacts(m.pattern).root == 3 || verbFacts(m.pattern).code == "130") && sym(m.tokens.upperBound - 1) == cues.w.to_
    }

    /// Whether the word at `k` follows a hyphen in its sentence ("U.N.-backed", "army-backed"): part of a hyphenated word,
    /// no verb of its own, unless the part before is a prefix that leaves it one ("test-fired"). (The matcher and the coding
    /// stage both ask.)
    private func insideHyphenatedWord(_ k: Int, _ r: Range<Int>) -> Bool {
        k > r.lowerBound && sym(k - 1) == cues.w.hyphen && (k - 2 < r.lowerBound || !isAny(k - 2, cues.verbPrefixes))
    }

    /// Whether token `k` counts something: a number or a number word ("three wars", "kidnapped about 80 pupils").
    private func isCount(_ k: Int) -> Bool {
        k >= 0 && k < tokens.count && (token(k).kind == .number || isAny(k, cues.numberWords))
    }

    /// Whether "each other" follows the verb at `k` closely ("expelled each other's diplomats").
    private func eachOther(after k: Int, _ r: Range<Int>) -> Bool {
        // (A verb last in its sentence leaves an empty range, never an inverted one.)
        (k + 1..<max(k + 1, min(r.upperBound - 1, k + 4))).contains { sym($0) == cues.each && sym($0 + 1) == cues.other }
    }

    /// The claim verb of "claimed responsibility for" right before the act at `k`.
    private func responsibilityClaim(before k: Int, _ r: Range<Int>) -> Int? {
        if let resp = (max(r.lowerBound, k - 6)..<k).last(where: { sym($0) == cues.responsibility }), resp > r.lowerBound,
            isAny(resp - 1, cues.claimVerbs)
        {
            return resp - 1
        }
        // ("The Resistance Front claimed the attack on tourists", "Al-Shabaab claims Kampala bombings": the act itself claimed,
        // past a few words naming it; not a claim about it, "claimed the attack was staged".)
        guard let j = (max(r.lowerBound, k - 4)..<k).last(where: { isAny($0, cues.claimOnlyVerbs) }), j > r.lowerBound,
            (j + 1..<k).allSatisfy({ t in
                sym(t) == cues.w.s || isAny(t, cues.articles) || token(t).kind == .number
                    || (token(t).kind == .word && !lexicon.verbFirst.contains(sym(t)) && sym(t) != cues.w.that && !isAny(t, cues.passiveAux))
            }),
            k + 1 >= r.upperBound || !(isAny(k + 1, cues.passiveAux) || isAny(k + 1, cues.auxiliaries) || isAny(k + 1, cues.modals))
        else { return nil }
        return j
    }

    /// Whether `year` is a year more than a decade before publication (1800 at the earliest): history, no news.
    private func decadesPast(_ year: Int) -> Bool { year >= 1800 && year < (published?.year ?? 9999) - 10 }

    /// Whether the act at `k` is a noun that is expected ("analysts expect talks …") or dated to a past year
    /// ("an exhibition on the 1994 genocide").
    private func nominalAside(_ k: Int, _ r: Range<Int>) -> Bool {
        guard !endsInED(k) else { return false }
        // ("the negotiations that ended the war in the 1990s": a decade after the act dates it too.)
        for j in k + 1..<min(r.upperBound, k + 9) where token(j).hasDigit && ends(j, "s") {
            if let year = Int(text.string(span(j..<(j + 1))).prefix(4)), decadesPast(year) { return true }
        }
        // ("laid a wreath at the genocide memorial", "genocide survivors": the act names a place or people remembering it.)
        if k + 1 < r.upperBound, isAny(k + 1, cues.rememberedBy) { return true }
        // ("an exhibition of photographs documenting the nearly four-year siege": an act a record documents is remembered.)
        if (max(r.lowerBound, k - 8)..<k).contains(where: { isAny($0, cues.documenting) }) { return true }
        // ("a day after President Tsai Ing-wen returned from a trip to the United States": a visit returned from is the
        // background of what followed it.)
        if k > r.lowerBound + 1, (max(r.lowerBound + 1, k - 4)..<k).contains(where: { sym($0) == cues.from && isAny($0 - 1, cues.returnWords) }) {
            return true
        }
        for j in max(r.lowerBound, k - 5)..<k {
            if isAny(j, cues.expectVerbs) { return true }
            // ("a memorial to Korean victims of the Hiroshima atomic bombing": the victims of an act are remembered.)
            if isAny(j, cues.victimWords), sym(j + 1) == cues.w.of { return true }
            // ("marked the 79th anniversary of the atomic bombing of Hiroshima": a remembered act.)
            // ("laid a wreath at a memorial during a visit to Kigali": not across "during" or a comma.)
            if isAny(j, cues.anniversaryWords),
                !(j + 1..<k).contains(where: { sym($0) == cues.during || sym($0) == cues.w.comma || sym($0) == cues.after || sym($0) == cues.w.while_ })
            {
                return true
            }
            // ("Thirty years after the Srebrenica massacre": an act dated by years since is long past.)
            if isAny(j, cues.yearWords), j + 1 < k, sym(j + 1) == cues.after || sym(j + 1) == cues.since { return true }
            if token(j).kind == .number || token(j).hasDigit, let year = Int(text.string(span(j..<(j + 1))).prefix(4)), year >= 1800,
                year < (published?.year ?? 9999) - 1
            {
                // ("the war in the 1990s": a decade too.)
                return true
            }
        }
        return false
    }

    /// The "'s" token before `k`, past up to `modifiers` lowercase words ("Ahmed's state visit", "Modi's two-day trip").
    private func possessive(before k: Int, _ r: Range<Int>, modifiers: Int) -> Int? {
        var j = k - 1
        var skipped = 0
        while skipped < modifiers, j > r.lowerBound, sym(j) != cues.w.s,
            token(j).kind == .number || sym(j) == cues.w.hyphen || (token(j).kind == .word && !token(j).isCapitalized && !isAny(j, cues.nonModifiers))
        {
            j -= 1
            skipped += 1
        }
        return sym(j) == cues.w.s ? j : nil
    }

    /// Whether the verb at `k` is passive: "was expelled", "were reportedly killed", "has been shot".
    private func isPassive(_ k: Int) -> Bool {
        // ("Canada said it was disappointed by New Delhi's decision": a feeling caused by something is no passive act.)
        if isAny(k, cues.feelings) { return false }
        // "was investigating" is progressive, "is ready to mediate", "is prepared to" adjectival: not passive.
        if endsInING(k) || sym(k + 1) == cues.w.to_ { return false }
        guard endsInED(k) || endsInEN(k) || isAny(k, cues.pastIrregular) else { return false }
        if isAny(k - 1, cues.passiveAux) { return true }
        // "a deal mediated by the UAE": a participle with its agent.
        // ("responded by firing drones", "retaliated by striking …": "by" and a gerund is the means, not the agent.)
        // ("talked by phone", "travelled by road to Lahore": "by" and a means of contact or travel is no agent either.)
        if endsInED(k), sym(k + 1) == cues.w.by { return k + 2 >= tokens.count || (!endsInING(k + 2) && !isAny(k + 2, cues.byMeans)) }
        return isAny(k - 2, cues.passiveAux) && token(k - 1).kind == .word && !lexicon.verbFirst.contains(sym(k - 1))
            && sym(k - 1) != cues.w.to_
    }

    /// Whether the past participle at `k` is a headline's passive, its auxiliary left out: right after its subject and
    /// before a preposition or the headline's end ("Opposition leader detained in Dhaka", "Five soldiers killed in Kashmir
    /// ambush"). A headline tells an act done in the present form ("Russia expels …"); a past form with an object after it
    /// ("Russia expelled 20 diplomats") stays active.
    private func headlinePassive(_ k: Int, _ r: Range<Int>, _ actors: [ActorChunk]) -> Bool {
        guard k > r.lowerBound, !token(k).isCapitalized, endsInED(k) || endsInEN(k) || isAny(k, cues.pastIrregular),
            k + 1 >= r.upperBound || isAny(k + 1, cues.headlinePassiveNext), isHeadline(r)
        else { return false }
        return actors.contains(where: { $0.tokens.upperBound == k && !$0.isPlace && !$0.afterPreposition })
    }

    /// Whether a subordinate clause with a subject of its own ("after an earthquake", "when a bomb")
    /// stands between the nearest actor and the verb at `anchor`.
    private func subordinateSubject(before anchor: Int, actors: [ActorChunk], r: Range<Int>) -> Bool {
        guard let last = actors.last(where: { $0.tokens.upperBound <= anchor && !$0.isPlace && !$0.afterPreposition }) else { return false }
        var j = last.tokens.upperBound
        while j + 1 < anchor {
            if isAny(j, cues.subordinators), isAny(j + 1, cues.articles),
                !actors.contains(where: { $0.tokens.lowerBound > j && $0.tokens.upperBound <= anchor && !$0.isPlace && !$0.afterPreposition }),
                // ("condemned the demolition as an act of barbarism and warned that …": a clause has a verb of its own; with none
                // before an "and"-verb, "as an act" was a phrase, and the verb the subject's.)
                !(sym(anchor - 1) == cues.w.and
                    && !(j + 2..<anchor - 1).contains(where: { endsInED($0) || isAny($0, cues.pastIrregular) || lexicon.verbFirst.contains(sym($0)) }))
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// The actor right after `prep` ("sanctions were imposed on X"), or none.
    private func prepTarget(_ from: Int, prep: Int32, actors: [ActorChunk], r: Range<Int>, excluding: [ActorChunk.Side]) -> [ActorChunk.Side] {
        guard let k = (from..<r.upperBound).first(where: { sym($0) == prep }),
            actors.contains(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 3 })
        else { return [] }
        return targetAfter(k + 1, prep: nil, actors: actors, r: r, excluding: excluding)
    }

    private func events(
        _ m: VerbMatch, _ p: UnsafePointer<VerbPattern>, dyads: [(ActorChunk.Side, ActorChunk.Side?, ShortCode)], r: Range<Int>, meetings: [Meeting],
        parties: [ShortCode], unknownSource: Bool = false, into out: inout [Draft]
    ) {
        let mode = self.mode(m, p, r)
        // "will hold talks", "plans to visit": a meeting ahead is an intent to meet (036).
        // "will provide Cambodia with grant aid": aid ahead is an intent to provide it (033x).
        // "said it would free the soldiers", "would lift sanctions": a concession ahead is an intent to yield (035x);
        // "warned it would sever relations", "would use force": a hostile act ahead is a threat (13x).
        // ("will pay an official visit to Australia": a visit ahead is the visitor's intent; the host's welcome is not yet.)
        // ("Moldova will expel 45 Russian diplomats", "The United States will withhold $130 million in military aid": a
        // sanction announced with a bare "will" is decided, the act itself, unless a threat frames it.)
        // ("Moscow has decided to downgrade diplomatic relations with Tallinn": so is one a government "decided to" take.)
        // ("will formally expel", "decided to immediately recall": past an adverb.)
        let aux = beforeAdverb(m.anchor)
        let announcedWould = sym(aux) == cues.w.would && aux > r.lowerBound
            // ("announced that his country would break off diplomatic relations": past "that" and a short subject.)
            && (max(r.lowerBound, aux - 5)..<aux).contains(where: { isAny($0, cues.announceVerbs) })
        let decided = mode == .planned && (p.pointee.root == 16 || p.pointee.root == 17)
            && (sym(aux) == cues.w.will || (sym(aux) == cues.w.to_ && sym(aux - 1) == cues.w.decided)
                // ("The Dominican government announced it would deport up to 10,000 …": so is one it announced.)
                || announcedWould)
            && !(max(r.lowerBound, m.anchor - 8)..<(announcedWould ? aux : m.anchor)).contains(where: { isAny($0, cues.threatFrames) })
        // ("Australian-led peacekeepers landed in East Timor", "a multinational force began landing in Albania": troops that
        // arrive are deployed there, 074, and no one hosts them.)
        let troops = p.pointee.visit && isAny(m.anchor, cues.arrivalVerbs)
            && (max(r.lowerBound, m.anchor - 3)..<m.anchor).contains(where: { isAny($0, cues.troopNouns) || sym($0) == cues.force || isAny($0, cues.policeUnits) })
        // ("A brigade of Cuban doctors and nurses arrived in Italy", "military aircraft landed in Tonga carrying drinking water":
        // medics, or an arrival carrying relief goods, bring humanitarian aid, 073, and no one hosts them.)
        // ("military aircraft flew drinking water and emergency supplies to Tonga": relief goods a trip's verb carries to
        // the place.)
        let relief = p.pointee.visit && !troops
            && ((isAny(m.anchor, cues.arrivalVerbs)
                && ((max(r.lowerBound, m.anchor - 3)..<m.anchor).contains(where: { isAny($0, cues.medicNouns) })
                    || (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 12)).contains(where: { c in
                        isAny(c, cues.carrying) && (c + 1..<min(r.upperBound, c + 5)).contains(where: { isAny($0, cues.reliefGoods) })
                    })))
                || (m.anchor + 1..<min(r.upperBound, m.anchor + 8)).prefix(while: { sym($0) != cues.w.to_ }).contains(where: { isAny($0, cues.reliefGoods) }))
        let arrived = troops || relief
            ? dyads.filter { $0.2 != "043" }.map { ($0.0, $0.1, $0.2 == "042" ? (troops ? "074" : "073") as ShortCode : $0.2) } : dyads
        let dyads = mode == .planned && !decided
            ? arrived.filter { !((p.pointee.visit || p.pointee.host) && $0.2 == "043") }.map { ($0.0, $0.1, Self.ahead($0.2)) } : arrived
        /// The draft of one dyad, or nil when the dyad codes none.
        func draft(_ s: ActorChunk.Side, _ t: ActorChunk.Side?, _ code: ShortCode) -> Draft? {
            // "shortly after he returned from a trip to Hong Kong": a pronoun no one known stands for makes no visit.
            if p.pointee.visit || p.pointee.host, unknownPronoun(s) || t.map(unknownPronoun) == true { return nil }
            // "Pakistan protested India's move": a government protests officially (114); crowds demonstrate (141).
            var code: ShortCode = (code == "141" || code == "140") && s.sector == "GOV" && s.country != nil && !unknownSource ? "114" : code
            // (A crowd is plural: "supporters", "protesters", "residents"; "a Slovak man" who shoots is no riot.)
            // ("Supporters of Senegalese opposition leader Ousmane Sonko clashed with security forces": the person's
            // supporters are the subject's crowd.)
            // (Read only where a rule asks: a crowd riots only in a hostile act by people or the opposition.)
            lazy var following = !unknownSource && supportersOf(s.span)
            lazy var crowd = !unknownSource && (plural(s.span) || following)
            // ("Supporters of opposition leader Ousmane Sonko torched buses": a leader's supporters, named after the "of" or
            // by the chunk's first word.)
            lazy var partisan = following || (!unknownSource && tokenIndex(startingAt: s.span.start).map { isAny($0, cues.followerNouns) } == true)
            let mayRiot = !unknownSource && code.first == UInt8(ascii: "1") && (s.sector == "PPL" || s.sector == "OPP")
            code = forceBySides(
                code, source: unknownSource ? nil : s.sector, target: t?.sector, crowd: mayRiot && crowd, partisan: mayRiot && partisan, r)
            // "placed police on high alert", "Police and gendarmes in Bangui were placed on maximum alert": a police alert
            // is 151, a military one 152.
            if code == "152", t?.sector == "COP" { code = "151" }
            if code == "154" || code == "153" {
                // "Kenyan police deployed in large numbers in central Nairobi": police deployed are police mobilized (153),
                // not troops (154).
                if !unknownSource, s.sector == "COP" { code = "153" }
                // ("The company deployed a new payment system in its stores": a firm or outlet deploys no force.)
                if !unknownSource, s.sector == "BUS" || s.sector == "MED" { return nil }
                // ("an agreement that would allow Chinese police and naval ships to be deployed to the Pacific nation": a
                // deployment permitted is not made.)
                if sym(m.anchor - 1) == cues.w.be, sym(m.anchor - 2) == cues.w.to_,
                    (max(r.lowerBound, m.anchor - 12)..<m.anchor).contains(where: { isAny($0, cues.permissionForms) })
                {
                    return nil
                }
            }
            // "Ecuadorian police raided the Mexican embassy", "prosecutors raided the offices": a raid by police or
            // prosecutors is coercion (170); troops' raids are force.
            if code == "180" || code == "190", !unknownSource, s.sector == "COP" || s.sector == "JUD", isAny(m.anchor, cues.raidWords) {
                code = "170"
            }
            // ("prosecutors raided the homes of two aides … as they widened an investigation", "police searched properties
            // linked to Najib Razak as part of a reopened investigation": a raid or search for an inquiry investigates (091).)
            if code == "170", isAny(m.anchor, cues.raidWords),
                (m.tokens.upperBound..<r.upperBound).contains(where: { isAny($0, cues.inquiryNouns) })
            {
                code = "091"
            }
            // ("Ecuadorian police stormed the Mexican embassy", "Gunmen stormed Fiji's parliament": a building stormed by police or
            // troops is property seized (171), by an armed group an attack (180); only crowds riot.)
            if code == "145", p.pointee.code == "145", !unknownSource {
                if s.sector == "COP" || s.sector == "MIL" {
                    code = "171"
                } else if s.sector == "REB" || (s.sector == nil && !crowd) {
                    code = "180"
                }
            }
            // "Thai F-16 jets bombed Cambodian positions": an armed force's bombing is by air (195).
            if code == "183", !unknownSource, s.sector == "MIL" { code = "195" }
            // "Chinese coast guard ships fired water cannon at a Philippine supply boat": repression is of crowds; against
            // another country's vessel it is coercion (170).
            if code == "175", let t, t.country != nil, t.country != s.country,
                (m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 8)).contains(where: { isAny($0, cues.vessels) })
            {
                code = "170"
            }
            // "North Korea fired two ballistic missiles into the sea": a launch at no one is a show of force (150).
            if code == "195", t == nil, !unknownSource { code = "150" }
            // Relations are reduced with someone: "a dialogue suspended since 2019" names no partner. A body left is one,
            // known or not ("Kiribati has pulled out of the Pacific Islands Forum").
            if code == "160", t == nil, !isAny(m.tokens.upperBound - 1, cues.blocNouns) { return nil }
            // ("Turkey ordered the expulsion of ten Western ambassadors": those expelled are foreigners; a target placed in
            // the expeller's own country by context is unknown.)
            var t = t
            if code == "174", t?.country != nil, t?.country == s.country { t?.country = nil }
            guard code == p.pointee.code || lexicon.cameo[code.description] != nil else { return nil }
            // "Pakistan's Foreign Office … Pakistan" is one actor; a domestic target placed by context is another
            // ("the election commission disqualified former prime minister Imran Khan").
            if let t, t.country == s.country, t.country != nil, t.sector == s.sector, !t.domestic { return nil }
            let linked = !meetings.isEmpty && s.country.map(parties.contains) == true && (t?.country).map(parties.contains) != false
            return Draft(
                code: code, root: code == p.pointee.code ? p.pointee.root : code.root,
                source: unknownSource
                    ? alertedForce(code, t) ?? .init(country: nil, sector: nil, span: s.span, rule: "rule.actor.passive", named: false) : party(s),
                target: t.map(party), mode: mode, linked: linked, span: span(m.tokens), pattern: m.pattern)
        }
        // (Appended to the caller's buffer: an array returned for each match was allocated for each match.)
        for (s, t, code) in dyads {
            if let d = draft(s, t, code) { out.append(d) }
        }
    }

    /// The source of a force put on alert or deployed with no agent named: its own country's ("Police in Dhaka were placed on
    /// high alert", "Pakistan's air force has been placed on high alert", "Some 45,000 police officers were deployed across
    /// France"): a state's forces are alerted or deployed by the state. (Only a force deployed is its own source: "troops
    /// were deployed to Lebanon" names where they went, not who they are.)
    private func alertedForce(_ code: ShortCode, _ t: ActorChunk.Side?) -> Draft.Party? {
        guard let t, let country = t.country, code.root == 15 else { return nil }
        guard code == "151" || code == "152" || t.sector == "COP" || t.sector == "MIL" else { return nil }
        return Draft.Party(country: country, sector: t.sector, span: t.span, rule: .alerted, named: !t.inferred)
    }

    /// The nearest actor before `anchor` that can be its subject: no place, none after a preposition.
    private func subjectIndex(before anchor: Int, _ actors: [ActorChunk]) -> Int? {
        guard let n = actors.lastIndex(where: { $0.tokens.upperBound <= anchor && !$0.isPlace && !$0.afterPreposition }) else { return nil }
        // ("Janjaweed militiamen backed by Khartoum massacred villagers", "M23 rebels, backed by Rwandan troops, pushed into
        // Goma": the backer describes the subject, which stands before the participle.)
        if let m = backedActor(n, actors) { return m }
        // ("Chinese coast guard personnel boarded Philippine navy boats … and seized several rifles": after "and", an
        // actor right after a past-tense verb is that verb's object; the subject is the one before the verb.)
        let start = actors[n].tokens.lowerBound
        // ("Erdogan sent a letter to President Putin expressing regret …": the recipient of a message does not do the
        // participle after it; the sender does.)
        // ("… expressing regret over the downing of a Russian warplane … and offering condolences": the participles the
        // message carries, one after another, are the sender's.)
        if endsInING(anchor),
            let recipient = actors[...n].lastIndex(where: { a in
                a.tokens.lowerBound >= 2 && sym(a.tokens.lowerBound - 1) == cues.w.to_
                    && (max(0, a.tokens.lowerBound - 6)..<(a.tokens.lowerBound - 1)).contains(where: { isAny($0, cues.sendVerbs) })
            }),
            let v = (max(0, actors[recipient].tokens.lowerBound - 6)..<(actors[recipient].tokens.lowerBound - 1)).last(where: { isAny($0, cues.sendVerbs) }),
            (actors[recipient].tokens.upperBound..<anchor).allSatisfy({
                sym($0) != cues.w.comma && !endsInED($0) && !isAny($0, cues.pastIrregular) && sym($0) != cues.who && sym($0) != cues.which
            }),
            let m = actors[..<recipient].lastIndex(where: { $0.tokens.upperBound <= v && !$0.isPlace && !$0.afterPreposition }),
            actors[m].tokens.upperBound == v
        {
            return m
        }
        // ("Mitsotakis called President Erdogan on Monday to offer his condolences": the object of a call or visit does not
        // do the infinitive of purpose after it; the caller does.)
        if anchor >= 2, sym(anchor - 1) == cues.w.to_, start >= 1, isAny(start - 1, cues.contactVerbs), !token(start - 1).isCapitalized,
            sym(start) != cues.w.on, actors[n].tokens.upperBound < anchor,
            noVerbOrComma(actors[n].tokens.upperBound..<(anchor - 1)),
            let m = actors[..<n].lastIndex(where: { $0.tokens.upperBound < start && !$0.isPlace && !$0.afterPreposition }),
            actors[m].tokens.upperBound == start - 1
        {
            return m
        }
        if anchor >= 1, sym(anchor - 1) == cues.w.and, start >= 1, endsInED(start - 1), !token(start - 1).isCapitalized,
            let m = actors[..<n].lastIndex(where: { $0.tokens.upperBound < start && !$0.isPlace && !$0.afterPreposition }),
            actors[m].tokens.upperBound == start - 1,
            // ("telephoned Iranian President Rouhani, expressed condolences … and offered Pakistan's support": a comma before a
            // past-tense verb only lists the subject's acts.)
            !(max(0, actors[m].tokens.lowerBound - 2)..<anchor).contains(where: {
                (sym($0) == cues.w.comma && !($0 > start && seriesVerb($0 + 1))) || sym($0) == cues.which || sym($0) == cues.who
            })
        {
            return m
        }
        return n
    }

    /// Whether the tokens between an object and the "to" after it hold no comma and no verb ("called President Erdogan on
    /// Monday to …"): the infinitive is still the purpose of the act before the object.
    private func noVerbOrComma(_ range: Range<Int>) -> Bool {
        range.allSatisfy { sym($0) != cues.w.comma && !lexicon.verbFirst.contains(sym($0)) && !endsInED($0) && !isAny($0, cues.pastIrregular) }
    }

    /// Whether the token at `k` is a lowercase past-tense verb that, after a comma, continues a series of one subject's
    /// acts ("telephoned X, expressed condolences and offered support"), not a participle or a reporting verb.
    private func seriesVerb(_ k: Int) -> Bool {
        k < tokens.count && token(k).kind == .word && !token(k).isCapitalized && (endsInED(k) || isAny(k, cues.pastIrregular))
            && lexicon.verbFirst.contains(sym(k)) && !isAny(k, cues.reportClause)
    }

    /// The actor that the one at `n` backs, in "X backed by Y" or "X, backed by Y,": X's index.
    private func backedActor(_ n: Int, _ actors: [ActorChunk]) -> Int? {
        let start = actors[n].tokens.lowerBound
        guard start >= 2, sym(start - 1) == cues.w.by, isAny(start - 2, cues.backingParticiples) else { return nil }
        let end = backedEnd(before: start - 2)
        return actors[..<n].lastIndex(where: { $0.tokens.upperBound == end && !$0.isPlace })
    }

    /// Where the actor a backing participle at `k` describes ends: right before it, or before a comma ("X, backed by").
    private func backedEnd(before k: Int) -> Int {
        sym(k - 1) == cues.w.comma ? k - 1 : k
    }

    private func subjectChunk(before anchor: Int, _ actors: [ActorChunk]) -> ActorChunk? {
        subjectIndex(before: anchor, actors).map { actors[$0] }
    }

    /// The events kept drafts record: each code's reference facts from the tables, its actors' words from the text.
    /// (Each event is written field by field in its place in the array, from a blank of empty strings: an event built
    /// and then appended, or an actor built and then stored in it, was copied and the original destroyed, every string
    /// retained and released once more.)
    private func events(of kept: [(draft: Draft, date: ISODate?)]) -> [Event] {
        lexicon.verbPatterns.withUnsafeBufferPointer { pb in
            [Event](unsafeUninitializedCapacity: kept.count) { buffer, count in
                count = 0
                for (d, date) in kept {
                    let fromPattern = d.pattern >= 0 && verbFacts(d.pattern).code == d.code
                    let slot = buffer.baseAddress! + count
                    if fromPattern {
                        slot.initialize(to: Self.blankEvent)
                        write(pb[d.pattern].cameo, to: slot)
                    } else if let c = lexicon.cameo[d.code.description] {
                        slot.initialize(to: Self.blankEvent)
                        write(c, to: slot)
                    } else {
                        continue
                    }
                    write(d.source, to: &slot.pointee.source)
                    if let t = d.target {
                        slot.pointee.target = Self.blankActor
                        write(t, to: &slot.pointee.target!)
                    }
                    slot.pointee.date = date
                    slot.pointee.mode = d.mode
                    slot.pointee.meeting = d.linked ? 0 : nil
                    slot.pointee.evidence.span = d.span
                    slot.pointee.evidence.rule = d.pattern >= 0 ? pb[d.pattern].id : d.rule.description
                    count += 1
                }
            }
        }
    }

    /// An event of empty strings, for `events(of:)` to fill. (Copied from a stored blank: built from literals in place,
    /// it was built aside, copied and the original destroyed.)
    private static let blankActor = EventActor(country: nil, sector: nil, text: "", evidence: Evidence(span: Span(start: 0, end: 0), rule: ""))
    private static let blankEvent = Event(
        code: "", label: "", root: "", plover: "", quad: 0, goldstein: 0, source: blankActor, target: nil, date: nil, negated: false,
        mode: .actual, meeting: nil, evidence: Evidence(span: Span(start: 0, end: 0), rule: ""))

    /// Writes a code's reference facts into an event.
    private func write(_ c: borrowing CameoCode, to slot: UnsafeMutablePointer<Event>) {
        slot.pointee.code = c.code
        slot.pointee.label = c.label
        slot.pointee.root = c.root
        slot.pointee.plover = c.plover ?? ""
        slot.pointee.quad = c.quad
        slot.pointee.goldstein = c.goldstein
    }

    /// Writes a draft's side, with its words, into an event's actor.
    private func write(_ p: Draft.Party, to actor: inout EventActor) {
        actor.country = p.country?.description
        actor.sector = p.sector?.description
        if p.named { actor.text = text.string(p.span) }
        actor.evidence.span = p.span
        actor.evidence.rule = p.rule.description
    }

    /// An actor side as a draft's party.
    private func party(_ s: ActorChunk.Side) -> Draft.Party {
        Draft.Party(country: s.country, sector: s.sector, span: s.span, named: !s.inferred)
    }

    /// The actor (or "X and Y" compound) nearest before the verb.
    private func compoundBefore(_ anchor: Int, _ actors: [ActorChunk]) -> [ActorChunk.Side] {
        // "… asylum to former Bolivian president Evo Morales, who resigned on Sunday": a relative clause's subject is the
        // actor before ", who", an object of the main clause or not.
        var antecedent: Int?
        // ("fired tear gas at protesters who set fire to bins": a restrictive clause's, with no comma, the actor right before.)
        if let w = (max(0, anchor - 3)..<anchor).last(where: { sym($0) == cues.who }), w >= 1,
            (w + 1..<anchor).allSatisfy({ token($0).kind == .word && !token($0).isCapitalized })
        {
            let end = sym(w - 1) == cues.w.comma ? w - 1 : w
            antecedent = actors.lastIndex(where: { $0.tokens.upperBound == end && !$0.isPlace })
        }
        // "Nigerian President Bola Tinubu, who chairs the ECOWAS Authority, called on …": a relative clause between commas
        // is skipped; the subject is the actor before it.
        // ("Poland, which has deployed thousands of troops to the border, accused Belarus …": a country's "which" too.)
        if antecedent == nil, sym(anchor - 1) == cues.w.comma,
            let w = (max(0, anchor - 16)..<(anchor - 1)).last(where: { sym($0) == cues.who || sym($0) == cues.which }), w >= 1, sym(w - 1) == cues.w.comma,
            !(w + 1..<(anchor - 1)).contains(where: { sym($0) == cues.w.comma })
        {
            antecedent = actors.lastIndex(where: { $0.tokens.upperBound == w - 1 && !$0.isPlace })
        }
        // ("Student leaders who spearheaded the uprising demanded …": a restrictive clause whose own past verb comes first,
        // with no comma, leaves the main verb to the actor before "who".)
        if antecedent == nil, anchor >= 3, let w = (max(0, anchor - 10)..<(anchor - 1)).last(where: { sym($0) == cues.who }), w >= 1,
            endsInED(w + 1) || isAny(w + 1, cues.pastIrregular),
            (w + 1..<anchor).allSatisfy({ token($0).kind == .word && sym($0) != cues.w.comma })
        {
            antecedent = actors.lastIndex(where: { $0.tokens.upperBound == w && !$0.isPlace && !$0.afterPreposition })
        }
        guard var n = antecedent ?? subjectIndex(before: anchor, actors) else { return [] }
        // "Joao Lourenco, the African Union's mediator, held talks": an apposition between commas names the actor before it.
        let apposition = n > 0 && sym(actors[n - 1].tokens.upperBound) == cues.w.comma
            && actors[n].tokens.lowerBound - actors[n - 1].tokens.upperBound <= 3
            && (actors[n].tokens.upperBound..<anchor).contains(where: { sym($0) == cues.w.comma })
        // ("Supporters of Imran Khan, the jailed former prime minister, rallied": the crowd is the subject, not the title.)
        if apposition, let first = actors[n - 1].sides.first, supportersOf(first.span),
            let crowd = actors[..<(n - 1)].last(where: { !$0.afterPreposition && !$0.isPlace })
        {
            return crowd.sides
        }
        if apposition, actors[n - 1].isPerson || actors[n - 1].sides.first?.sector == "IGO" {
            // ("Kaja Kallas, the Estonian prime minister, warned": a name of no known country is the apposition's.)
            if actors[n - 1].sides.first?.country == nil, actors[n].sides.count == 1, actors[n].sides[0].country != nil { return actors[n].sides }
            n -= 1
        }
        var sides = actors[n].sides
        var i = n
        while i > 0 {
            // ("Russia's Gazprom and Ukraine's Naftogaz signed", "Turkey and Libya's UN-recognised government signed": a
            // country's possessive before the actor is the actor's owner, not a member; the compound goes on before it.)
            if let q = possessor(of: i, actors) {
                if let c = actors[q].sides[0].country {
                    for j in 0..<min(actors[i].sides.count, sides.count) where sides[j].country == nil { sides[j].country = c }
                }
                i = q
                continue
            }
            guard !actors[i - 1].isPlace else { break }
            // "his Cambodian counterpart Hun Manet": the adjective right before the person is the person's.
            // ("his Nepali counterpart KP Sharma Oli": so is the adjective before "counterpart".)
            var start = actors[i].tokens.lowerBound
            let adjacent = actors[i - 1].tokens.upperBound == start
                || (actors[i - 1].tokens.upperBound + 1 == start && sym(start - 1) == cues.w.counterpart)
            if i > 1, adjacent, actors[i - 1].sides.count == 1,
                actors[i - 1].sides[0].country == actors[i].sides.first?.country
            {
                start = actors[i - 1].tokens.lowerBound
                i -= 1
            }
            // ("the inauguration of President Santiago Pena, and Pena pledged": an object is not joined to the next subject.)
            // ("… killing two marines, and the South fired back": ", and" after a verb's object joins two clauses.)
            let before = actors[i - 1].tokens.lowerBound - 1
            let commaAnd = sym(actors[i - 1].tokens.upperBound) == cues.w.comma && sym(actors[i - 1].tokens.upperBound + 1) == cues.w.and
            let lead = actors[i - 1].tokens.lowerBound
            let objectBefore = (before >= 0 && token(before).kind == .word && !token(before).isCapitalized && !isAny(before, cues.articles))
                || (!token(lead).isCapitalized && endsInING(lead))
            // ("Accusing Kigali of backing the M23 rebels, Kinshasa expelled …": the comma that closes a participle opening the
            // sentence joins no compound.)
            guard isJoiner(actors[i - 1].tokens.upperBound, start),
                !(actors[i - 1].afterPreposition && !actors[i].afterPreposition && sym(actors[i - 1].tokens.upperBound) == cues.w.comma),
                !(sym(actors[i - 1].tokens.upperBound) == cues.w.comma && closesOpener(actors[i - 1].tokens.upperBound)),
                !(commaAnd && objectBefore)
            else { break }
            adoptSharedAdjective(of: actors[i - 1], actors[i], into: &sides)
            sides = actors[i - 1].sides + sides
            i -= 1
        }
        return sides
    }

    /// Whether the comma at `c` is the first of its sentence, which opens with a participle: "Accusing Kigali of backing the
    /// rebels, Kinshasa expelled …"; or with a clause of time or cause: "After Georgian police detained a Russian
    /// journalist, Moscow expelled …".
    private func closesOpener(_ c: Int) -> Bool {
        guard let si = sentenceIndex(ofToken: c) else { return false }
        let r = tokenRange(si)
        let first = r.lowerBound
        guard !(first + 1..<c).contains(where: { sym($0) == cues.w.comma }) else { return false }
        return (endsInING(first) && token(first).isCapitalized) || opensWithSubordinator(r, before: c)
    }

    /// The country chunk whose possessive owns the actor at `i` ("Russia's Gazprom", "Libya's UN-recognised government"),
    /// past at most three modifier tokens, which may hold chunks of their own ("UN"); nil where there is none.
    private func possessor(of i: Int, _ actors: [ActorChunk]) -> Int? {
        let start = actors[i].tokens.lowerBound
        var q = i - 1
        while q >= 0, actors[q].tokens.upperBound < start, start - actors[q].tokens.upperBound <= 4 {
            let s = actors[q].tokens.upperBound
            if sym(s) == cues.w.s {
                // (A place's possessive too: "Northern Ireland's main political parties". Words after a hyphen are a
                // compound modifier's, verbs or not: "UN-recognised".)
                guard actors[q].sides.count == 1, actors[q].sides[0].country != nil, !actors[q].isPerson,
                    actors[i].sides.allSatisfy({ $0.country == nil || $0.country == actors[q].sides[0].country }),
                    (s + 1..<start).allSatisfy({
                        sym($0) == cues.w.hyphen || (token($0).kind == .word && (!lexicon.verbFirst.contains(sym($0)) || sym($0 - 1) == cues.w.hyphen))
                    })
                else { return nil }
                return q
            }
            q -= 1
        }
        return nil
    }

    /// "Israeli aircraft and tanks": the country adjective before the first of two nouns joined by "and" is the second's
    /// too, when the second names no country (its country, or nil).
    private func sharedAdjective(_ first: ActorChunk, _ second: ActorChunk) -> ShortCode? {
        guard second.tokens.lowerBound == first.tokens.upperBound + 1, sym(first.tokens.upperBound) == cues.w.and,
            first.tokens.count >= 2, first.sides.count == 1, let c = first.sides[0].country,
            token(first.tokens.lowerBound).isCapitalized, !token(first.tokens.upperBound - 1).isCapitalized,
            second.sides.count == 1, second.sides[0].country == nil,
            second.tokens.allSatisfy({ !token($0).isCapitalized && !isAny($0, cues.unattributed) })
        else { return nil }
        return c
    }

    /// Gives the sides of no country the shared adjective's country, where `second` shares `first`'s.
    private func adoptSharedAdjective(of first: ActorChunk, _ second: ActorChunk, into sides: inout [ActorChunk.Side]) {
        guard let c = sharedAdjective(first, second) else { return }
        for j in sides.indices where sides[j].country == nil { sides[j].country = c }
    }

    private func isJoiner(_ from: Int, _ to: Int) -> Bool {
        // "Srettha Thavisin and his Cambodian counterpart Hun Manet" (the person's chunk starts at the name).
        if to - from >= 2, to - from <= 5, sym(from) == cues.w.and, isAny(from + 1, cues.possessives),
            (from + 2...to + 1).contains(where: { sym($0) == cues.w.counterpart })
        {
            return true
        }
        // "Sudan's army and the paramilitary Rapid Support Forces": "and", an article and up to two lowercase modifiers.
        if to - from >= 2, to - from <= 4, sym(from) == cues.w.and,
            (from + 1..<to).allSatisfy({
                isAny($0, cues.articles) || (token($0).kind == .word && !token($0).isCapitalized && !lexicon.verbFirst.contains(sym($0)) && !isAny($0, cues.nonModifiers))
            })
        {
            return true
        }
        guard to - from >= 1, to - from <= 2 else { return false }
        return (from..<to).allSatisfy {
            sym($0) == cues.w.and || sym($0) == cues.w.comma || sym($0) == cues.w.hyphen || sym($0) == cues.w.the || sym($0) == cues.w.a || sym($0) == cues.w.an
        }
    }

    /// "between X and Y" / "by X" after the verb (passive and nominal forms).
    /// (The word is one symbol or either of two, not an array: an array literal at each call was an allocation per call.)
    private func compoundAfter(word: Int32, or other: Int32 = -2, from anchor: Int, r: Range<Int>, actors: [ActorChunk]) -> ([ActorChunk.Side], Int)? {
        guard let w = (anchor..<r.upperBound).first(where: { sym($0) == word || sym($0) == other }) else { return nil }
        // ("by a 71-year-old Slovak man": past lowercase words, numbers and hyphens.)
        var reach = w + 5
        while reach < min(r.upperBound, w + 9), token(reach).kind != .word || !token(reach).isCapitalized { reach += 1 }
        guard let first = actors.firstIndex(where: { $0.tokens.lowerBound > w && $0.tokens.lowerBound <= reach && !$0.isPlace }) else { return nil }
        let (sides, last) = joinedSides(from: first, actors)
        return (sides, actors[last].tokens.upperBound)
    }

    /// `relativeEnds`: whether ", which" ends the verb's clause (for force, "the attack, which killed two Israeli soldiers"
    /// names the victims).
    private func targetAfter(
        _ from: Int, prep: Int32?, actors: [ActorChunk], r: Range<Int>, excluding: [ActorChunk.Side], relativeEnds: Bool = true
    ) -> [ActorChunk.Side] {
        // A source's own country is no target unless in another sector ("the army … with the RSF").
        // ("fired missiles at what New Delhi called terrorist infrastructure": the one who names the target is none.)
        func kept(_ s: ActorChunk.Side, of a: ActorChunk) -> Bool {
            if a.tokens.lowerBound > r.lowerBound, sym(a.tokens.lowerBound - 1) == cues.what, Int(tokens[a.tokens.lowerBound].start) == s.span.start {
                return false
            }
            // ("Japan will provide … to Ukraine, Prime Minister Fumio Kishida said": the source's own official reported speaking
            // is no target; "US forces struck a boat that Washington said belonged to …": nor is its government.)
            if isAny(a.tokens.upperBound, cues.reportClause), excluding.contains(where: { $0.country == s.country }) { return false }
            // ("…, KUNA reported", "…, Xinhua said": the news agency a report is credited to is no one's target.)
            if s.sector == "MED", isAny(a.tokens.upperBound, cues.creditVerbs) { return false }
            // (", the UN said", "the UN-brokered truce": a body credited or a modifier is no target; TargetRules.swift.)
            if s.country == nil, creditedBody(a, within: r, hyphen: !relativeEnds) { return false }
            return s.domestic || s.country == nil || !excluding.contains { $0.country == s.country && $0.sector == s.sector }
        }
        // ("to the Governments and people of Malta, Armenia and Belize": a country's bodies named before it are no gap.)
        // ("filed a case at the International Court of Justice accusing Israel of committing genocide against Palestinians":
        // a preposition past a participle of accusation is the accusation's, whose object is the act's target; "an alleged
        // frontman" is no clause.)
        if let prep, let k = (from..<r.upperBound).first(where: { sym($0) == prep || (isAny($0, cues.accusingWords) && endsInING($0)) }),
            sym(k) == prep,
            var n = actors.firstIndex(where: {
                $0.tokens.lowerBound > k
                    && ($0.tokens.lowerBound <= k + 3 || ($0.tokens.lowerBound <= k + 6 && (k + 1..<$0.tokens.lowerBound).allSatisfy { isAny($0, cues.ofCountryWords) }))
            })
        {
            // ("membership talks with Ukraine and Moldova": the actors joined after the preposition.)
            var sides = repointed(actors[n].sides, excluding).filter { kept($0, of: actors[n]) }
            while n + 1 < actors.count, isJoiner(actors[n].tokens.upperBound, actors[n + 1].tokens.lowerBound) {
                var next = actors[n + 1].sides.filter { kept($0, of: actors[n + 1]) }
                adoptSharedAdjective(of: actors[n], actors[n + 1], into: &next)
                sides += next
                n += 1
            }
            if !sides.isEmpty { return sides }
        }
        // A target is of the verb's own clause: ", and the president said …" starts another.
        // (", drawing condemnation from Kyiv": what an act draws after a comma is another act's.)
        let clauseEnd = (from..<r.upperBound).first(where: {
            // ("visited the Yasukuni shrine, which Beijing regards as …": a relative clause's actor is its own subject.)
            (sym($0) == cues.w.comma && (isAny($0 + 1, cues.clauseJoiners) || sym($0 + 1) == cues.w.and || isAny($0 + 1, cues.drawVerbs)
                || opensAsClause($0 + 1)
                || (relativeEnds && isAny($0 + 1, cues.relativeWhich))
                // (", a move its critics denounced": the act named again is another's to judge.)
                || (isAny($0 + 1, cues.articles) && isAny($0 + 2, cues.moveNouns))))
                || sym($0) == cues.semicolon
        }) ?? r.upperBound
        for (n, a) in actors.enumerated() where a.tokens.lowerBound >= from && a.tokens.lowerBound < clauseEnd {
            var sides = repointed(a.sides, excluding).filter { kept($0, of: a) }
            guard !sides.isEmpty else { continue }
            var i = n
            // ("airstrikes on Damascus, Xinhua reported": a body a report is credited to after a comma joins no list.)
            while i + 1 < actors.count, isJoiner(actors[i].tokens.upperBound, actors[i + 1].tokens.lowerBound),
                actors[i + 1].sides.contains(where: { kept($0, of: actors[i + 1]) })
            {
                var next = actors[i + 1].sides
                adoptSharedAdjective(of: actors[i], actors[i + 1], into: &next)
                sides += next
                i += 1
            }
            // ("the people and Government of Nigeria": a domestic noun joined to a body of a country is of that country.)
            if sides.count > 1, let c = sides.last?.country {
                for j in sides.indices where sides[j].country == nil && sides[j].domestic { sides[j].country = c }
            }
            return sides
        }
        return []
    }

    /// Whether a country's word before a currency's name is the currency's: an adjective ("Lebanese pounds"), or a name after
    /// a sum or "of", "in" ("2.5 billion US dollars", "paid in US dollars"); "Russia pounds Kyiv", "South Korea won the vote"
    /// name the country.
    private func namesCurrency(_ m: Mention, _ k: Int) -> Bool {
        (lexicon.hasEntry(m, .countryAdjective) && !lexicon.hasEntry(m, .country))
            || (k > 0 && (token(k - 1).kind == .number || isAny(k - 1, cues.moneyWords) || isCurrencySign(k - 1) || sym(k - 1) == cues.w.of || sym(k - 1) == cues.w.in_))
    }

    /// "The island" as the target of an act by the country it would name stands for the one named before ("China began
    /// drills around the island" after "Taiwan put its forces on alert"), or for no one when none was.
    private func repointed(_ sides: [ActorChunk.Side], _ sources: [ActorChunk.Side]) -> [ActorChunk.Side] {
        guard sides.count == 1, sides[0].anaphor, sources.contains(where: { $0.country == sides[0].country }) else { return sides }
        guard let alternative = sides[0].anaphorAlternative else { return [] }
        var side = sides[0]
        side.country = alternative
        return [side]
    }

    private func mode(_ m: VerbMatch, _ p: UnsafePointer<VerbPattern>, _ r: Range<Int>) -> EventMode {
        // ("Moscow will respond to the expulsion of 70 of its diplomats": a hostile act named after a preposition is not
        // what the modal before it governs; tested only where a modal stands.)
        if (max(r.lowerBound, m.anchor - 4)..<m.anchor).contains(where: { isAny($0, cues.futureModals) }),
            !(p.pointee.root >= 14 && nominal(m.anchor, r) && isPreposition(m.anchor))
        {
            return .planned
        }
        // ("Guterres was due to meet him in Benghazi": "due to" before a verb; "due to the war" is a cause.)
        if m.anchor - 2 >= r.lowerBound, sym(m.anchor - 1) == cues.w.to_, sym(m.anchor - 2) == cues.due { return .planned }
        // ("The sultan is to pay a state visit to Jakarta next week": "is to" or "are to" and a verb, the act's own or the one
        // its noun is the object of.)
        for j in max(r.lowerBound + 1, m.anchor - 4)..<max(r.lowerBound + 1, m.anchor) where sym(j) == cues.w.to_ && isAny(j - 1, cues.isAre) && j + 1 < r.upperBound
            && token(j + 1).kind == .word && !token(j + 1).isCapitalized && !isAny(j + 1, cues.articles)
        {
            return .planned
        }
        // ("Armenian, Azerbaijani foreign ministers to meet in Almaty", "UAE to back Ethiopia's bid": a headline's "to" and a
        // verb right after its actor is the act ahead.)
        if m.anchor - 2 >= r.lowerBound, sym(m.anchor - 1) == cues.w.to_, isHeadline(r) {
            let k = m.anchor - 2
            if token(k).kind == .word, !lexicon.verbKeys.contains(sym(k)),
                token(k).isCapitalized || lexicon.agentNounSet.contains(sym(k)) || mention(covering: k).map({ Int($0.end) == k + 1 }) == true
            {
                return .planned
            }
        }
        // "The dialogue between Indonesia and Australia is set to take place next month": a meeting noun's own verb.
        if isAny(m.anchor, cues.roundNouns) {
            for j in m.tokens.upperBound..<min(r.upperBound, m.tokens.upperBound + 8) where isAny(j, cues.futureModals) { return .planned }
        }
        if p.pointee.root == 3 { return .intent }
        for j in r.lowerBound..<m.anchor where sym(j) == cues.w.said && sym(j + 1) == cues.w.that { return .reported }
        return .actual
    }

    private func eventDate(_ si: Int, _ meetings: [Meeting]) -> ISODate? {
        for d in dates(in: tokenRange(si)) {
            if let date = d.resolve(published: published, forward: false) { return date }
        }
        return meetings.first?.date ?? published
    }
}
