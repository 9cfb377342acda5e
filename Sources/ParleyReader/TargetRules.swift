import ParleyLexicon
import ParleyText

/// Target rules that read an act's neighbourhood once its draft lacks a target, or holds a suspect one
/// (docs/events.md, Actors). Each runs only then, and reads a few tokens; none allocates per token.
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
}
