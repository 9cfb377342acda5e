import ParleyLexicon
import ParleyText

/// Classes of cue words, one bit each, that sentence-wide rules need (`Cues.classOf`).
struct CueClass: OptionSet, Sendable {
    let rawValue: UInt64
    /// "condemnation", "protest" (a reaction "from" someone).
    static let reactionNoun = CueClass(rawValue: 1 << 0)
    /// "condemned", "welcomed" (a reaction "by" someone).
    static let condemnOrPraise = CueClass(rawValue: 1 << 1)
    static let from = CueClass(rawValue: 1 << 2)
    static let by = CueClass(rawValue: 1 << 3)
    /// "a move", "a claim", "a demand" that another rejects or labels.
    static let answeredNoun = CueClass(rawValue: 1 << 4)
    /// "auspices", "mediator", "mediated", "brokered".
    static let mediation = CueClass(rawValue: 1 << 5)
    /// An opening "Meeting".
    static let meetingWord = CueClass(rawValue: 1 << 6)
    /// "talks", "summit", "meeting".
    static let meetingNoun = CueClass(rawValue: 1 << 7)
    /// "during", "after", "following", "at" (before a meeting noun).
    static let framingWord = CueClass(rawValue: 1 << 8)
    /// "behind", "responsible", "blame", "involved".
    static let behind = CueClass(rawValue: 1 << 9)
    /// Words of death (obituaries).
    static let death = CueClass(rawValue: 1 << 10)
    /// "entered", "reached", "arrived" (goods that arrive).
    static let arrival = CueClass(rawValue: 1 << 11)
}

/// The reader's cue words, interned once: the verbs and nouns its rules look for.
final class Cues: Sendable {
    let headVerbs: SymbolSet
    let memberWords: SymbolSet
    let sideNouns: SymbolSet
    let roundNouns: SymbolSet
    let sessionNouns: SymbolSet
    let nextWords: SymbolSet
    let previousWords: SymbolSet
    let futureWords: SymbolSet
    let ongoingWords: SymbolSet
    let virtualWords: SymbolSet
    let meetingVerbs: SymbolSet
    /// What is held that is no meeting ("held joint military drills", "held elections").
    let heldNonMeetings: SymbolSet
    let anchorVerbs: SymbolSet
    let regionalCues: SymbolSet
    let negations: SymbolSet
    let nameConnectors: SymbolSet
    let determiners: SymbolSet
    let mechanismModifiers: SymbolSet
    let buildingWords: SymbolSet
    let stopCapitals: SymbolSet
    let clauseBreaks: SymbolSet
    let relative: [Int32: Int]
    let relativeWords: SymbolSet
    let teaserStarts: SymbolSet
    let outcomeNouns: [Int32: String]
    let outcomeVerbs: [Int32: String]
    let outcomeCueWords: SymbolSet
    let reportingVerbs: SymbolSet
    let agreeVerbs: SymbolSet
    let discussionBreakers: SymbolSet
    let w: Words
    let status: StatusWords

