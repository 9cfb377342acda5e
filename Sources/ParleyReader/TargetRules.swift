import ParleyLexicon
import ParleyText

/// Target rules that read an act's neighbourhood once its draft lacks a target, or holds a suspect one, and the few
/// rules beside them that find an act's charge or its source the same way (an expulsion's charge, the country one is
/// told to leave) (docs/events.md, Actors). Each runs only then, and reads a few tokens; none allocates per token.
extension Analysis {
    /// Whether chunk `a`, naming no country, is no one acted on but a body a report or a label is credited to
    /// ("…, the UN said", "in what the UN rights chief called ethnic cleansing", "a verdict the European Union called a
    /// travesty"), or, for force (`hyphen`), the first half of a hyphenated modifier ("the UN-brokered truce", "the
    /// UN-declared safe area"; not "invite a U.N.-backed force", where the force is the one invited). Such a body does
    /// not stand in for a target: the act looks on for one, or falls back as an act naming none.
    func creditedBody(_ a: ActorChunk, within r: Range<Int>, hyphen: Bool) -> Bool {
        let k = a.tokens.upperBound
        // ("UN-brokered", "U.N.-backed": a hyphen and a word in lower case.)
        if sym(k) == cues.w.hyphen, k + 1 < r.upperBound, token(k + 1).kind == .word, !token(k + 1).isCapitalized { return hyphen }
        // (A verb of credit within three words, in the body's own clause: "the UN human rights chief called"; not a
        // noun, "UN calls to reopen schools", "a call for a ceasefire".)
        var j = k
        while j < min(r.upperBound, k + 4) {
            let s = sym(j)
            if s == cues.w.comma || s == cues.semicolon { return false }
            if isAny(j, cues.bodyCreditVerbs) { return sym(j + 1) != cues.w.to && sym(j + 1) != cues.w.for_ }
            j += 1
        }
        return false
    }

    /// The country a complaint lodged with a forum is about: "lodged a complaint with the UN Security Council over Israeli
    /// air raids", "files WTO complaint over Japan's export curbs", "a complaint with the United Nations over Turkish
    /// drilling". Only when every target found is a body of no country (a forum, a court), and a country is named within
    /// five words after "over" or "against", in the act's clause, other than the complainant's own.
    func complaintSubject(_ target: [ActorChunk.Side], after from: Int, _ r: Range<Int>, _ sources: [ActorChunk.Side]) -> ActorChunk.Side? {
        guard !target.isEmpty, target.allSatisfy({ $0.country == nil && ($0.sector == "IGO" || $0.sector == "JUD") }) else { return nil }
        var k = from
        while k < r.upperBound, !isAny(k, cues.grievancePreps) {
            if sym(k) == cues.semicolon || (sym(k) == cues.w.comma && sym(k + 1) == cues.w.and) { return nil }
            k += 1
        }
        guard k < r.upperBound else { return nil }
        for j in k + 1..<min(r.upperBound, k + 6) {
            if sym(j) == cues.w.comma { return nil }
            guard let (iso3, mention) = country(at: j), let c = ShortCode(iso3) else { continue }
            if sources.contains(where: { $0.country == c }) { continue }
            return ActorChunk.Side(country: c, sector: "GOV", span: span(j..<Int(mention.end)))
        }
        return nil
    }

    /// Unrest and its repression at no one named fall on the doer's own country when the sentence names no other, as
    /// force does: protests, strikes and riots (14x: "Hundreds of Lithuanian farmers drove their tractors into Vilnius to
    /// demand tax relief"), crowds dispersed (175), a truce declared (0871: "Ethiopia's government declared an indefinite
    /// humanitarian truce in the Tigray region"), and property seized or destroyed by police,
    /// soldiers, rioters or rebels (171x: "Cameroonian soldiers burned homes in several villages"). Not property a state
    /// itself takes, often a foreign owner's ("Venezuela nationalised the assets of ExxonMobil"), nor arrests (173) and
    /// expulsions (174), nor arms laid down (0873, "The FARC laid down their weapons"): their missing target stays empty.
    static func unrestAtHome(_ code: ShortCode, _ sources: [ActorChunk.Side]) -> Bool {
        if code == "171" || code == "1711" || code == "1712" { return sources.allSatisfy { $0.sector != "GOV" } }
        return code.hasPrefix("14") || code == "175" || code == "0871"
    }

    /// The charge an expulsion lays on the ones it expels, in the words right after them: "expelled three French
    /// diplomats accused of subversive activities", "expelled 15 Russian embassy staff it said were intelligence
    /// officers", "expelled six Indian diplomats, linking them to a campaign of violence", "expelled 18 Russian diplomats
    /// it identified as spies". The expeller accuses the expelled (112; 1125 when the charge is spying), as the development
    /// tables code it. Not a reason that charges no one ("…, saying the move answered Moscow's"), and not sanctions or
    /// arrests, whose charges those tables leave as the act's grounds. Returns the code and the charge's first word.
    func expulsionCharge(after k: Int, _ r: Range<Int>) -> (code: ShortCode, at: Int)? {
        var j = k
        let end = min(r.upperBound, k + 9)
        while j < end {
            let s = sym(j)
            if s == cues.w.and || s == cues.semicolon { return nil }
            var hit = false
            if isAny(j, cues.chargeLaidWords) {
                let next = sym(j + 1)
                hit = next == cues.w.of || next == cues.as_ || isAny(j + 1, cues.objectPronouns) || next == cues.w.that
            } else if isAny(j, cues.chargeSaid) {
                // ("it said were", ", saying they were"; not "said on Monday".)
                hit = isAny(j + 1, cues.chargeCopulas)
                    || ((sym(j + 1) == cues.they || isAny(j + 1, cues.thirdPerson)) && isAny(j + 2, cues.chargeBeForms))
            }
            if hit {
                let spying = (j + 1..<min(r.upperBound, j + 8)).contains { isAny($0, cues.spyWords) }
                return (spying ? "1125" : "112", j)
            }
            j += 1
        }
        return nil
    }

    /// The first country the sentence names by a country word or a city, other than `own`, as a government: "on a state
    /// visit to Indonesia" where no actor chunk holds the name.
    func countryNamed(in r: Range<Int>, other own: ShortCode?) -> ActorChunk.Side? {
        var k = r.lowerBound
        while k < r.upperBound {
            if let (iso3, mention) = country(at: k), let c = ShortCode(iso3) {
                if c != own { return ActorChunk.Side(country: c, sector: "GOV", span: span(k..<Int(mention.end))) }
                k = Int(mention.end)
                continue
            }
            // ("in Marawi", "in Kuwait City": a city names its country.)
            if let c = city(at: k), let country = ShortCode(c.city.country) {
                if country != own { return ActorChunk.Side(country: country, sector: "GOV", span: span(k..<Int(c.mention.end))) }
                k = Int(c.mention.end)
                continue
            }
            k += 1
        }
        return nil
    }

    /// The country named right after a passive expulsion's "to leave" ("were ordered to leave the Czech Republic"), as its
    /// government: the one that expels.
    func countryLeft(after k: Int, _ r: Range<Int>) -> ActorChunk.Side? {
        let j = sym(k) == cues.w.the ? k + 1 : k
        guard j < r.upperBound, let (iso3, mention) = country(at: j), let c = ShortCode(iso3) else { return nil }
        return ActorChunk.Side(country: c, sector: "GOV", span: span(j..<Int(mention.end)))
    }
}
