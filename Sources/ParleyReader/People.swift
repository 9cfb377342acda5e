import ParleyLexicon
import ParleyModel

/// A person named in the text with whatever title and country the words around the name give.
struct PersonMention {
    var name: String
    var nameTokens: Range<Int>
    var title: String?
    var titleRow: Int?
    /// The whole chunk: country prefix, title, honorifics, name, trailing title.
    var tokens: Range<Int>
    var country: String?
    var countryRule: String?
    var sentence: Int
    var rule: String
    /// Whether the people lexicon names the person a movement's leader (an opposition or armed group's, not a state's).
    var lexiconLeader = false
    /// Whether the country comes from the people lexicon alone, not from the text.
    var countryFromLexicon = false
    /// The sector of the office the people lexicon gives the person on the document's date, when no title in the text
    /// gives one ("Asim Munir visited Beijing": the army chief, MIL).
    var lexiconSector: String?

    /// Takes the country the people lexicon's row gives a name the text gives none.
    mutating func takeCountry(of known: KnownPerson) {
        country = known.country
        countryRule = "lex.\(known.id)"
        countryFromLexicon = true
    }
}

extension Analysis {
    /// Every titled or known person in the story.
    func people() -> [PersonMention] {
        var out: [PersonMention] = []
        // (The day people rows are chosen by, made once.)
        let day = published?.description
        for si in sentences.indices where zones[si] == .story {
            let r = sentences[si].tokens
            var i = r.lowerBound
            while i < r.upperBound {
                // (Each finder below first asks for a lexicon mention, a capital letter or "counterpart": a token with none
                // is passed over here, without four calls that each return an empty 138-byte optional to be copied.)
                guard mentionAt[i] >= 0 || tokens[i].isCapitalized || sym(i) == cues.w.counterpart else {
                    i += 1
                    continue
                }
                if var p = titleFirst(at: i, si) ?? nameFirst(at: i, si) ?? knownPerson(at: i, si, on: day) ?? counterpart(at: i, si) {
                    if p.country == nil, let known = knownRow(p.nameTokens, on: day) {
                        p.takeCountry(of: known)
                        if p.titleRow == nil, !known.sector.isEmpty { p.lexiconSector = known.sector }
                    }
                    // ("Singaporean Foreign Minister Vivian Balakrishnan and Defence Minister Ng Eng Hen": a second office
                    // joined by "and" to a person whose country the text names is on that person's side; the same office
                    // twice, "Chinese Foreign Minister A and Foreign Minister B", is the two sides.)
                    if p.country == nil, p.rule == "rule.person.title-name", p.tokens.lowerBound > r.lowerBound,
                        sym(p.tokens.lowerBound - 1) == cues.w.and, let q = out.last, q.sentence == si,
                        q.tokens.upperBound == p.tokens.lowerBound - 1, let c = q.country, !q.countryFromLexicon,
                        q.countryRule == "rule.side.adjective" || q.countryRule == "rule.side.capital-metonym",
                        let t1 = q.title?.lowercased(), let t2 = p.title?.lowercased(), t1 != t2
                    {
                        p.country = c
                        p.countryRule = "rule.side.joined-office"
                    }
                    // ("Armenian Foreign Minister Ararat Mirzoyan and his Georgian counterpart Ilia Darchiashvili": a
                    // counterpart holds the same office as the titled person before it in the sentence.)
                    if p.title == nil, p.rule == "rule.person.counterpart", let q = out.last(where: { $0.sentence == si && $0.title != nil }) {
                        p.title = q.title
                        p.titleRow = q.titleRow
                    }
                    // ("Foreign Ministers Mohamad Hasan and Maris Sangiampongsa, respectively": a plural title before two
                    // names is each one's office, in the singular.)
                    // (A capitalized title only: "headed by deputy prime ministers A and B" describes, it is no office.)
                    // (The token tests first: the title's words are read only for a name that "and" and a second follow.)
                    if p.tokens.upperBound == p.nameTokens.upperBound, sym(p.nameTokens.upperBound) == cues.w.and,
                        p.nameTokens.lowerBound > r.lowerBound, tokens[p.nameTokens.lowerBound - 1].isCapitalized,
                        let t = p.title, let single = Self.singularTitle(t),
                        let second = nameRun(from: p.nameTokens.upperBound + 1, bounds: r, minWords: 2)
                            ?? nameRun(from: p.nameTokens.upperBound + 1, bounds: r, minWords: 1).flatMap({ isKnownName($0) ? $0 : nil })
                    {
                        p.title = single
                        out.append(p)
                        var q = PersonMention(
                            name: string(second), nameTokens: second, title: single, titleRow: p.titleRow, tokens: second,
                            country: nil, countryRule: nil, sentence: si, rule: "rule.person.plural-title")
                        if let known = knownRow(second, on: day) { q.takeCountry(of: known) }
                        out.append(q)
                        i = second.upperBound
                        continue
                    }
                    out.append(p)
                    i = max(p.tokens.upperBound, i + 1)
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// "Foreign Ministers" -> "Foreign Minister", "Ministers of Foreign Affairs" -> "Minister of Foreign Affairs"; nil for
    /// a title with no plural office noun.
    static func singularTitle(_ title: String) -> String? {
        var changed = false
        let words = title.split(separator: " ", omittingEmptySubsequences: false).map { w -> String in
            guard let single = pluralOffices[w.lowercased()] else { return String(w) }
            changed = true
            return w.first?.isUppercase == true ? single.prefix(1).uppercased() + single.dropFirst() : single
        }
        return changed ? words.joined(separator: " ") : nil
    }

    static let pluralOffices: [String: String] = [
        "presidents": "president", "ministers": "minister", "secretaries": "secretary", "envoys": "envoy", "ambassadors": "ambassador",
        "representatives": "representative", "premiers": "premier", "directors": "director", "undersecretaries": "undersecretary",
        "under-secretaries": "under-secretary", "commissioners": "commissioner", "chancellors": "chancellor",
        "directors-general": "director-general", "secretaries-general": "secretary-general",
    ]

    /// "[Russia's] Deputy Foreign Minister [H.E.] Andrey Rudenko"
    private func titleFirst(at i: Int, _ si: Int) -> PersonMention? {
        guard mentionAt[i] >= 0, let (m0, e) = entry(at: i, .title) else { return nil }
        let bounds = sentences[si].tokens
        // "Deputy Prime Minister and Foreign Minister …": one person's joint titles.
        var m = m0
        if sym(Int(m.end)) == cues.w.and, let (m2, _) = entry(at: Int(m.end) + 1, .title) { m = m2 }
        let ext = titleExtension(after: Int(m.end), bounds: bounds)
        var titleEnd = ext.end
        var j = ext.orgEnd
        // ("the Secretary-General of Itamaraty, Ambassador Maria Laura da Rocha": an organisation the lexicon does not know,
        // of one to three capitalized words, before a comma and a titled name.)
        // ("the Secretary General of the Farnesina, Ambassador Elisabetta Belloni": or a known one.)
        var comma = j
        if j == titleEnd, sym(j) == cues.w.of {
            var k = pastThe(j + 1)
            let start = k
            while k < bounds.upperBound, k - start < 3, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
            if k > start { comma = k }
        }
        if sym(comma) == cues.w.comma, let (m4, _) = entry(at: comma + 1, .title), Int(m4.end) - (comma + 1) == 1, isNamePart(Int(m4.end)) {
            j = comma + 1
        }
        // "Deputy Foreign Minister Ambassador Jane Doe": a second title word before the name is an honorific here.
        if let (m3, _) = entry(at: j, .title), Int(m3.end) - j == 1, isNamePart(Int(m3.end)) { j = Int(m3.end) }
        if sym(j) == cues.w.comma, entry(at: j + 1, .honorific) != nil { j += 1 }
        if sym(j) == cues.w.comma, let n = nameRun(from: j + 1, bounds: bounds, minWords: 2), sym(n.upperBound) == cues.w.comma {
            j += 1
        }
        j = skipHonorifics(j)
        // ("King Abdullah of Jordan": one name word will do before "of" and a country.)
        // ("condemned President Putin", "met Prime Minister Modi": or one the people lexicon knows by that word alone.)
        guard let name = nameRun(from: j, bounds: bounds, minWords: 2, afterTitle: true)
            ?? nameRun(from: j, bounds: bounds, minWords: 1, afterTitle: true).flatMap({ ofCountry(after: $0.upperBound) != nil || isKnownName($0) ? $0 : nil })
        else { return nil }
        // A second title right after the first ("Deputy Foreign Minister and Special Envoy") is not handled; fine.
        // "Acting Foreign Minister", "Prime Cabinet Secretary": a modifier word before the title belongs to it.
        // ("Prime Cabinet Secretary": two.)
        var titleStart = i
        while titleStart > bounds.lowerBound, i - titleStart < 2, isAny(titleStart - 1, cues.titleModifiers), tokens[titleStart - 1].isCapitalized {
            titleStart -= 1
        }
        var title = titleText(titleStart..<titleEnd, ext.suffix)
        var row = Int(e.row)
        var end = name.upperBound
        // "Ambassador Jane Doe, Director General for Europe": the title after the name is the office.
        // ("Ambassador Khaled Rizk, Assistant Foreign Minister for Counter-Terrorism Affairs of Egypt": its country too.)
        var trailing = max(titleEnd, name.upperBound)..<end
        if let (post, postRow, postEnd) = trailingTitle(after: name.upperBound, bounds: bounds) {
            title = post
            row = postRow
            end = postEnd
            titleEnd = postEnd
            trailing = name.upperBound..<postEnd
        }
        var (country, rule) = explicitCountry(before: i, bounds: bounds) ?? ext.country.map { ($0, "rule.side.title-of-country") }
            ?? trailingCountry(in: trailing, bounds) ?? (nil, nil)
        // "King Mohammed VI of Morocco", "Prince Faisal of Saudi Arabia": the country right after the name.
        if country == nil, end == name.upperBound, let (iso3, countryEnd) = ofCountry(after: end) {
            country = iso3
            rule = "rule.side.name-of-country"
            end = countryEnd
        }
        return PersonMention(
            name: string(name), nameTokens: name, title: title, titleRow: row, tokens: min(i, prefixStart(i, bounds))..<end,
            country: country, countryRule: rule, sentence: si, rule: "rule.person.title-name")
    }

    /// "Andrey Rudenko, Russia's Deputy Foreign Minister" / "Jane Doe, Director General of the Ministry of …"
    private func nameFirst(at i: Int, _ si: Int) -> PersonMention? {
        guard tokens[i].isCapitalized else { return nil }
        let bounds = sentences[si].tokens
        // A name of two words, or an honorific: anything else cannot start this chunk.
        guard i + 1 < bounds.upperBound, tokens[i + 1].isCapitalized || tokens[i + 1].kind == .punct || isAny(i + 1, cues.nameConnectors)
        else { return nil }
        let start = skipHonorifics(i)
        guard start == i || entry(at: i, .honorific) != nil else { return nil }
        if i > bounds.lowerBound, isNamePart(i - 1) { return nil }
        guard let name = nameRun(from: start, bounds: bounds, minWords: 2) else { return nil }
        if let (title, row, end) = trailingTitle(after: name.upperBound, bounds: bounds) {
            let (country, rule) = trailingCountry(in: name.upperBound..<end, bounds) ?? (nil, nil)
            return PersonMention(
                name: string(name), nameTokens: name, title: title, titleRow: row, tokens: i..<end, country: country,
                countryRule: rule, sentence: si, rule: "rule.person.name-title")
        }
        if start > i {
            return PersonMention(
                name: string(name), nameTokens: name, title: nil, titleRow: nil, tokens: i..<name.upperBound,
                country: nil, countryRule: nil, sentence: si, rule: "rule.person.honorific-name")
        }
        return nil
    }

    /// "his Tunisian counterpart Nabil Ammar": the adjective gives the side.
    private func counterpart(at i: Int, _ si: Int) -> PersonMention? {
        guard sym(i) == cues.w.counterpart else { return nil }
        let bounds = sentences[si].tokens
        var j = i + 1
        if sym(j) == cues.w.comma { j += 1 }
        // ("his counterpart, State Minister Misganu Arga": a title before the name is the counterpart's.)
        var title: (String, Int, Int)?
        if let (m, e) = entry(at: j, .title) {
            let ext = titleExtension(after: Int(m.end), bounds: bounds)
            title = (titleText(j..<ext.end, ext.suffix), Int(e.row), ext.orgEnd)
            j = ext.orgEnd
        }
        j = skipHonorifics(j)
        guard let name = nameRun(from: j, bounds: bounds, minWords: 2, afterTitle: title != nil) else { return nil }
        var country = explicitCountry(before: i, bounds: bounds)
        if let t = title { title = (t.0, t.1, name.upperBound) }
        if let t = trailingTitle(after: name.upperBound, bounds: bounds) {
            title = t
            if country == nil, let c = trailingCountry(in: name.upperBound..<t.2, bounds) { country = c }
        }
        return PersonMention(
            name: string(name), nameTokens: name, title: title?.0, titleRow: title?.1, tokens: i..<(title?.2 ?? name.upperBound),
            country: country?.0, countryRule: country?.1, sentence: si, rule: "rule.person.counterpart")
    }

    /// Whether the people lexicon knows the words of `run` as one of its names ("Putin", "Erdogan").
    private func isKnownName(_ run: Range<Int>) -> Bool {
        entry(at: run.lowerBound, .person).map { Int($0.0.end) == run.upperBound } ?? false
    }

    /// The people lexicon's row for a name (any alias; the longest match inside the name).
    private func knownRow(_ name: Range<Int>, on day: String?) -> KnownPerson? {
        for k in name {
            if let (m, e) = entry(at: k, .person) { return personRow(m, e, on: day) }
        }
        return nil
    }

    /// Of the people lexicon's rows a name matches, the one whose office was held on the document's date ("Kaja Kallas":
    /// prime minister until 2024, then another office); the first row when none was, or the date is unknown.
    private func personRow(_ m: Mention, _ e: Entry, on day: String?) -> KnownPerson {
        let first = lexicon.people[Int(e.row)]
        guard let day, !first.held(on: day) else { return first }
        for x in lexicon.entries(of: m) where x.kind == .person && lexicon.people[Int(x.row)].held(on: day) {
            return lexicon.people[Int(x.row)]
        }
        return first
    }

    /// A name from the people lexicon.
    private func knownPerson(at i: Int, _ si: Int, on day: String?) -> PersonMention? {
        guard mentionAt[i] >= 0, let (m, e) = entry(at: i, .person) else { return nil }
        let p = personRow(m, e, on: day)
        let r = i..<Int(m.end)
        // ("the Kenyatta International Convention Centre", "Mandela Day": a name inside a longer capitalized name is a place
        // or a thing named after the person.)
        if r.upperBound < sentences[si].tokens.upperBound, tokens[r.upperBound].kind == .word, tokens[r.upperBound].isCapitalized { return nil }
        return PersonMention(
            name: string(r), nameTokens: r, title: nil, titleRow: nil, tokens: r, country: p.country,
            countryRule: "lex.\(p.id)", sentence: si, rule: "lex.\(p.id)", lexiconLeader: p.title == "Leader", countryFromLexicon: true,
            lexiconSector: p.sector.isEmpty ? nil : p.sector)
    }

    /// ", [the] [Russian] Deputy Foreign Minister [of …]" after a name: (title text, row, end token).
    private func trailingTitle(after j0: Int, bounds: Range<Int>) -> (String, Int, Int)? {
        guard sym(j0) == cues.w.comma else { return nil }
        var j = j0 + 1
        if sym(j) == cues.w.the { j += 1 }
        if let c = country(at: j) {
            j = Int(c.mention.end)
            if sym(j) == cues.w.s { j += 1 }
        } else if let c = city(at: j), sym(Int(c.mention.end)) == cues.w.s {
            j = Int(c.mention.end) + 1
        }
        var titleStart = j
        if entry(at: j, .title) == nil, tokens.indices.contains(j), tokens[j].isCapitalized, mention(startingAt: j) == nil,
            entry(at: j + 1, .title) != nil
        {
            j += 1
        }
        guard let (m, e) = entry(at: j, .title) else { return nil }
        if titleStart != j - 1 { titleStart = j }
        let ext = titleExtension(after: Int(m.end), bounds: bounds)
        let titleEnd = ext.end
        var end = ext.orgEnd
        // "of the Ministry of Foreign Affairs of Pakistan" / "at the Foreign Office" belong to the chunk, not the title.
        if sym(end) == cues.w.of || sym(end) == cues.w.at {
            var k = end + 1
            while k < bounds.upperBound, k - end < 10, sym(k) != cues.w.comma, !isAny(k, cues.headVerbs),
                !isAny(k, cues.memberWords), sym(k) != cues.w.and || tokens[k + 1].isCapitalized
            {
                if sym(k) == cues.w.and && !(k + 1 < bounds.upperBound && (tokens[k + 1].isCapitalized)) { break }
                if sym(k) == cues.w.and, k + 1 < bounds.upperBound, !isOrgWord(k + 1) { break }
                k += 1
            }
            end = k
        }
        // ("Deputy Foreign Minister Mantas Adomenas, Ambassador of Lithuania to Georgia Andrius Kalindra and …": a title a
        // name follows is the next person's, in a list.)
        if nameRun(from: skipHonorifics(end), bounds: bounds, minWords: 2, afterTitle: true) != nil { return nil }
        // ("After talks with Emir Sheikh Tamim, the Somali president thanked Qatar …": a title a verb follows is the
        // next clause's subject, not the name's apposition.)
        if end < bounds.upperBound, tokens[end].kind == .word, !tokens[end].isCapitalized,
            lexicon.verbFirst.contains(sym(end)) || isAny(end, cues.headVerbs) || isAny(end, cues.reportClause)
        {
            return nil
        }
        return (titleText(titleStart..<titleEnd, ext.suffix), Int(e.row), end)
    }

    private func isOrgWord(_ k: Int) -> Bool {
        sym(k) == cues.w.foreign || sym(k) == cues.w.affairs || sym(k) == cues.w.ministry || sym(k) == cues.w.external
    }

    /// Extends a title over "on Afghanistan", "for Europe", "(Europe)", "for Diplomatic Affairs"; then skips
    /// an organisation ("of the Ministry of Foreign Affairs", "of Kazakhstan"), noting its country.
    /// ("Ambassador of Lithuania to Georgia": "to" a country after the organisation is the title's too, as `suffix`.)
    private func titleExtension(after end: Int, bounds: Range<Int>) -> (end: Int, orgEnd: Int, country: String?, suffix: Range<Int>?) {
        var e = end
        // ("Secretary of State for Foreign Affairs and Cooperation": a title ending in an office noun goes on over "and" to
        // the next.)
        if sym(e) == cues.w.and, isAny(e - 1, cues.officeNouns) {
            var k = e + 1
            while k < bounds.upperBound, k - e <= 3, tokens[k].kind == .word, tokens[k].isCapitalized, !isAny(k, cues.officeNouns) { k += 1 }
            if k < bounds.upperBound, tokens[k].isCapitalized, isAny(k, cues.officeNouns) {
                e = k + 1
            } else if tokens.indices.contains(e + 1), tokens[e + 1].isCapitalized, let (m, _) = entry(at: e + 1, .topic),
                sym(Int(m.end)) == cues.w.of || sym(Int(m.end)) == cues.w.comma || sym(Int(m.end)) == cues.w.period
            {
                // ("Minister of Foreign Affairs and Trade of Hungary": or to a field of one capitalized topic.)
                e = Int(m.end)
            }
        }
        if sym(e) == cues.w.on || sym(e) == cues.w.for_ {
            e = complementEnd(after: e, bounds: bounds) ?? e
        } else if sym(e) == cues.w.of, !opensOffice(pastThe(e + 1), bounds), let c = complementEnd(after: e, bounds: bounds) {
            // ("Director of Consular and Social Affairs": "of" a field, not of a ministry or a country.)
            e = c
        } else if sym(e) == cues.w.to_, let c = country(at: pastThe(e + 1)) {
            // "Ambassador to Russia", "High Commissioner to the UAE".
            e = Int(c.mention.end)
        } else if sym(e) == cues.w.lparen {
            var k = e + 1
            while k < bounds.upperBound, k - e < 6, sym(k) != cues.w.rparen { k += 1 }
            if sym(k) == cues.w.rparen { e = k + 1 }
        }
        // "of Kazakhstan" / "of the Hungarian Ministry of Foreign Affairs and Trade" / "of the Foreign Office".
        var country: String?
        var orgEnd = e
        if sym(e) == cues.w.of {
            var k = e + 1
            if sym(k) == cues.w.the { k += 1 }
            var consumed = false
            while k < bounds.upperBound {
                if let c = self.country(at: k) {
                    country = country ?? c.iso3
                    k = Int(c.mention.end)
                    consumed = true
                    // ("of Kenya's State Department for Foreign Affairs".)
                    if sym(k) == cues.w.s, k + 1 < bounds.upperBound, isAny(k + 1, cues.orgWords), tokens[k + 1].isCapitalized { k += 1 }
                    continue
                }
                // ("of the State Department for Foreign Affairs": the office's field.)
                if consumed, sym(k) == cues.w.for_, let c = complementEnd(after: k, bounds: bounds) {
                    k = c
                    continue
                }
                let connector = sym(k) == cues.w.of || sym(k) == cues.w.and || sym(k) == cues.w.the
                // ("of the Ministry of Foreign Affairs and National Community Abroad": capitalized words before an
                // organisation's word are its name.)
                if isAny(k, cues.orgWords) && (tokens[k].isCapitalized || connector) || (consumed && orgWordAhead(k, bounds)) {
                    if connector && !(k + 1 < bounds.upperBound && tokens[k + 1].isCapitalized) { break }
                    k += 1
                    consumed = consumed || tokens[k - 1].isCapitalized
                    continue
                }
                break
            }
            if consumed { orgEnd = k }
        }
        var suffix: Range<Int>?
        if orgEnd > e, sym(orgEnd) == cues.w.to_, let c = self.country(at: pastThe(orgEnd + 1)),
            lexicon.hasEntry(c.mention, .country)
        {
            suffix = orgEnd..<Int(c.mention.end)
            orgEnd = Int(c.mention.end)
        }
        return (e, orgEnd, country, suffix)
    }

    /// A title's words with the suffix its extension found ("Ambassador" + "to Georgia").
    private func titleText(_ r: Range<Int>, _ suffix: Range<Int>?) -> String {
        guard let suffix else { return string(r) }
        return string(r) + " " + string(suffix)
    }


    /// Where a title's complement after "for" or "on" ends: after its last place, topic or office noun ("for Afghanistan",
    /// "for Foreign Affairs and Cooperation", "for Latin America and the Caribbean", "for the Protection of Indonesian
    /// Citizens", "for Spaniards Abroad and Consular Affairs"), or nil when it names none. The complement's words are
    /// capitalized, joined by "and", "of" or "the". Two plain capitalized words before "and" are a name, unless an office
    /// noun follows within three capitalized words ("for Afghanistan Mohammad Sadiq and Pakistan's …" ends at
    /// "Afghanistan"); "of" before an organisation or a country opens the office's own chunk ("for Policy of the
    /// Department of Foreign Affairs").
    private func complementEnd(after p: Int, bounds: Range<Int>) -> Int? {
        var k = pastThe(p + 1)
        var end: Int?
        var plain = 0
        while k < bounds.upperBound, k - p <= 12 {
            // (A place right after a plain capitalized word is a name's: "Director of Consular Affairs Teresa Lima".)
            if plain == 0, let m = mention(startingAt: k), m.has(Self.complementKinds) {
                k = Int(m.end)
                while k < bounds.upperBound, isAny(k, cues.officeNouns) { k += 1 }
                end = k
            } else if tokens[k].kind == .word, tokens[k].isCapitalized {
                if isAny(k, cues.officeNouns) {
                    end = k + 1
                    plain = 0
                } else {
                    plain += 1
                }
                k += 1
            } else if sym(k) == cues.w.hyphen, !tokens[k].hasSpaceBefore, k + 1 < bounds.upperBound, !tokens[k + 1].hasSpaceBefore,
                tokens[k + 1].isCapitalized
            {
                // ("for Counter-Terrorism Affairs".)
                k += 1
            } else if sym(k) == cues.w.and || sym(k) == cues.w.the || sym(k) == cues.w.of {
                if sym(k) == cues.w.of, opensOffice(pastThe(k + 1), bounds) { break }
                if plain >= 2, !officeNounAhead(k + 1, bounds) { break }
                plain = 0
                k += 1
            } else {
                break
            }
        }
        return end
    }

    /// Whether the words at `o` name an organisation ("Ministry", "Department", "Republic") or a country: after "of", the
    /// office's own chunk, not a title's field.
    private func opensOffice(_ o: Int, _ bounds: Range<Int>) -> Bool {
        guard o < bounds.upperBound else { return false }
        return (isAny(o, cues.orgWords) && tokens[o].isCapitalized) || country(at: o).map({ lexicon.hasEntry($0.mention, .country) }) == true
    }

    /// Whether a capitalized organisation's word stands within three capitalized words from `k`, past the first ("National
    /// Community Abroad").
    private func orgWordAhead(_ k: Int, _ bounds: Range<Int>) -> Bool {
        capitalizedAhead(k, bounds) { isAny($0, cues.orgWords) }.map { $0 > k } == true
    }

    /// Whether a capitalized office noun, or a topic's or region's name, stands within three capitalized words from `k`
    /// ("Consular Affairs").
    private func officeNounAhead(_ k: Int, _ bounds: Range<Int>) -> Bool {
        capitalizedAhead(k, bounds) { isAny($0, cues.officeNouns) || mention(startingAt: $0).map({ $0.has(EntryKind.mask(.topic, .region)) }) == true } != nil
    }

    /// The first of the (at most three) capitalized words from `k` that `test` accepts.
    private func capitalizedAhead(_ k: Int, _ bounds: Range<Int>, _ test: (Int) -> Bool) -> Int? {
        var j = k
        while j < bounds.upperBound, j - k < 3, tokens[j].kind == .word, tokens[j].isCapitalized {
            if test(j) { return j }
            j += 1
        }
        return nil
    }

    /// The token after `k`'s "the", or `k` when it is none.
    private func pastThe(_ k: Int) -> Int { sym(k) == cues.w.the ? k + 1 : k }

    private func skipHonorifics(_ j0: Int) -> Int {
        var j = j0
        while let (m, _) = entry(at: j, .honorific) {
            j = Int(m.end)
            if sym(j) == cues.w.period && !tokens[j].hasSpaceBefore { j += 1 }
        }
        return j
    }

    /// Where a country prefix ("Russia's", "the Russian") before a title starts.
    private func prefixStart(_ i: Int, _ bounds: Range<Int>) -> Int {
        if let c = explicitCountry(before: i, bounds: bounds), c.1 != nil {
            var k = i - 1
            if sym(k) == cues.w.s { k -= 1 }
            if let m = mention(covering: k) { return Int(m.start) }
        }
        return i
    }

    /// "Russia's" / "Russian" / "Moscow's" right before a title.
    func explicitCountry(before i: Int, bounds: Range<Int>) -> (String?, String?)? {
        var k = i - 1
        guard k >= bounds.lowerBound else { return nil }
        var possessive = false
        if sym(k) == cues.w.s {
            possessive = true
            k -= 1
        }
        if possessive, k >= bounds.lowerBound, sym(k) == cues.w.ministry || sym(k) == cues.w.office {
            for b in stride(from: k - 1, through: max(bounds.lowerBound, k - 4), by: -1) {
                if let m = mention(covering: b), let c = country(at: Int(m.start)) { return (c.iso3, "rule.side.ministry-possessive") }
            }
        }
        guard k >= bounds.lowerBound, let m = mention(covering: k), Int(m.end) == k + 1 else { return nil }
        if let c = country(at: Int(m.start)) { return (c.iso3, "rule.side.adjective") }
        if possessive, let c = city(at: Int(m.start)), c.city.isCapital { return (c.city.country, "rule.side.capital-metonym") }
        return nil
    }

    /// "of Morocco" right after a name: the country and where its words end.
    private func ofCountry(after k: Int) -> (String, Int)? {
        guard sym(k) == cues.w.of, let c = country(at: k + 1), lexicon.hasEntry(c.mention, .country) else { return nil }
        return (c.iso3, Int(c.mention.end))
    }

    /// "of Pakistan" / "of the Russian Foreign Ministry" / "at the Ministry of External Affairs" in a trailing chunk.
    private func trailingCountry(in range: Range<Int>, _ bounds: Range<Int>) -> (String?, String?)? {
        for k in range {
            if let c = country(at: k) { return (c.iso3, "rule.side.of-country") }
        }
        // ("Carlos Manzo, the mayor of Uruapan": a city in the trailing title is the person's country's.)
        for k in range where sym(k - 1) == cues.w.of {
            if let c = city(at: k) { return (c.city.country, "rule.side.of-city") }
        }
        return nil
    }

    /// A run of capitalized name tokens from `j`: "Andrey Rudenko", "S. Jaishankar", "Faisal bin Farhan Al Saud".
    func nameRun(from j: Int, bounds: Range<Int>, minWords: Int, afterTitle: Bool = false) -> Range<Int>? {
        var k = j
        var words = 0
        var lastWordEnd = j
        while k < bounds.upperBound, k - j < 8 {
            // "Foreign Secretary Bharat Raj Paudyal": a place name can open a name right after a title.
            let lenient = afterTitle && k == j && tokens[k].kind == .word && tokens[k].isCapitalized
                && sym(k + 1) != cues.w.s && isNamePart(k + 1)
                && mention(covering: k).map { Int($0.end) == k + 1 && $0.kinds & ~Self.placeKinds == 0 } == true
            if isNamePart(k) || lenient {
                words += 1
                k += 1
                if sym(k) == cues.w.period, tokens[k - 1].length == 1, !tokens[k].hasSpaceBefore { k += 1 }
                lastWordEnd = k
                continue
            }
            if sym(k) == cues.w.hyphen, !tokens[k].hasSpaceBefore, words > 0, k + 1 < bounds.upperBound, isNamePart(k + 1) || isAny(k + 1, cues.nameConnectors) {
                k += 1
                continue
            }
            // "Kim Hong-kyun": a lowercase syllable joined by a hyphen.
            if sym(k) == cues.w.hyphen, !tokens[k].hasSpaceBefore, words > 0, k + 1 < bounds.upperBound,
                tokens[k + 1].kind == .word, !tokens[k + 1].hasSpaceBefore, !tokens[k + 1].isCapitalized, tokens[k + 1].length <= 6
            {
                k += 2
                lastWordEnd = k
                continue
            }
            // ("Saima Sayed": an honorific's word after a name's is its last, a surname.)
            if words > 0, tokens[k].kind == .word, tokens[k].isCapitalized, k + 1 <= bounds.upperBound, !isNamePart(k + 1),
                let (h, _) = entry(at: k, .honorific), Int(h.end) == k + 1
            {
                words += 1
                k += 1
                lastWordEnd = k
                break
            }
            // "Mohammed VI", "Charles III": a regnal number ends the name.
            if words > 0, isRegnalNumber(k) {
                k += 1
                lastWordEnd = k
                break
            }
            if isAny(k, cues.nameConnectors), words > 0, k + 1 < bounds.upperBound, isNamePart(k + 1) || sym(k + 1) == cues.w.hyphen {
                k += 1
                continue
            }
            break
        }
        guard words >= minWords, lastWordEnd > j else { return nil }
        if words == 1 && tokens[j].length < 3 { return nil }
        return j..<lastWordEnd
    }

    /// A Roman numeral of up to four letters ("II", "VI", "XIV").
    private func isRegnalNumber(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].isAllCaps, tokens[k].length <= 4 else { return false }
        return text.bytes[Int(tokens[k].start)..<Int(tokens[k].end)].allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }

    /// A capitalized word that can be part of a personal name.
    func isNamePart(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized else { return false }
        if isAny(k, cues.stopCapitals) { return false }
        if tokens[k].isAllCaps && tokens[k].length > 1 && tokens[k].length <= 4 { return false }
        if let m = mention(covering: k) {
            let blocking = m.kinds & ~Self.nameFriendlyKinds
            // A one-word city can be a name ("Lahore" is rare, "Paris" a surname): only its possessive blocks.
            if blocking == Self.cityKind {
                if !(Int(m.end) - Int(m.start) == 1 && sym(k + 1) != cues.w.s) { return false }
            } else if blocking != 0 {
                return false
            }
        }
        return ordinal(at: k) == nil
    }

    static let complementKinds = EntryKind.mask(.country, .region, .topic, .city)
    static let placeKinds = EntryKind.mask(.country, .countryAdjective, .city, .person)
    static let nameFriendlyKinds = EntryKind.mask(.person, .topic, .region)
    static let cityKind = EntryKind.mask(.city)
}