    /// Words that tell a preview or a report written during the meeting.
    struct StatusWords: Sendable {
        let modal, futureVerbs, plannedWords, ongoingWords: SymbolSet
        let set, being, under, way: Int32
    }
    let locationPreps: SymbolSet
    let subjectPreps: SymbolSet
    /// "crush", "smash", "annihilate": what a warning says the warner's forces will do to an attempt ("would resolutely
    /// crush any attempt at Taiwan independence"), a threat of force.
    let crushVerbs: SymbolSet
    /// "stern", "strict", "firm": the action a warning promises against people ("would take stern action against anyone").
    let sternWords: SymbolSet
    /// "to", "with", "from", "against": the prepositions that name whom an act reaches past its object ("suspended
    /// deliveries of tanks to Egypt", "recalls envoy from Somalia").
    let recipientPreps: SymbolSet
    let groupNouns: SymbolSet
    /// A country's bodies named before "of" ("the Government and people of India", "the brotherly people of Malta").
    let ofCountryWords: SymbolSet
    /// Verbs that credit a report to a news outlet ("…, KUNA reported", "…, Xinhua said").
    let creditVerbs: SymbolSet
    /// Verbs that credit a report or a name to a body (`TargetRules.swift`): "…, the UN said", "in what the UN called …".
    let bodyCreditVerbs: SymbolSet
    /// Prepositions naming what a complaint is about (`TargetRules.swift`): "a complaint with the UN over Turkish drilling".
    let grievancePreps: SymbolSet
    let groupDeterminers: SymbolSet
    let groupShort: SymbolSet
    let thirdPerson: SymbolSet
    let speakerPronouns: SymbolSet
    /// Nouns that, after "the", name a country the sentence named before ("imposed sanctions on the country").
    let countryAnaphors: SymbolSet
    /// Verbs that make a demand named as a noun ("kept up their demands", "renewed its demand").
    let demandMakers: SymbolSet
    /// Verbs of asking, and the words after them that make a question of them ("asked about", "asked whether").
    let askWords: SymbolSet
    let questionOpeners: SymbolSet
    /// Parts of a country named before "of the country" ("in the north of the country"): a place.
    let countryParts: SymbolSet
    /// Journeys to a place ("a state visit to the country").
    let journeyNouns: SymbolSet
    let mediatorWords: SymbolSet
    let groupStarts: SymbolSet
    let visitPreps: SymbolSet
    let directions: SymbolSet
    let firstPerson: SymbolSet
    let obligation: SymbolSet
    let quote: Int32
    let singleQuote: Int32
    let clauseSubjects: SymbolSet
    let passiveThreatCopulas: SymbolSet
    /// "vowed that …": a speaker's verbs of vowing, for a threat hung on its modal.
    let vowVerbs: SymbolSet
    /// "would pay a heavy price": a threat told as the price its subject will pay.
    let payVerbs: SymbolSet
    let carriedOut: SymbolSet
    let carriedOutFirst: Int32
    let each: Int32
    let other: Int32
    let controlVerbs: SymbolSet
    let clauseJoiners: SymbolSet
    /// Words opening a clause of cause ("after three Russian jets violated …").
    let causeJoiners: SymbolSet
    /// Words that open a clause of time: "when", "since" (a clause with a subject of its own after one is no content of a
    /// demand before it). ("before" and "until" are left out: after a demand they often name its condition, "demanded that
    /// Sweden extradite suspects before Ankara ratifies its NATO bid".)
    let timeJoiners: SymbolSet
    /// Heads of a relative time before a unit of `timeUnits`: "last week", "this month", "past year".
    let relativeTimeWords: SymbolSet
    /// Words that may follow a place a verb acts on, besides prepositions and times: "struck Kharkiv overnight".
    let placeFollowers: SymbolSet
    let claimNouns: SymbolSet
    let demandNouns: SymbolSet
    let rejectVerbs: SymbolSet
    /// Nouns naming an act others react to ("a move Egypt condemned").
    let moveNouns: SymbolSet
    /// Verbs of reaction, by the code they give: disapproval (111), praise (051).
    let condemnVerbs: SymbolSet
    /// Verbs that name an act with the speaker's word for it ("a move Chisinau called political pressure").
    let labelVerbs: SymbolSet
    let praiseVerbs: SymbolSet
    /// "drawing condemnation from …": the verbs that bring a reaction and the reactions they bring.
    let drawVerbs: SymbolSet
    let reactionNouns: SymbolSet
    /// Words that make a protest a government's complaint ("a formal protest", "a strong diplomatic protest").
    let formalWords: SymbolSet
    /// Past-tense verbs of contact whose object does not do an infinitive after it ("called Erdogan to offer condolences":
    /// the caller offers).
    let contactVerbs: SymbolSet
    let had: Int32
    /// "in response", "in retaliation": an act that answers the sentence's first.
    let responseNouns: SymbolSet
    /// "announced it would deport …": a measure announced is decided.
    let announceVerbs: SymbolSet
    /// "sent a letter to X expressing …": verbs that send a message to its recipient.
    let sendVerbs: SymbolSet
    /// Vehicles that kill by accident ("killed by a speeding bus").
    let vehicleNouns: SymbolSet
    /// "a visit … was unlikely": judgements that an act named as a noun will not soon happen.
    let unlikelyWords: SymbolSet
    let judgedAs: SymbolSet
    /// "Cuban doctors and nurses arrived in Italy", "aircraft landed in Tonga carrying drinking water": arrivals that bring
    /// relief.
    let medicNouns: SymbolSet
    let reliefGoods: SymbolSet
    let carrying: SymbolSet
    /// "after they covered anti-government demonstrations", "planning a flash protest", "a call to protest": a protest
    /// reported, planned or called for, not held.
    let protestNotHeld: SymbolSet
    /// "is to pay a state visit": "is" or "are" before "to" and a verb puts the act ahead.
    let isAre: SymbolSet
    /// "still", "highly", "very" between a copula and its judgement.
    let degreeWords: SymbolSet
    /// "called|rang X to …": a telephone call when an act of greeting or sympathy follows.
    let ringVerbs: SymbolSet
    /// Each symbol's cue classes (`CueClass`), indexed by symbol: a sentence's classes are its words' or'd, and a
    /// sentence-wide rule whose words' class the sentence lacks is not run. (Exact: a 256-bit `SymbolMask` of a
    /// thirty-word sentence has a tenth of its bits set, and let nearly every sentence through a gate of forty words.)
    let classOf: [CueClass]
    let from, but: Int32
    /// "supporters", "followers", "loyalists" of a person: a crowd.
    let followerNouns: SymbolSet
    /// "a force", "a contingent" of so many troops: the troops are the force's.
    let forceGroupNouns: SymbolSet
    /// Police sent abroad as a unit ("the first 400 Kenyan police officers arrived in Port-au-Prince"): deployed like troops.
    let policeUnits: SymbolSet
    /// Nouns of an armed force's act ("an Israeli strike", "a Russian missile attack").
    let forceNouns: SymbolSet
    /// "if", "unless": what follows is a condition, not an act.
    let conditionals: SymbolSet
    /// "once": a condition too when a subject follows it ("once Cambodia withdrew its soldiers"), not in "once again".
    let once: Int32
    let again: Int32
    /// Adverbs of manner or repetition that may stand between a comma, "and" or a modal and the verb: ", again accusing",
    /// "and later recalled", "will formally expel".
    let verbAdverbs: SymbolSet
    /// A protest named as an act ("at a demonstration", "who were marching"), not by its people ("protesters").
    let protestEvents: SymbolSet
    /// "plotting to storm": what is plotted has not happened.
    let plotVerbs: SymbolSet
    /// Armed men of no side: "gunmen", "assailants", "militants".
    let facelessNouns: SymbolSet
    /// "in response to Chisinau's expulsion …": the prepositions that give an act as a cause.
    let causePreps: SymbolSet
    /// "to lead a UN-backed mission": the purpose that makes troops abroad a deployment.
    let missionWords: SymbolSet
    let yearWords: SymbolSet
    let anniversaryWords: SymbolSet
    /// "the genocide memorial", "victims of the bombing": nouns of remembrance around an act's noun.
    let rememberedBy: SymbolSet
    let victimWords: SymbolSet
    let documenting: SymbolSet
    let since, after, separately, during: Int32
    /// "drove 700,000 Rohingya across the border into Bangladesh": a destination, no one acted on.
    let into: Int32
    /// "after breaking off ties": prepositions whose gerund reports an act.
    let gerundPreps: SymbolSet
    let electionWords: SymbolSet
    let mediationWords: SymbolSet
    /// "under the auspices of", "under the mediation of": nouns of a mediator's role.
    let auspicesNouns: SymbolSet
    /// "mediated by", "chaired by": participles naming a mediator after "by".
    let mediatedBy: SymbolSet
    let under: Int32
    let ethnic: Int32
    /// "on charges of genocide", "genocide charges", "convicted of murder": words that make a crime named beside them a
    /// charge, not an act.
    let chargeWords: SymbolSet
    let north: Int32
    /// "opposition leader X", "rebel commander X": role words between a sector noun and a name.
    let roleWords: SymbolSet
    /// "is not ready to approve", "was not willing to": readiness denied is a refusal.
    let readiness: SymbolSet
    /// "ten jailed Americans", "two detained journalists": counts before an attributive participle.
    let numberWords: SymbolSet
    let clashWords: SymbolSet
    let following: Int32
    /// "backed by tanks", "backed by air strikes": force that backs a force.
    let backingForce: SymbolSet
    let hostWords: SymbolSet
    /// "Meeting on the island of St Vincent, the presidents agreed …": an opening "Meeting" frames the act.
    let meetingWord: Int32
    let blockingWords: SymbolSet
    let over: Int32
    let ruled: Int32
    let out: Int32
    /// "headed to the Mexican embassy": a mission abroad is no country to visit.
    let embassyWords: SymbolSet
    let south: Int32
    let lodgeVerbs: SymbolSet
    let semicolon: Int32
    let whether: Int32
    let nominalPreps: SymbolSet
    let clashNouns: SymbolSet
    let did: Int32
    let does: Int32
    let refusalWords: SymbolSet
    /// Travellers who are no delegation ("pilgrims from Indonesia").
    let travellers: SymbolSet
    let intransitiveArrivals: SymbolSet
    /// Verbs that take no direct object in news use, so are never a reduced participle ("Puntland region appealed for aid").
    let objectlessVerbs: SymbolSet
    /// Verbs of staying before a predicate participle ("remained committed to", "stays determined to").
    let stayingVerbs: SymbolSet
    /// Every form of the verbs of permission ("would allow", "allowing", "permits").
    let permissionForms: SymbolSet
    /// Verbs of answering whose "by" names the answer as an act: "responded by expelling".
    let answeringVerbs: SymbolSet
    let troopNouns: SymbolSet
    let general: Int32
    /// Words of help that make a deployment abroad assistance (074): "to help fight an insurgency", "at the request of".
    let helpWords: SymbolSet
    let oneWord: Int32
    let nobody: Int32
    let demand: Int32
    /// Words of a market before "demand": "strong demand", "global demand".
    let marketWords: SymbolSet
    let markVerbs: SymbolSet
    let concernWords: SymbolSet
    let armed: Int32
    /// Resident diplomats: a host receiving one meets, not welcomes a visitor.
    let residentDiplomats: SymbolSet
    /// Meetings that can frame another act ("during talks", "during a summit", "during a phone call").
    let meetingNouns: SymbolSet
    let callNouns: SymbolSet
    let reportNouns: SymbolSet
    let accusingWords: SymbolSet
    /// "border", "frontier": a country named before one is where a show of force faces.
    let borderWords: SymbolSet
    let agreeWords: SymbolSet
    let willWould: SymbolSet
    let inside: Int32
    /// Appeals a rejection answers ("rejected U.S. calls for a pause").
    let appealNouns: SymbolSet
    /// Protest that is violent: a repression answering it answers a riot (145).
    let riotEvents: SymbolSet
    let what: Int32
    let floatingWords: SymbolSet
    let off: Int32
    /// "sealed": "sealed a security pact" signs, "sealed off the area" cordons.
    let sealed: Int32
    /// "long" and "shot": "remains a long shot" is an idiom, no shooting.
    let long: Int32
    let shot: Int32
    /// "resolve their border dispute through peaceful negotiations": talks named as the means of another act.
    let meansTalks: SymbolSet
    /// "could", "might", "may": a meeting only guessed at ("Putin could visit North Korea").
    let guessModals: SymbolSet
    /// "amid reports of mass killings", "allegations of abuses": nouns whose "of" names an act only reported or alleged.
    let reportedOf: SymbolSet
    /// "likely" and "unlikely": an act after "is likely to" is a forecast ("Milosevic was likely to reject any deal").
    let forecastWords: SymbolSet
    /// Flight from violence: "refugees fleeing the war", "crossed into Bangladesh to escape fighting" name the violence
    /// as what people ran from, not as an act.
    let fleeVerbs: SymbolSet
    /// Private parties after a possessive ("his neighbour", "her landlord"): a killing in a quarrel with one is crime.
    let privateParties: SymbolSet
    /// Quarrels: "in a dispute over land", "during a row over unpaid rent".
    let quarrelWords: SymbolSet
    /// Words that make a named act the cause of the sentence's act: "a row sparked by the arrest of a consulate employee",
    /// "detained after the arrest of a Huawei executive".
    let causeWords: SymbolSet
    /// Verbs whose past form is their base form ("cut ties"): after "and", no sure sign of an infinitive.
    let samePastForms: SymbolSet
    /// Head nouns after a verb-like modifier ("the Chinese phone maker", "Indian export firms"): the word before is a noun.
    let compoundHeads: SymbolSet
    /// A headline's base forms of protest, which a preposition may follow ("Georgians rally against foreign agents bill").
    let protestBaseVerbs: SymbolSet
    /// Verbs of fighting a headline gives with a preposition after them ("Pakistani, Afghan Taliban forces clash at Torkham").
    let clashBaseVerbs: SymbolSet
    /// A campaign's words: "held their final campaign rallies" is electioneering, no protest.
    let campaignWords: SymbolSet
    /// "arrested at a campaign rally": the nouns a campaign's words make electioneering.
    let rallyNouns: SymbolSet
    /// Verbs that stop a flow: "cutting supplies of electricity, food and fuel" supplies nothing.
    let haltVerbs: SymbolSet
    /// Words joining an act to the one that caused it at the same time ("were killed when troops opened fire").
    let whenWords: SymbolSet
    let help: Int32
    let which: Int32
    /// A tacked account of an act ("…, saying it had targeted …").
    let restatingVerbs: SymbolSet
    let madeWords: SymbolSet
    /// Words naming an armed service before its noun ("air force", "coast guard").
    let branchWords: SymbolSet
    /// Goods whose arrival is aid: humanitarian, and military.
    let aidGoods: SymbolSet
    let weaponGoods: SymbolSet
    /// "its neighbour": an object named by its relation to the subject.
    let neighbourWords: SymbolSet
    let them: Int32
    /// Verbs of unwillingness that take "to": "declined to meet", "refuses to sign".
    let refusalVerbs: SymbolSet
    let protestNouns: SymbolSet
    let protestTriggers: SymbolSet
    let negotiationWords: SymbolSet
    let claimVerbs: SymbolSet
    /// "claimed", "claims": the verbs that claim an act named as their object ("claimed the attack").
    let claimOnlyVerbs: SymbolSet
    let expectVerbs: SymbolSet
    let responsibility: Int32
    /// "rescue teams", "medical team": the work that makes a team an actor, read as medics.
    let reliefTeamWork: SymbolSet
    /// "medics": the agents.tsv noun whose row a relief team takes.
    let medicsNoun: Int32
    let protestWords: SymbolSet
    let objectPronouns: SymbolSet
    let modals: SymbolSet
    let modalFillers: SymbolSet
    let reportClause: SymbolSet
    /// Verbs of telling whose object is the one told, not the speaker ("warned Uganda that it could cut aid").
    let addresseeVerbs: SymbolSet
    /// The word of a topic ("a documentary about the Russian siege of Mariupol").
    let about: Int32
    /// A relative clause's subject ("Evo Morales, who resigned").
    let who: Int32
    /// "called on", "called for": an appeal.
    let appealParticles: SymbolSet
    let callVerbs: SymbolSet
    /// Feelings caused "by" something, which is no agent ("disappointed by the decision").
    let feelings: SymbolSet
    /// Nouns whose "that"-clause is hearsay ("reports that its troops had fired").
    let hearsayNouns: SymbolSet
    /// The words that make what follows a bare "will" a threat ("warned it will", "if").
    let threatFrames: SymbolSet
    /// National teams' fixtures ("a World Cup qualifier"): no visits or talks.
    let sportsWords: SymbolSet
    /// Visitors counted as tourists ("welcomed a record 929,000 visitors").
    let touristNouns: SymbolSet
    /// Head nouns of a state body's name ("The Election Commission", "the Supreme Court").
    let bodyNouns: SymbolSet
    /// Words of bodies above states ("the European Parliament", "the International Court").
    let supranational: SymbolSet
    /// "at least", "at most": a count, no place.
    let leastMost: SymbolSet
    /// Nouns of intent whose possessor does what follows "to" ("France's decision to back …").
    let intentNouns: SymbolSet
    let fire: Int32
    /// Prefixes that make a country word a stance, no actor ("the pro-Russian Victory bloc", "anti-American protests").
    let stancePrefixes: SymbolSet
    /// Raids, which police and prosecutors carry out as coercion ("police raided the embassy").
    let raidWords: SymbolSet
    /// Modals of what may happen ("a treaty could be signed").
    let hypotheticals: SymbolSet
    /// Particles that make a verb mean going on ("pressed ahead with"), no act on anyone.
    let goingOn: SymbolSet
    /// Domestic instruments signed, which are no agreement between parties ("signed an executive order").
    let domesticInstruments: SymbolSet
    /// Words of an obituary ("has died … aged 84").
    let deathWords: SymbolSet
    let aged: Int32
    /// Vessels ("fired water cannon at a Philippine supply boat").
    let vessels: SymbolSet
    /// Demands in so many words (a proposal or offer rejected is no demand).
    let demandsProper: SymbolSet
    /// Those who talk for a body ("ELN negotiators" keep the ELN's sector).
    let delegateNouns: SymbolSet
    /// People a body sends ("inspectors from the OPCW", "monitors from the OSCE"): the body, as an actor.
    let envoyNouns: SymbolSet
    /// Words after a headline's bare participle that make it passive ("detained in Dhaka", "killed as violence flares").
    let headlinePassiveNext: SymbolSet
    /// Means of contact or travel after "by" ("talked by phone", "travelled by road"): no agent.
    let byMeans: SymbolSet
    /// Words opening a clause before the main one ("After meeting X, …", "Speaking after talks with X, …").
    let clauseOpeners: SymbolSet
    /// Those whose view of what may come is no event ("Analysts say …").
    let pundits: SymbolSet
    /// Information put out, not people or things acted on ("figures released by the agency", "footage released by the army").
    let informationNouns: SymbolSet
    /// Their verbs of opinion.
    let opinionVerbs: SymbolSet
    /// Those who are no pundits but whose fears and hopes are no event either ("Diplomats fear …", "Residents of Goma
    /// fear …"); what they say is, unless hedged.
    let watchers: SymbolSet
    /// Verbs of fear, hope and guesswork: "fear", "worry", "hope", "speculated".
    let fearVerbs: SymbolSet
    /// Words that hedge what is said into a guess: "could", "may", "unlikely", "too early".
    let hedges: SymbolSet
    let country: Int32
    let futureModals: SymbolSet
    let timeUnits: SymbolSet
    let futureMarkers: SymbolSet
    let pressWords: SymbolSet
    let pluralRounds: SymbolSet
    let relativeWhich: SymbolSet
    let callWords: SymbolSet
    let visitWords: SymbolSet
    let summitWords: SymbolSet
    /// "thanked Lithuania for its military aid package": thanks, and the aid thanked for.
    let thankVerbs: SymbolSet
    /// "lifted a ban on opposition rallies": parties and politicians (0812).
    let partyWords: SymbolSet
    /// "joint drills encircling Taiwan": drills placed around another country.
    let aroundWords: SymbolSet
    let thankedAid: SymbolSet
    let armsWords: SymbolSet
    let reliefWords: SymbolSet
    /// Verbs of goods arriving ("a convoy of trucks entered Gaza").
    let goodsArrivalVerbs: SymbolSet
    /// What carries goods, or aid itself ("trucks carrying flour", "an aid convoy"): a sentence's subject that is no actor.
    let cargoNouns: SymbolSet
    /// Participles of goods given or carried ("systems supplied by the United States", "supplies flown in by the UAE").
    let suppliedWords: SymbolSet
    let barricades: Int32
    /// "docked": a ship's arrival, a visit only with goods aboard.
    let dockVerbs: SymbolSet
    /// "ordered the army to be placed on alert": verbs whose object is made to undergo the act.
    let orderVerbs: SymbolSet
    /// "March", "May": months that are also words of patterns.
    let monthNouns: SymbolSet
    /// "the release of 1 billion pesos": sums of money.
    let moneyWords: SymbolSet
    /// Auxiliaries between a subject and its verb ("has killed", "which had killed").
    let auxiliaries: SymbolSet
    /// "would send Challenger 2 tanks and additional artillery systems to Ukraine": verbs of supply, whose force nouns are goods.
    let supplyVerbs: SymbolSet
    /// "moved tens of thousands of Republican Guard troops", "the first batch of F-16 fighter jets", "tons of relief supplies":
    /// quantities and measures, which a pattern's gap passes for free.
    let quantityWords: SymbolSet
    /// "killed when an interprovincial bus plunged into a ravine": accidents.
    let accidentVerbs: SymbolSet
    let age: Int32
    /// Verbs of permission or acceptance, whose "did not" is a refusal ("did not allow inspectors").
    let permissionVerbs: SymbolSet
    /// Things fought that are no armed foe ("to fight inflation", "battle wildfires").
    let abstractFoes: SymbolSet
    /// Words of ordinary crime, for gain or in a brawl: a sentence that names one reports no political force ("shot dead
    /// during an armed robbery", "stabbed during a brawl outside a nightclub").
    let robberyWords: SymbolSet
    /// "hesitate": "would not hesitate to" announces the act after it.
    let hesitation: SymbolSet
    /// Verbs that begin, carry on or complete an act named by the "-ing" form after them ("began shipping rice", "finished
    /// pulling back").
    let beginVerbs: SymbolSet
    /// Animals killed, which no event codes ("killed more than two million head of livestock").
    let animalNouns: SymbolSet
    /// Words that count or qualify a killed object before its noun ("at least", "more than", "head of").
    let countFillers: SymbolSet
    /// "?": a sentence it closes asks, and reports no act.
    let questionMark: Int32
    let when: Int32
    /// "?" and "!", which close a sentence as a full stop does.
    let sentenceMarks: SymbolSet
    /// "drills", "exercises", "manoeuvres".
    let drillNouns: SymbolSet
    /// "in exchange for", "a prisoner swap": a release answered by another.
    let swapWords: SymbolSet
    /// "released by", "freed by": the agent of a release.
    let releasedWords: SymbolSet
    /// Nouns of an inquiry: a pattern's gap does not pass one, and a raid for one investigates.
    let inquiryNouns: SymbolSet
    /// "launched an investigation into the air strike", "sent condolences to Iran after the helicopter crash": words a
    /// pattern's gap does not pass to reach a later word of the pattern (an inquiry's noun, a clause's opening).
    let gapStops: SymbolSet
    /// Quotation marks.
    let quoteMarks: SymbolSet
    /// "$", "€", "£", "¥": a sum's sign, opening a headline's object ("Saudi Arabia deposits $2 billion …").
    let currencySigns: SymbolSet
    /// "war-hit", "quake-stricken", "conflict-ravaged": the participles that close a hyphenated adjective of harm suffered.
    let hitAdjectiveEnds: SymbolSet
    /// A crowd's gathering: "gathered", "massed", "poured into".
    let gatherVerbs: SymbolSet
    /// Words of a protest's demand ("demanding", "calling", "to demand").
    let protestDemands: SymbolSet
    /// A warning of a penalty ahead: "warned they will face arrest", "would deal ruthlessly with".
    let warnWords: SymbolSet
    let penaltyVerbs: SymbolSet
    let penaltyNouns: SymbolSet
    let sanctionNouns: SymbolSet
    let consequenceNouns: SymbolSet
    let deal: Int32
    let take, against, ransom: Int32
    /// Plural nouns of actors without a final "s" ("police fire tear gas", "gunmen attack a church").
    let pluralAgents: SymbolSet
    /// "Hezbollah fighters captured two Israeli soldiers": verbs of capture, an abduction when armed groups capture people.
    let captureVerbs: SymbolSet
    /// "peacekeepers landed in Dili": arrivals, a deployment when troops arrive.
    let arrivalVerbs: SymbolSet
    /// "with China acting as mediator": roles of a mediator, and the verbs that take them.
    let mediatorRoles: SymbolSet
    let actingWords: SymbolSet
    let as_: Int32
    /// "condemned the Israeli regime's deadly airstrikes on …": strikes from the air or by artillery, named as nouns.
    let strikeNouns: SymbolSet
    let attackNouns: SymbolSet
    /// "blamed the bombing on Pakistan": blame laid on someone.
    let blameVerbs: SymbolSet
    let force: Int32
    /// "attacked a military base": military targets, whose attack is military force (190).
    let militaryTargets: SymbolSet
    /// "after weeks of mass street protests": spans of time, whose protests are background.
    let spanPlurals: SymbolSet
    /// "bowing to weeks of street demonstrations", "following weeks of protests", "to end weeks of blockades": words that
    /// make protests counted in time the cause or the object of the act.
    let yieldingTo: SymbolSet
    /// "have fought three wars since independence": wars counted are history.
    let warPlurals: SymbolSet
    /// "a panel of Peru's Supreme Court": a part of a court that acts as it.
    let panelNouns: SymbolSet
    /// "stormed the Supreme Court and arrested …": a raid that carries out another act.
    let stormWords: SymbolSet
    /// "2.5 billion US dollars": currencies named after their country.
    let currencyNames: SymbolSet
    /// "militiamen backed by Khartoum": participles by which a backer describes an actor.
    let backingParticiples: SymbolSet
    /// "artillery shells", "exercises involving tanks and artillery": artillery as goods or a drill's means.
    let artillery: Int32
    let artilleryGoods: SymbolSet
    let artilleryContexts: SymbolSet
    /// "has pulled out of the Pacific Islands Forum": bodies one leaves, named or not.
    let blocNouns: SymbolSet
    /// "Israel strikes on Gaza": a preposition that makes a present form before it a noun.
    let nounPrepositions: SymbolSet
    /// ", as well as", ", as a gesture", ", as part of": "as" after a comma that opens no clause.
    let asPhraseWords: SymbolSet
    /// "had been killed", "have been killed": a perfect passive.
    let been: Int32
    let perfectAux: SymbolSet
    /// "a call for third-party mediation".
    let mediationNouns: SymbolSet
    /// "Sudan's proposal to bring in mediators": a proposal, an appeal only when it is for mediation.
    let proposalNouns: SymbolSet
    /// "protests turned violent".
    let turned: Int32
    let violentWords: SymbolSet
    /// "was due to meet": a plan.
    let due: Int32
    /// "test-fired": the hyphenated prefix that leaves its verb an act ("re-" is not one: "agreed to re-establish relations"
    /// would lose its "to").
    let verbPrefixes: SymbolSet
    /// "was behind the attack": the copula and the word.
    let behind: Int32
    let responsible: Int32
    let involved: Int32
    let blame: Int32
    let copulas: SymbolSet
    /// "is", "was", "been": the forms of "be" before a progressive verb ("is shipping").
    let beForms: SymbolSet
    /// "pay", "face", "regret": what a warned party will suffer ("they would pay dearly").
    let sufferVerbs: SymbolSet
    /// "embassy", "consulate", "mission": a state's offices in another's capital.
    let missionBuildings: SymbolSet
    /// "surrendered": a yielding whose subject may be anyone.
    let surrenderWords: SymbolSet
    /// "no" ("no foreign warships had entered").
    let no: Int32
    /// "Should", "Had", "Were" opening a sentence before its subject: an inverted condition.
    let invertedConditionals: SymbolSet
    /// "could", "would", "might": a consequence's modal.
    let hypotheticalModals: SymbolSet
    /// "could", "might": a consequence only guessed at.
    let speculativeModals: SymbolSet
    /// "if".
    let ifWord: Int32
    /// "withdraw", "pull": what troops are ordered to do.
    let withdrawVerbs: SymbolSet
    /// "returned", "back": a trip returned from.
    let returnWords: SymbolSet
    /// "saying Russian intelligence was behind": words that report a claim.
    let sayingWords: SymbolSet
    /// "diplomats accused of …", "suspected of …", "identified as spies", "linking them to": a charge laid on the ones
    /// an act names, in the words after them.
    let chargeLaidWords: SymbolSet
    /// "staff it said were …", ", saying they were …": a charge reported in the words after an act's object.
    let chargeSaid: SymbolSet
    /// "were", "had": the verb of a reported charge.
    let chargeCopulas: SymbolSet
    /// "were", "was": the verb of a charge reported of "they" or "he" (", saying he had ignored an invitation" is a reason).
    let chargeBeForms: SymbolSet
    /// "spying", "intelligence": a charge of espionage (1125).
    let spyWords: SymbolSet
    /// "rival armed factions clashed": fighters against each other.
    let rivalWords: SymbolSet
    /// "switched recognition from Taipei to Beijing".
    let switchVerbs: SymbolSet
    /// "would respond to the expulsion": hostile acts a reaction is threatened against (rows flagged `hostile`).
    let hostileActs: SymbolSet
    /// "the arrest of 32 fishermen near Migingo Island": where an act named as a noun took place.
    let actPlaces: SymbolSet
    /// "for onward delivery to Ethiopia": where carried goods are bound.
    let deliveryNouns: SymbolSet
    /// "talks", on which writers split when an act is done "at talks".
    let talks: Int32
    let attendedWords: SymbolSet
    /// "Foreign Secretary A hosted Foreign Minister B": the host and the guest both lead their sides.
    let hostVerbs: SymbolSet
    let attributionVerbs: SymbolSet
    let officeNouns: SymbolSet
    let orgWords: SymbolSet
    let videoFollowers: SymbolSet
    let video: Int32
    let titleModifiers: SymbolSet
    let trailingHeads: SymbolSet
    let they: Int32
    let overlapStopwords: SymbolSet
    let roundWord: Int32
    let actorFollowers: SymbolSet
    let nonModifiers: SymbolSet
    let unattributed: SymbolSet
    let possessives: SymbolSet
    let passiveAux: SymbolSet
    /// Irregular past forms: verbs, never nouns after a possessive ("Japan's prime minister flew to …").
    let pastIrregular: SymbolSet
    let aspectVerbs: SymbolSet
    let finiteBefore: SymbolSet
    let trailingWords: SymbolSet
    let noneWords: SymbolSet
    let subordinators: SymbolSet
    let articles: SymbolSet
    /// Nouns that close a subject region in a mechanism's name: "consultations on Middle East affairs".
    let subjectNouns: SymbolSet
    /// "The Coordination Council held its fifth meeting": verbs between a name and its round.
    let heldVerbs: SymbolSet
    let quantities: SymbolSet

