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
}

extension Analysis {
    /// Every titled or known person in the story.
    func people() -> [PersonMention] {
        var out: [PersonMention] = []
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
                if var p = titleFirst(at: i, si) ?? nameFirst(at: i, si) ?? knownPerson(at: i, si) ?? counterpart(at: i, si) {
                    if p.country == nil, let known = knownCountry(p.nameTokens) {
                        p.country = known.0
                        p.countryRule = known.1
                        p.countryFromLexicon = true
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
        // "Deputy Foreign Minister Ambassador Jane Doe": a second title word before the name is an honorific here.
        if let (m3, _) = entry(at: j, .title), Int(m3.end) - j == 1, isNamePart(Int(m3.end)) { j = Int(m3.end) }
        if sym(j) == cues.w.comma, entry(at: j + 1, .honorific) != nil { j += 1 }
        if sym(j) == cues.w.comma, let n = nameRun(from: j + 1, bounds: bounds, minWords: 2), sym(n.upperBound) == cues.w.comma {
            j += 1
        }
        j = skipHonorifics(j)
        // ("King Abdullah of Jordan": one name word will do before "of" and a country.)
        guard let name = nameRun(from: j, bounds: bounds, minWords: 2, afterTitle: true)
            ?? nameRun(from: j, bounds: bounds, minWords: 1, afterTitle: true).flatMap({ ofCountry(after: $0.upperBound) == nil ? nil : $0 })
        else { return nil }
        // A second title right after the first ("Deputy Foreign Minister and Special Envoy") is not handled; fine.
        // "Acting Foreign Minister", "Prime Cabinet Secretary": a modifier word before the title belongs to it.
        let titleStart = i > bounds.lowerBound && isAny(i - 1, cues.titleModifiers) && tokens[i - 1].isCapitalized ? i - 1 : i
        var title = string(titleStart..<titleEnd)
        var row = Int(e.row)
        var end = name.upperBound
        // "Ambassador Jane Doe, Director General for Europe": the title after the name is the office.
        if let (post, postRow, postEnd) = trailingTitle(after: name.upperBound, bounds: bounds) {
            title = post
            row = postRow
            end = postEnd
            titleEnd = postEnd
        }
        var (country, rule) = explicitCountry(before: i, bounds: bounds) ?? ext.country.map { ($0, "rule.side.title-of-country") }
            ?? trailingCountry(in: max(titleEnd, name.upperBound)..<end, bounds) ?? (nil, nil)
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
        j = skipHonorifics(j)
        guard let name = nameRun(from: j, bounds: bounds, minWords: 2) else { return nil }
        var country = explicitCountry(before: i, bounds: bounds)
        var title: (String, Int, Int)?
        if let t = trailingTitle(after: name.upperBound, bounds: bounds) {
            title = t
            if country == nil, let c = trailingCountry(in: name.upperBound..<t.2, bounds) { country = c }
        }
        return PersonMention(
            name: string(name), nameTokens: name, title: title?.0, titleRow: title?.1, tokens: i..<(title?.2 ?? name.upperBound),
            country: country?.0, countryRule: country?.1, sentence: si, rule: "rule.person.counterpart")
    }

    /// The country the people lexicon gives a name (any alias; the longest match inside the name).
    private func knownCountry(_ name: Range<Int>) -> (String, String)? {
        for k in name {
            if let (_, e) = entry(at: k, .person) {
                let p = lexicon.people[Int(e.row)]
                return (p.country, "lex.\(p.id)")
            }
        }
        return nil
    }

    /// A name from the people lexicon.
    private func knownPerson(at i: Int, _ si: Int) -> PersonMention? {
        guard mentionAt[i] >= 0, let (m, e) = entry(at: i, .person) else { return nil }
        let p = lexicon.people[Int(e.row)]
        let r = i..<Int(m.end)
        // ("the Kenyatta International Convention Centre", "Mandela Day": a name inside a longer capitalized name is a place
        // or a thing named after the person.)
        if r.upperBound < sentences[si].tokens.upperBound, tokens[r.upperBound].kind == .word, tokens[r.upperBound].isCapitalized { return nil }
        return PersonMention(
            name: string(r), nameTokens: r, title: nil, titleRow: nil, tokens: r, country: p.country,
            countryRule: "lex.\(p.id)", sentence: si, rule: "lex.\(p.id)", lexiconLeader: p.title == "Leader", countryFromLexicon: true)
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
        // ("After talks with Emir Sheikh Tamim, the Somali president thanked Qatar …": a title a verb follows is the
        // next clause's subject, not the name's apposition.)
        if end < bounds.upperBound, tokens[end].kind == .word, !tokens[end].isCapitalized,
            lexicon.verbFirst.contains(sym(end)) || isAny(end, cues.headVerbs) || isAny(end, cues.reportClause)
        {
            return nil
        }
        return (string(titleStart..<titleEnd), Int(e.row), end)
    }

    private func isOrgWord(_ k: Int) -> Bool {
        sym(k) == cues.w.foreign || sym(k) == cues.w.affairs || sym(k) == cues.w.ministry || sym(k) == cues.w.external
    }

    /// Extends a title over "on Afghanistan", "for Europe", "(Europe)", "for Diplomatic Affairs"; then skips
    /// an organisation ("of the Ministry of Foreign Affairs", "of Kazakhstan"), noting its country.
    private func titleExtension(after end: Int, bounds: Range<Int>) -> (end: Int, orgEnd: Int, country: String?) {
        var e = end
        let lead = sym(e + 1) == cues.w.the ? e + 2 : e + 1
        if (sym(e) == cues.w.on || sym(e) == cues.w.for_), lead < bounds.upperBound, let m = mention(startingAt: lead),
            m.has(Self.complementKinds)
        {
            e = Int(m.end)
            while e < bounds.upperBound, isAny(e, cues.officeNouns) { e += 1 }
        } else if sym(e) == cues.w.on || sym(e) == cues.w.for_ {
            var k = e + 1
            var last = -1
            while k < bounds.upperBound, k - e <= 6, tokens[k].isCapitalized || sym(k) == cues.w.and {
                if isAny(k, cues.officeNouns) { last = k }
                k += 1
            }
            if last > e { e = last + 1 }
        } else if sym(e) == cues.w.to_, let c = country(at: sym(e + 1) == cues.w.the ? e + 2 : e + 1) {
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
                    continue
                }
                let connector = sym(k) == cues.w.of || sym(k) == cues.w.and || sym(k) == cues.w.the
                if isAny(k, cues.orgWords) && (tokens[k].isCapitalized || connector) {
                    if connector && !(k + 1 < bounds.upperBound && tokens[k + 1].isCapitalized) { break }
                    k += 1
                    consumed = consumed || tokens[k - 1].isCapitalized
                    continue
                }
                break
            }
            if consumed { orgEnd = k }
        }
        return (e, orgEnd, country)
    }


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