    /// Single words the rules compare against directly.
    struct Words: Sendable {
        let of, on, for_, in_, at, the, and, with, between, by, to, s, comma, period, hyphen, lparen, rparen, colon: Int32
        let round, anniversary, diplomatic, relations, ties, establishment, years, year, next, mutually, convenient,
            dates, date, later, this, early, counterpart, respective, respectively, delegation, delegations, side,
            sides, was, were, is_, are, held, hold, led, headed, not, also, part, met, co, chaired, chairmanship,
            their, his, her, its, two, both, a, an, sidelines, ministry, ministries, foreign, affairs, office,
            external, state, department, dash, plus, month, week, will, would, to_, be, convene, agreed, decided,
            exchanged, views, that, said, while_, whereas, led_by, host, hosted, through, via: Int32
    }

    init(_ lexicon: inout Lexicon) {
        func set(_ words: String) -> SymbolSet { SymbolSet(lexicon.intern(words.split(separator: " ").map(String.init))) }
        func one(_ word: String) -> Int32 { lexicon.intern([word])[0] }
        headVerbs = set(
            "led lead leads leading headed heads heading head co-chaired cochaired chaired chairs chairing chairmanship co-chairs co-chair co-chairmanship chairperson counterpart counterparts respective respectively represented representing headship")
        memberWords = set(
            "also included include includes including comprised comprising comprises members member accompanied accompanying assisted joined among participated")
        sideNouns = set("side delegation delegations team sides")
        roundNouns = set(
            "round session meeting meetings edition consultations consultation dialogue talks sitting rounds sessions iteration stage")
        sessionNouns = set("round session meeting edition sitting rounds sessions meetings")
        nextWords = set("next following subsequent upcoming forthcoming")
        previousWords = set("last previous preceding earlier prior former")
        futureWords = set(
            "will shall tomorrow scheduled slated set expected upcoming forthcoming due planned plans to_be preview")
        ongoingWords = set("underway being began begun kicked continuing continue continues commenced ongoing opened")
        virtualWords = set("videoconference video-conference virtual virtually online videolink vtc video-link teleconference")
        meetingVerbs = set(
            "met meet meets meeting held hold holds holding talks consultations consultation visit visited visiting visits discussed discussion discussions conversation call spoke convened dialogue session")
        heldNonMeetings = set(
            "drills drill exercise exercises manoeuvres maneuvers wargames war-games elections election polls referendum vote rally rallies protest protests demonstration demonstrations parade parades funeral")
        anchorVerbs = set(
            "held hold holds holding met meet meets convened convene concluded chaired took began opened kicked led headed attended hosted hosting visited visiting underway scheduled co-chaired participated")
        subjectNouns = set("affairs issues issue")
        heldVerbs = set("held holds hold convened convenes opened concluded")
        regionalCues = set("regional international global situation developments issues region")
        negations = set("not no never neither nor without failed refused")
        nameConnectors = set("bin bint ibn al el de da van von der den du di la le abu ul ud")
        determiners = set("the a an this that these those its their his her")
        mechanismModifiers = set(
            "political bilateral strategic consular interministerial inter-ministerial security trilateral high-level senior joint foreign office ministry comprehensive economic regular annual expert expert-level official-level ministerial vice deputy working level technical")
        buildingWords = set("ministry office house palace building headquarters hall secretariat kremlin centre center residence")
        stopCapitals = set(
            "the a an he she they it in on at of for and but while meanwhile however during after before with this that these those his her their its both two we our mr mrs ms dr h.e minister ministry foreign office said according also")
        clauseBreaks = set("while whereas ; but")
        var rel: [Int32: Int] = [:]
        rel[one("today")] = 0
        rel[one("yesterday")] = -1
        rel[one("tomorrow")] = 1
        relative = rel
        relativeWords = SymbolSet(rel.keys)
        teaserStarts = set("read also related see watch photo caption file image click follow subscribe listen video more")
        var nouns: [Int32: String] = [:]
        for (w, k) in [
            ("commitment", "commitment"), ("commitments", "commitment"), ("resolve", "commitment"),
            ("determination", "commitment"), ("support", "support"), ("satisfaction", "satisfaction"),
            ("concern", "concern"), ("concerns", "concern"), ("intention", "agreement"), ("intent", "agreement"),
            ("readiness", "agreement"), ("willingness", "agreement"), ("agreement", "agreement"),
            ("consensus", "agreement"), ("understanding", "agreement"), ("appreciation", "satisfaction"),
        ] { nouns[one(w)] = k }
        outcomeNouns = nouns
        var verbs: [Int32: String] = [:]
        for (w, k) in [
            ("agreed", "agreement"), ("agree", "agreement"), ("agrees", "agreement"), ("agreeing", "agreement"),
            ("concurred", "agreement"), ("signed", "agreement"), ("inked", "agreement"), ("decided", "decision"),
            ("decide", "decision"), ("resolved", "decision"), ("committed", "commitment"), ("pledged", "commitment"),
            ("vowed", "commitment"), ("welcomed", "satisfaction"), ("welcoming", "satisfaction"),
            ("appreciated", "satisfaction"), ("lauded", "satisfaction"), ("hailed", "satisfaction"),
            ("supported", "support"), ("backed", "support"), ("endorsed", "support"),
        ] { verbs[one(w)] = k }
        outcomeVerbs = verbs
        reportingVerbs = set("reaffirmed reiterated renewed expressed voiced conveyed shared confirmed noted underlined reaffirming reiterating expressing voicing sharing confirming noting registered")
        agreeVerbs = set("agreed agree agrees agreeing")
        var cueWords = reportingVerbs
        for v in verbs.keys { cueWords.insert(v) }
        outcomeCueWords = cueWords
        discussionBreakers = set("exchanged discussed reviewed stressed emphasized emphasised underscored highlighted briefed noted said added called urged")
        locationPreps = set("in at near across within inside throughout into")
        subjectPreps = set("to with for of on by against from over about towards toward between during at in under among amid via including like into")
        recipientPreps = set("to with from against")
        crushVerbs = set("crush smash annihilate")
        sternWords = set("stern strict strong tough firm decisive harsh severe stringent")
        creditVerbs = set("reported reports said says quoted cited added")
        grievancePreps = set("over against")
        bodyCreditVerbs = set("said says reported confirmed concluded found told stated added called described termed branded")
        ofCountryWords = set("government governments people peoples leadership leaderships nation brotherly friendly fraternal and the")
        groupNouns = set("sides countries delegations ministers officials parties leaders nations governments neighbours neighbors rivals presidents premiers")
        groupDeterminers = set("two both")
        groupShort = set("sides delegations parties")
        thirdPerson = set("he she")
        speakerPronouns = set("it his her")
        countryAnaphors = set("country island islands kingdom")
        askWords = set("asked asks asking ask")
        questionOpeners = set("about whether if how why what when where who")
        demandMakers = set("up renewed renews renewing repeated repeats reiterated reiterates issued issues made makes pressed presses pressing voiced stepped insisted")
        countryParts = set("north south east west northeast northwest southeast southwest parts part rest centre center")
        journeyNouns = set("visit visits trip trips tour tours")
        mediatorWords = set("mediator mediators")
        groupStarts = set("they the two both sides delegations parties")
        visitPreps = set("during on after while")
        directions = set("southern northern eastern western central southeastern southwestern northeastern northwestern occupied")
        firstPerson = set("we i")
        obligation = set("must should ought")
        quote = one("\"")
        singleQuote = one("'")
        clauseSubjects = set("it they he she we")
        passiveThreatCopulas = set("be become pay")
        vowVerbs = set("vowed vows vowing")
        payVerbs = set("pay")
        carriedOut = set("carried conducted staged")
        carriedOutFirst = one("carried")
        each = one("each")
        other = one("other")
        controlVerbs = set("prompting prompted forcing forced leading led causing caused pushing pushed")
        clauseJoiners = set("while whereas but")
        causeJoiners = set("after because")
        timeJoiners = set("when since")
        relativeTimeWords = set("last this next past")
        placeFollowers = set("overnight again twice killing wounding leaving")
        claimNouns = set("claim claims charge charges accusation accusations allegation allegations report findings")
        demandNouns = set("demand demands request proposal offer")
        rejectVerbs = set("rejected rejects denied denies dismissed dismisses refuted refutes rebuffed")
        moveNouns = set("move decision step plan pledge announcement action measure measures decree strike attack annexation incursion visit")
        condemnVerbs = set("condemned condemns denounced denounces criticised criticized criticises criticizes slammed decried deplored")
        labelVerbs = set("called calls described describes termed terms branded brands labelled labeled dubbed")
        praiseVerbs = set("welcomed welcomes praised praises hailed hails applauded lauded")
        drawVerbs = set("drawing drew prompting prompted sparking sparked triggering triggered provoking provoked attracting")
        reactionNouns = set("condemnation condemnations criticism rebuke rebukes outrage protests protest anger ire fury dismay displeasure regret")
        ringVerbs = set("called rang")
        unlikelyWords = set("unlikely improbable doubtful uncertain remote")
        degreeWords = set("still very highly increasingly now")
        judgedAs = set("was is were are remains remained seemed seems appeared appears looked looks")
        isAre = set("is are")
        medicNouns = set("doctors nurses medics paramedics rescuers firefighters rescue")
        reliefGoods = set("food water tents blankets medicine medicines supplies aid relief generators")
        carrying = set("carrying bringing loaded laden")
        protestNotHeld = set("covered covering cover covers reported reporting filmed filming planning plan call calls")
        vehicleNouns = set("bus truck lorry car train vehicle minibus tram motorcycle van")
        announceVerbs = set("announced announces")
        sendVerbs = set("sent sends wrote writes addressed dispatched")
        responseNouns = set("response retaliation reply")
        had = one("had")
        contactVerbs = set("called phoned telephoned rang visited met received hosted")
        formalWords = set("formal diplomatic strong strongly-worded official sharp")
        from = one("from")
        conditionals = set("if unless until")
        once = one("once")
        again = one("again")
        verbAdverbs = set(
            "again also further later then subsequently repeatedly publicly formally officially immediately swiftly quickly promptly sharply strongly firmly openly reportedly allegedly jointly separately directly previously earlier already now still"
        )
        facelessNouns = set("bomber bombers gunmen gunman assailants assailant attackers attacker men militants militant jihadists jihadist bandits kidnappers terrorists insurgents insurgent")
        causePreps = set("to after following over against")
        missionWords = set("battlegroup battlegroups mission missions peacekeeping peacekeepers peacekeeper contingent multinational vanguard stabilisation stabilization quell protect help request")
        yearWords = set("years decades months")
        anniversaryWords = set("anniversary anniversaries commemoration commemorating commemorate memorial remembrance")
        rememberedBy = set("memorial memorials museum monument survivors victims exhibition remembrance")
        victimWords = set("victims survivors")
        documenting = set("documenting documented documents chronicling chronicles depicting depicts")
        since = one("since")
        after = one("after")
        separately = one("separately")
        during = one("during")
        gerundPreps = set("after before since upon by")
        mediationWords = set("mediated brokered sponsored")
        auspicesNouns = set("auspices mediation sponsorship facilitation")
        mediatedBy = set("mediated brokered chaired facilitated sponsored")
        under = one("under")
        ethnic = one("ethnic")
        north = one("north")
        embassyWords = set("embassy embassies consulate consulates")
        readiness = set("ready willing prepared")
        clashWords = set("clashed clash clashes clashing")
        following = one("following")
        into = one("into")
        backingForce = set("tanks warplanes aircraft artillery drones helicopters strikes airstrikes air armoured armored vehicles gunships militias paramilitaries fighters")
        hostWords = set("hosted host hosting hosts")
        meetingWord = one("meeting")
        blockingWords = set("blocking blocked block blockade blockades barricading barricaded")
        over = one("over")
        numberWords = set("two three four five six seven eight nine ten eleven twelve dozens hundreds thousands several many some all")
        ruled = one("ruled")
        out = one("out")
        roleWords = set("leader leaders candidate chief figure commander head activist politician spokesman founder")
        south = one("south")
        chargeWords = set("charges charge charged convicted guilty trial tried indicted indictment sentenced")
        electionWords = set("election elections vote result results referendum poll polls")
        lodgeVerbs = set("lodge lodged lodges lodging file filed files register registered issued handed delivered")
        plotVerbs = set("plotting plotted plot plots conspiring conspired scheming schemed")
        protestEvents = set("protest protests demonstration demonstrations rally rallies march marches marching demonstrating protesting rallying rallied marched storm stormed storming rioting demanding")
        forceNouns = set("strike strikes airstrike airstrikes air raid raids attack attacks bombardment shelling bombing drone missile rocket operation offensive")
        but = one("but")
        semicolon = one(";")
        whether = one("whether")
        nominalPreps = set("in amid after following despite over")
        clashNouns = set("clashes clash fighting battles battle gunfight firefight skirmishes skirmish exchange exchanges off standoff confrontation confrontations gunbattle shootout")
        did = one("did")
        does = one("does")
        refusalWords = set("refused")
        intransitiveArrivals = set("arrived landed docked")
        objectlessVerbs = set("appealed pleaded")
        stayingVerbs = set("remained remains remain stayed stays stay")
        permissionForms = set("allow allows allowing allowed permit permits permitting permitted")
        answeringVerbs = set("responded responds respond retaliated retaliates retaliate reacted reacts react countered counters")
        madeWords = set("made built supplied donated manufactured")
        restatingVerbs = set("saying adding claiming insisting")
        general = one("general")
        helpWords = set("help assist support request invitation secure")
        oneWord = one("one")
        nobody = one("nobody")
        demand = one("demand")
        markVerbs = set("marks marked mark marking")
        marketWords = set("strong weak global rising growing higher lower domestic consumer robust sluggish soaring falling")
        concernWords = set("concerned worried alarmed troubled")
        armed = one("armed")
        residentDiplomats = set("ambassador ambassadors charge")
        meetingNouns = set("talks summit meeting meetings call conversation consultations")
        callNouns = set("call conversation")
        reportNouns = set("report findings")
        accusingWords = set("accusing alleging accused alleged")
        borderWords = set("border borders frontier")
        agreeWords = set("agreed agree agrees")
        willWould = set("would will")
        inside = one("inside")
        appealNouns = set("calls appeals appeal call plea pleas")
        proposalNouns = set("proposal proposals suggestion")
        riotEvents = set("storm stormed storming rioting")
        what = one("what")
        floatingWords = set("each both all also then later again jointly")
        off = one("off")
        sealed = one("sealed")
        long = one("long")
        shot = one("shot")
        meansTalks = set("negotiations negotiation talks dialogue consultations diplomacy")
        guessModals = set("could might may")
        reportedOf = set("reports report allegations allegation accounts evidence claims")
        forecastWords = set("likely unlikely")
        fleeVerbs = set("flee flees fleeing fled escape escapes escaping escaped")
        privateParties = set("neighbour neighbours neighbor neighbors landlord landlady tenant tenants wife husband girlfriend boyfriend in-laws")
        quarrelWords = set("dispute quarrel row argument feud altercation")
        causeWords = set("after following by")
        samePastForms = set("cut put set hit let shut spread cast quit bid")
        protestBaseVerbs = set("rally march protest demonstrate")
        clashBaseVerbs = set("clash battle fight")
        campaignWords = set("campaign campaigning election electoral")
        rallyNouns = set("rally rallies")
        haltVerbs = set("cut cuts cutting halted halts halting suspended suspends suspending stopped stops stopping blocked blocks blocking")
        compoundHeads = set("maker makers manufacturer manufacturers company companies firm firms giant giants operator operators brand brands")
        whenWords = set("when as after")
        help = one("help")
        which = one("which")
        troopNouns = set("troops soldiers forces contingent contingents peacekeepers")
        branchWords = set("air coast border naval")
        travellers = set("pilgrims tourists fans migrants refugees passengers travellers travelers holidaymakers worshippers")
        aidGoods = set("supplies medicine medicines tents food vaccines doses shipment shipments consignment consignments planeload truckloads cargo blankets rations wheat rice flour milk grain aid")
        weaponGoods = set("jets weapons arms tanks missiles ammunition howitzers munitions warplanes fighters interceptors")
        neighbourWords = set("neighbour neighbor government leaders leadership")
        them = one("them")
        refusalVerbs = set("declined declines declining refused refuses refusing refuse decline")
        protestNouns = set("protests protest demonstrations demonstration rallies")
        protestTriggers = set("sparking sparked prompting prompted triggering triggered bowing amid despite following after")
        negotiationWords = set("negotiators negotiator negotiations peace")
        claimVerbs = set("claimed claims claiming accepted admitted")
        claimOnlyVerbs = set("claimed claims claiming")
        expectVerbs = set("expect expects expected predict predicts doubt doubts")
        responsibility = one("responsibility")
        reliefTeamWork = set("rescue medical relief")
        medicsNoun = one("medics")
        protestWords = set("protest protests protesters protestors protester demonstrators demonstration demonstrations rally rallies marchers demonstrating protesting riot riots rioters unrest")
        objectPronouns = set("it him her them")
        modals = set("will would shall should could can cannot may might must did does do")
        modalFillers = set("soon also never still not jointly again")
        pundits = set("analysts analyst experts observers commentators economists pundits historians scholars")
        informationNouns = set("figures data statistics report reports statement statements video videos footage images photos photographs results document documents details findings survey poll transcript transcripts")
        opinionVerbs = set("say said says believe believed expect expected predict predicted think thought doubt doubted warn warned note noted")
        watchers = set("diplomats residents")
        fearVerbs = set("fear fears feared worry worries worried hope hopes hoped speculate speculated expect expects expected agree agreed")
        hedges = set("could might may likely unlikely possible early unclear")
        clauseOpeners = set("after before while following upon during speaking addressing on")
        about = one("about")
        who = one("who")
        appealParticles = set("on for upon")
        callVerbs = set("called calling calls call")
        feelings = set("disappointed dismayed concerned alarmed shocked saddened surprised pleased encouraged worried troubled angered outraged")
        hearsayNouns = set("reports report allegations allegation claims claim rumours rumors suggestions")
        threatFrames = set("warned warns warning threatened threatens threatening vowed vows if unless could would might may")
        touristNouns = set("visitors tourists arrivals travellers travelers holidaymakers")
        sportsWords = set("qualifier qualifiers tournament championship championships semifinal quarterfinal fixture olympics footballers striker goalkeeper match matches wickets innings")
        supranational = set("european international african arab asian world global regional islamic commonwealth nordic baltic interparliamentary inter united")
        bodyNouns = set("commission court tribunal ministry agency parliament senate bureau directorate council police army navy government")
        leastMost = set("least most")
        intentNouns = set("decision decisions move plan plans bid attempt attempts push effort efforts refusal pledge promise offer threat vow readiness willingness")
        fire = one("fire")
        stancePrefixes = set("pro anti")
        raidWords = set("raided raid raids searched searches")
        hypotheticals = set("could might may")
        goingOn = set("ahead forward")
        domesticInstruments = set("order orders decree decrees law laws bill bills legislation ordinance ordinances petition budget constitution amendment amendments")
        deathWords = set("died dies")
        aged = one("aged")
        demandsProper = set("demand demands")
        delegateNouns = set("negotiators mediators")
        byMeans = set("phone telephone video videolink videoconference teleconference letter road rail train bus car air plane helicopter sea boat land")
        headlinePassiveNext = set("in on at over after near during for from amid as outside inside following")
        envoyNouns = set("inspectors inspector monitors observers investigators experts team teams mission delegation envoys representatives")
        vessels = set("boat boats ship ships vessel vessels tanker tankers trawler trawlers")
        reportClause = set("said says stated announced warned added insisted confirmed claimed argued declared threatened told that")
        addresseeVerbs = set("warned notified told informed assured reminded")
        country = one("country")
        futureModals = set("will would shall may might could plans planned scheduled expected set ready willing prepared offered offer offers offering pledged pledges pledging vowed vows promised promises promising intends intended agreed agree agrees decided threatened threatens threatening")
        timeUnits = set("week month year day weekend time few decade")
        futureMarkers = set("will would shall scheduled planned")
        pressWords = set("press news media")
        pluralRounds = set("rounds sessions meetings")
        relativeWhich = set("which that")
        callWords = set("telephone phone telephonic")
        visitWords = set("visit visited visiting")
        summitWords = set("summit")
        thankVerbs = set("thanked thanking thanks thank")
        partyWords = set("party parties opposition rallies politicians candidates")
        aroundWords = set("around encircling surrounding encircle surround near off")
        thankedAid = set("aid assistance weapons arms shipments supplies donation donations")
        armsWords = set("military weapons arms jets ammunition tanks missiles defence defense artillery")
        reliefWords = set("humanitarian relief food medicine medicines")
        goodsArrivalVerbs = set("entered enters reached reaches arrived arrives crossed crosses landed lands")
        cargoNouns = set("convoy convoys trucks truck lorries lorry truckloads shipment shipments consignment consignments airlift aid")
        suppliedWords = set("supplied donated delivered provided sent pledged carrying carried laden loaded flown shipped")
        barricades = one("barricades")
        dockVerbs = set("dock docked docks docking")
        orderVerbs = set("ordered orders ordering instructed directed told")
        monthNouns = set("march may")
        moneyWords = set("million billion trillion dollars euros pesos rupees yuan yen pounds francs naira shillings rand dirhams riyals tonnes tons")
        panelNouns = set("panel bench chamber")
        stormWords = set("stormed storming raided raiding")
        backingParticiples = set("backed supported armed funded financed trained equipped")
        currencyNames = set("dollars dollar euros euro yen yuan renminbi rupees rupee pounds pound francs franc pesos peso rand shillings dinars dinar riyals riyal rubles roubles ruble rouble won lira")
        artillery = one("artillery")
        artilleryGoods = set("shells shell ammunition rounds units unit pieces systems system guns batteries firing drill drills exercises")
        artilleryContexts = set("involving including includes included procurement exercises drills drill package packages supply supplies deliveries")
        nounPrepositions = set("of on against by over at")
        been = one("been")
        perfectAux = set("had have has")
        asPhraseWords = set("well part a an such of to if though")
        blocNouns = set("bloc organisation organization community union alliance court commonwealth forum league grouping opec ecowas igad")
        auxiliaries = set("has have had which that also")
        supplyVerbs = set("send sent sends sending supply supplied supplies supplying deliver delivered delivers delivering provide provided provides providing transfer transferred transfers give gave gives giving donate donated ship shipped sell sold selling sells")
        warPlurals = set("wars conflicts")
        spanPlurals = set("days weeks months years decades")
        arrivalVerbs = set("arrived arrives arriving arrive landed landing lands land")
        mediatorRoles = set("mediator mediators facilitator facilitators broker guarantor guarantors intermediary")
        actingWords = set("acting serving")
        as_ = one("as")
        strikeNouns = set("airstrike airstrikes air shelling raid raids")
        attackNouns = set("attack attacks")
        blameVerbs = set("blamed blames blaming blame")
        force = one("force")
        militaryTargets = set("base bases barracks army soldiers troops positions convoy convoys checkpoint checkpoints patrol patrols outpost outposts garrison military")
        captureVerbs = set("captured capture captures capturing seized seize seizes seizing")
        yieldingTo = set("to following end ending ended quell quelled crush crushed")
        accidentVerbs = set("plunged crashed collided capsized derailed overturned sank veered skidded collapsed caved")
        age = one("age")
        permissionVerbs = set("allow permit grant accept admit let")
        abstractFoes = set("inflation poverty corruption crime hunger disease diseases malaria cholera climate drought fires wildfires wildfire blaze blazes flames pandemic covid unemployment terrorism extremism smuggling trafficking misinformation disinformation floods locusts")
        robberyWords = set("robbery robberies robbers robber burglary burglaries burglars burglar heist carjacking mugging brawl brawls")
        hesitation = set("hesitate hesitated hesitating")
        beginVerbs = set("began begun begin begins started start starts continued continue continues resumed resume resumes finished finishes completed completes")
        animalNouns = set("livestock cattle sheep goats animals camels cows horses wildlife elephants rhinos birds fish poultry chickens pigs dogs")
        countFillers = set("at least more than about some nearly almost over around up to head of an a the estimated")
        questionMark = one("?")
        when = one("when")
        sentenceMarks = set("? !")
        warnWords = set("warned warns warning warn cautioned cautions")
        penaltyVerbs = set("face risk deal")
        penaltyNouns = set("arrest arrests prosecution prosecutions jail prison imprisonment detention charges punishment penalties")
        sanctionNouns = set("sanctions sanction embargo tariffs")
        consequenceNouns = set("consequences action retaliation reprisals")
        deal = one("deal")
        take = one("take")
        against = one("against")
        ransom = one("ransom")
        protestDemands = set("demanding calling chanting denouncing protesting demand")
        gatherVerbs = set("gathered gather gathers gathering massed assembled converged thronged poured flooded")
        quoteMarks = set("\" ' \u{2018} \u{2019} \u{201C} \u{201D}")
        hitAdjectiveEnds = set("hit torn stricken ravaged battered scarred wracked racked ridden")
        currencySigns = set("$ \u{20AC} \u{00A3} \u{00A5}")
        let inquiryWords = "investigation investigations inquiry inquiries probe probes"
        inquiryNouns = set(inquiryWords)
        gapStops = set(inquiryWords + " after because while whereas although though")
        releasedWords = set("released freed handed")
        swapWords = set("exchange swap swaps")
        drillNouns = set("drills drill exercise exercises manoeuvres maneuvers wargames war-games")
        pluralAgents = set("police gunmen people men women aircraft taliban")
        quantityWords = set("tens dozens hundreds thousands millions dozen hundred thousand million tons tonnes batch batches consignment consignments shipment shipments tranche tranches number")
        mediationNouns = set("mediation mediator mediators mediate arbitration")
        turned = one("turned")
        violentWords = set("violent deadly bloody")
        due = one("due")
        verbPrefixes = set("test air co")
        behind = one("behind")
        responsible = one("responsible")
        involved = one("involved")
        blame = one("blame")
        copulas = set("was were is are")
        beForms = set("was were is are am be been")
        sufferVerbs = set("pay face suffer regret bear")
        missionBuildings = set("embassy embassies consulate consulates mission missions")
        surrenderWords = set("surrendered surrenders surrendering surrender")
        no = one("no")
        invertedConditionals = set("should had were")
        hypotheticalModals = set("could would might")
        speculativeModals = set("could might")
        ifWord = one("if")
        withdrawVerbs = set("withdraw pull")
        returnWords = set("returned returning returns return back")
        sayingWords = set("said says saying say stated claimed claiming alleged alleging accused accusing insisted concluded believes believed evidence charged charging")
        chargeLaidWords = set("accused suspected identified linking alleging")
        chargeSaid = set("said says saying")
        chargeCopulas = set("were was had are is")
        chargeBeForms = set("were was are is")
        spyWords = set("spying spies spy espionage intelligence")
        rivalWords = set("rival rivals competing opposing")
        switchVerbs = set("switch switched switches switching shifted shift shifts shifting transferred transfer")
        hostileActs = set(
            "expulsion expulsions sanctions attack attacks provocation provocations aggression strike strikes steps step measures restrictions tariffs ban seizure deployment hostile unfriendly move moves")
        actPlaces = set("in near inside")
        deliveryNouns = set("delivery distribution")
        talks = one("talks")
        attendedWords = set("attended participation")
        hostVerbs = set("hosted hosting hosts")
        attributionVerbs = set("said added according stated")
        officeNouns = set("affairs issues region reconciliation policy cooperation relations department planning citizens nationals diaspora security")
        orgWords = set(
            "ministry foreign affairs external trade department office of and the state international cooperation development expatriates republic federation kingdom government commonwealth emigrants relations european integration worship nationals community abroad")
        videoFollowers = set("conference link call conferencing")
        video = one("video")
        trailingHeads = set("mechanism forum process council framework")
        titleModifiers = set("acting interim caretaker prime parliamentary senior principal chief executive federal cabinet additional first")
        they = one("they")
        overlapStopwords = set("the a an of to in and for on at with their its by , . - '")
        roundWord = one("round")
        actorFollowers = set(
            "the a an and or of in on at to for with from by near over against after before during since said says say told has had have is was were are will would could can may might also who which that ' 's , . ; : ( ) \"")
        nonModifiers = set(
            "the a an and or of in on at to for with from by near over against after before during since said says who which that this these those their his her its our not no while whereas but when as because although though until unless if once")
        possessives = set("its their his her our")
        passiveAux = set("was were been being is are got be")
        pastIrregular = set("blew hit struck went tore ripped shot killed held seen taken given hung paid made met gave sent led fled won lost broke took began threw fought beat flew withdrew overran drew sought brought spoke told swore froze rang sold bought upheld withheld overthrew sank shook")
        aspectVerbs = set("began begun begin begins started start starts continued continue continues keep kept stopped resumed")
        finiteBefore = set("who which that and or but also then jointly reportedly allegedly had has have they he she it we i later today yesterday again already just")
        noneWords = set("no none")
        trailingWords = set("on in at late early last this next today yesterday monday tuesday wednesday thursday friday saturday sunday morning evening night week")
        subordinators = set("after before when while because although though since as if until once")
        articles = set("a an the")
        quantities = set("thousands hundreds dozens scores tens millions number numbers group groups crowd crowds contingent contingents delegation battalion unit")
        unattributed = set("unidentified unknown masked foreign")
        status = StatusWords(
            modal: set("will shall"), futureVerbs: set("hold be meet visit take convene begin start co-chair lead head"),
            plannedWords: set("tomorrow scheduled slated"), ongoingWords: set("underway began begun commenced kicked ongoing"),
            set: one("set"), being: one("being"), under: one("under"), way: one("way"))
        w = Words(
            of: one("of"), on: one("on"), for_: one("for"), in_: one("in"), at: one("at"), the: one("the"),
            and: one("and"), with: one("with"), between: one("between"), by: one("by"), to: one("to"),
            s: one("'s"), comma: one(","), period: one("."), hyphen: one("-"), lparen: one("("), rparen: one(")"),
            colon: one(":"),
            round: one("round"), anniversary: one("anniversary"), diplomatic: one("diplomatic"),
            relations: one("relations"), ties: one("ties"), establishment: one("establishment"), years: one("years"),
            year: one("year"), next: one("next"), mutually: one("mutually"), convenient: one("convenient"),
            dates: one("dates"), date: one("date"), later: one("later"), this: one("this"), early: one("early"),
            counterpart: one("counterpart"), respective: one("respective"), respectively: one("respectively"),
            delegation: one("delegation"), delegations: one("delegations"), side: one("side"), sides: one("sides"),
            was: one("was"), were: one("were"), is_: one("is"), are: one("are"), held: one("held"), hold: one("hold"),
            led: one("led"), headed: one("headed"), not: one("not"), also: one("also"), part: one("part"),
            met: one("met"), co: one("co"), chaired: one("chaired"), chairmanship: one("chairmanship"),
            their: one("their"), his: one("his"), her: one("her"), its: one("its"), two: one("two"),
            both: one("both"), a: one("a"), an: one("an"), sidelines: one("sidelines"), ministry: one("ministry"),
            ministries: one("ministries"), foreign: one("foreign"), affairs: one("affairs"), office: one("office"),
            external: one("external"), state: one("state"), department: one("department"), dash: one("-"),
            plus: one("+"), month: one("month"), week: one("week"), will: one("will"), would: one("would"),
            to_: one("to"), be: one("be"), convene: one("convene"), agreed: one("agreed"), decided: one("decided"),
            exchanged: one("exchanged"), views: one("views"), that: one("that"), said: one("said"),
            while_: one("while"), whereas: one("whereas"), led_by: one("led"), host: one("host"),
            hosted: one("hosted"), through: one("through"), via: one("via"))
        followerNouns = set("supporters followers loyalists partisans backers")
        forceGroupNouns = set("force contingent unit brigade battalion detachment mission team")
        policeUnits = set("police policemen gendarmes officers")
        var table: [CueClass] = []
        func mark(_ c: CueClass, _ symbols: [Int32]) {
            for s in symbols where s >= 0 {
                if Int(s) >= table.count { table += repeatElement([], count: Int(s) + 1 - table.count) }
                table[Int(s)].insert(c)
            }
        }
        mark(.reactionNoun, reactionNouns.members)
        mark(.condemnOrPraise, condemnVerbs.members + praiseVerbs.members)
        mark(.from, [from])
        mark(.by, [w.by])
        mark(.answeredNoun, moveNouns.members + claimNouns.members + demandNouns.members)
        mark(.mediation, auspicesNouns.members + mediatorRoles.members + mediatedBy.members)
        mark(.meetingWord, [meetingWord])
        mark(.meetingNoun, meetingNouns.members)
        mark(.framingWord, [during, after, following, w.at])
        mark(.behind, [behind, responsible, blame, involved])
        mark(.death, deathWords.members)
        mark(.arrival, goodsArrivalVerbs.members)
        classOf = table
    }
}
