import ParleyModel
import ParleyText

/// Builds a ``Lexicon`` from TSV files, validating rows as it goes.
struct LexiconBuilder {
    struct File {
        var name: String
        var columns: [String]
    }

    static let files: [File] = [
        File(name: "countries.tsv", columns: ["id", "iso3", "name", "aliases", "adjectives", "capital", "cities", "mfa"]),
        File(name: "cities.tsv", columns: ["id", "name", "aliases", "country"]),
        File(name: "titles.tsv", columns: ["id", "title", "aliases", "rank", "sector", "kind"]),
        File(name: "topics.tsv", columns: ["id", "label", "synonyms"]),
        File(name: "regional_issues.tsv", columns: ["id", "label", "aliases", "kind"]),
        File(name: "forums.tsv", columns: ["id", "label", "name", "aliases"]),
        File(name: "mechanisms.tsv", columns: ["id", "name", "aliases", "kind"]),
        File(name: "mechanism_heads.tsv", columns: ["id", "word", "kind"]),
        File(name: "people.tsv", columns: ["id", "name", "aliases", "country", "title", "valid_from", "valid_to"]),
        File(name: "agents.tsv", columns: ["id", "form", "aliases", "country", "sector", "kind"]),
        File(name: "ordinals.tsv", columns: ["id", "word", "value"]),
        File(name: "cameo.tsv", columns: ["id", "code", "root", "label", "goldstein", "quad", "plover"]),
        File(name: "verbs.tsv", columns: ["id", "code", "pattern", "target", "flags"]),
    ]

    static let meetingKinds: Set<String> = [
        "consultations", "dialogue", "talks", "visit", "commission", "committee", "working-group", "call", "summit",
        "other",
    ]
    static let sectors: Set<String> = ["GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "CRM", "BUS", "MED", "PPL", "IGO", "NGO", "LAB", ""]

    var lexicon = Lexicon()
    var errors: [LexiconDiagnostic] = []
    private var ids: [String: String] = [:]
    /// Each title's sector by its canonical name (titles.tsv is read before people.tsv).
    private var titleSectors: [String: String] = [:]
    private var cityByName: [String: Int] = [:]
    private var pendingCountryCities: [(row: TSVRow, country: Int)] = []
    /// Base forms derived from a pattern's past-tense verbs ("expelled" -> "expel"), by pattern index.
    private var pendingBaseForms: [(pattern: Int, form: String, kind: DerivedForm)] = []

    /// What a derived form of a pattern's past-tense verb is.
    private enum DerivedForm { case base, present, progressive }

    mutating func add(file: String, text: String, required: [String]) {
        let (rows, problems) = TSV.parse(text, file: file, required: required)
        errors += problems
        guard problems.isEmpty else { return }
        for row in rows {
            guard checkID(row, file) else { continue }
            switch file {
            case "countries.tsv": addCountry(row, file)
            case "cities.tsv": addCity(row, file)
            case "titles.tsv": addTitle(row, file)
            case "topics.tsv": addLabelled(row, file, into: \.topics, kind: .topic, label: "label", forms: ["label", "synonyms"], case: .any)
            case "regional_issues.tsv": addLabelled(row, file, into: \.regions, kind: .region, label: "label", forms: ["label", "aliases"], case: .capitalized, detail: "kind")
            case "forums.tsv": addLabelled(row, file, into: \.forums, kind: .forum, label: "label", forms: ["label", "name", "aliases"], case: .capitalized, detail: "name")
            case "mechanisms.tsv": addMechanism(row, file)
            case "mechanism_heads.tsv": addLabelled(row, file, into: \.mechanismHeads, kind: .mechanismHead, label: "word", forms: ["word"], case: .any, detail: "kind")
            case "people.tsv": addPerson(row, file)
            case "agents.tsv": addAgent(row, file)
            case "ordinals.tsv": addOrdinal(row, file)
            case "cameo.tsv": addCameo(row, file)
            case "verbs.tsv": addVerb(row, file)
            default: break
            }
        }
        if file == "cities.tsv" || file == "countries.tsv" { flushCountryCities() }
        if file == "verbs.tsv" { flushBaseForms() }
    }

    private mutating func checkID(_ row: TSVRow, _ file: String) -> Bool {
        let id = row["id"]
        if id.isEmpty {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("id"), message: "empty id"))
            return false
        }
        if let other = ids[id] {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("id"), message: "id '\(id)' already used in \(other)"))
            return false
        }
        ids[id] = "\(file):\(row.line)"
        return true
    }

    private mutating func require(_ row: TSVRow, _ file: String, _ column: String) -> String? {
        let value = row[column]
        if value.isEmpty {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber(column), message: "empty \(column)"))
            return nil
        }
        return value
    }

    private mutating func addCountry(_ row: TSVRow, _ file: String) {
        let iso3 = row["iso3"]
        guard iso3.utf8.count == 3, iso3.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("iso3"), message: "iso3 must be three capital letters, got '\(iso3)'"))
            return
        }
        // ("Putrajaya|Kuala Lumpur": a seat of government and the capital the news names the government by; both stand for
        // it, "Kuala Lumpur said"; the first is the country's capital.)
        guard let name = require(row, file, "name"), require(row, file, "capital") != nil else { return }
        let capitals = row.list("capital")
        guard let capital = capitals.first else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("capital"), message: "capital names no city"))
            return
        }
        if let other = lexicon.countryIndex[iso3] {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("iso3"), message: "iso3 '\(iso3)' already used by \(lexicon.countries[other].id)"))
            return
        }
        let index = lexicon.countries.count
        lexicon.countries.append(Country(id: row["id"], iso3: iso3, name: name, capital: capital))
        lexicon.countryIndex[iso3] = index
        for form in [name] + row.list("aliases") { insert(form, .country, index, Self.caseRule(form, default: .capitalized)) }
        for form in row.list("adjectives") {
            insert(form, .countryAdjective, index, Self.caseRule(form, default: .capitalized))
            // "thousands of Kenyans", "two Pakistanis": the plural names the country's people.
            if let plural = Self.pluralDemonym(form) { insert(plural, .countryAdjective, index, .capitalized) }
        }
        for form in row.list("mfa") { insert(form, .ministry, index, Self.caseRule(form, default: .capitalized)) }
        for (n, seat) in capitals.enumerated() {
            let cityIndex = city(named: seat, country: iso3, id: row["id"] + (n == 0 ? ".capital" : ".capital\(n + 1)"), capital: true)
            insert(seat, .city, cityIndex, .capitalized)
        }
        pendingCountryCities.append((row, index))
    }

    private mutating func flushCountryCities() {
        for (row, country) in pendingCountryCities {
            let iso3 = lexicon.countries[country].iso3
            for name in row.list("cities") {
                let index = city(named: name, country: iso3, id: "\(row["id"]).\(name)", capital: false)
                insert(name, .city, index, .capitalized)
            }
        }
        pendingCountryCities = []
    }

    private mutating func city(named name: String, country: String, id: String, capital: Bool) -> Int {
        let key = Tokenizer.normalize(name)
        if let existing = cityByName[key] { return existing }
        let index = lexicon.cities.count
        lexicon.cities.append(City(id: id, name: name, country: country, isCapital: capital))
        cityByName[key] = index
        return index
    }

    private mutating func addCity(_ row: TSVRow, _ file: String) {
        guard let name = require(row, file, "name"), let country = require(row, file, "country") else { return }
        guard lexicon.countryIndex[country] != nil else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("country"), message: "unknown country '\(country)'"))
            return
        }
        let index = city(named: name, country: country, id: row["id"], capital: false)
        for form in [name] + row.list("aliases") {
            cityByName[Tokenizer.normalize(form)] = index
            insert(form, .city, index, Self.caseRule(form, default: .capitalized))
        }
    }

    private mutating func addTitle(_ row: TSVRow, _ file: String) {
        guard let title = require(row, file, "title") else { return }
        guard let rank = Int(row["rank"]) else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("rank"), message: "rank must be a whole number"))
            return
        }
        guard Self.sectors.contains(row["sector"]) else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("sector"), message: "unknown sector '\(row["sector"])'"))
            return
        }
        let kind = row["kind"]
        let index = lexicon.titles.count
        lexicon.titles.append(Title(id: row["id"], title: title, rank: rank, sector: row["sector"], kind: kind))
        titleSectors[title] = row["sector"]
        let entryKind: EntryKind = kind == "honorific" ? .honorific : .title
        for form in [title] + row.list("aliases") { insert(form, entryKind, index, Self.caseRule(form, default: .any)) }
    }

    private mutating func addLabelled(
        _ row: TSVRow, _ file: String, into path: WritableKeyPath<Lexicon, [Labelled]>, kind: EntryKind,
        label: String, forms: [String], case rule: CaseRule, detail: String? = nil
    ) {
        guard let value = require(row, file, label) else { return }
        let index = lexicon[keyPath: path].count
        lexicon[keyPath: path].append(Labelled(id: row["id"], label: value, detail: detail.map { row[$0] } ?? ""))
        for column in forms {
            for form in row.list(column) {
                let lower = form.unicodeScalars.first.map { $0.properties.isLowercase } ?? false
                insert(form, kind, index, Self.caseRule(form, default: lower ? .any : rule))
            }
        }
    }

    private mutating func addMechanism(_ row: TSVRow, _ file: String) {
        guard Self.meetingKinds.contains(row["kind"]) else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("kind"), message: "unknown meeting kind '\(row["kind"])'"))
            return
        }
        addLabelled(row, file, into: \.mechanisms, kind: .mechanism, label: "name", forms: ["name", "aliases"], case: .any, detail: "kind")
    }

    private mutating func addPerson(_ row: TSVRow, _ file: String) {
        guard let name = require(row, file, "name") else { return }
        guard lexicon.countryIndex[row["country"]] != nil else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("country"), message: "unknown country '\(row["country"])'"))
            return
        }
        for column in ["valid_from", "valid_to"] where !row[column].isEmpty && !Self.isISODate(row[column]) {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber(column), message: "\(column) must be YYYY, YYYY-MM or YYYY-MM-DD"))
            return
        }
        let index = lexicon.people.count
        lexicon.people.append(
            KnownPerson(
                id: row["id"], name: name, country: row["country"], title: row["title"], validFrom: row["valid_from"], validTo: row["valid_to"],
                sector: titleSectors[row["title"]] ?? ""))
        for form in [name] + row.list("aliases") { insert(form, .person, index, Self.caseRule(form, default: .capitalized)) }
    }

    private mutating func addAgent(_ row: TSVRow, _ file: String) {
        guard let form = require(row, file, "form") else { return }
        guard let kind = Agent.Kind(rawValue: row["kind"]) else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("kind"), message: "kind must be group, agency, noun, weak, modifier, nonactor, disaster or weapon, got '\(row["kind"])'"))
            return
        }
        let sector = row["sector"]
        if sector.isEmpty, !kind.isNonactor {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("sector"), message: "empty sector"))
            return
        }
        guard Self.sectors.contains(sector) else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("sector"), message: "unknown sector '\(sector)'"))
            return
        }
        let country = row["country"]
        if !country.isEmpty, lexicon.countryIndex[country] == nil {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("country"), message: "unknown country '\(country)'"))
            return
        }
        if !country.isEmpty, kind != .group, kind != .agency {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("country"), message: "a \(kind.rawValue) takes its country from the sentence; only a group has a country column, got '\(country)'"))
            return
        }
        if kind == .agency, country.isEmpty {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("country"), message: "an agency needs the country it reports for"))
            return
        }
        let index = lexicon.agents.count
        let forms = [form] + row.list("aliases")
        if kind == .group || kind == .agency {
            lexicon.agents.append(Agent(id: row["id"], form: form, country: country.isEmpty ? nil : country, sector: sector, kind: kind))
            // ("in an attack claimed by al-Shabaab": a form written with a lowercase first letter matches in any case.)
            for f in forms { insert(f, .group, index, Self.caseRule(f, default: f.first?.isLowercase == true ? .any : .capitalized)) }
            return
        }
        var syms: [Int32] = []
        for f in forms {
            let s = Self.symbols(of: f, into: &lexicon.symbols)
            guard s.count == 1 else {
                errors.append(.init(file: file, line: row.line, column: row.columnNumber("form"), message: "'\(f)' is not one token; a \(kind.rawValue) is one word"))
                return
            }
            if let other = lexicon.agentNouns[s[0]] {
                errors.append(.init(file: file, line: row.line, column: row.columnNumber("form"), message: "'\(f)' already listed as \(lexicon.agents[other].id)"))
                return
            }
            syms.append(s[0])
        }
        lexicon.agents.append(Agent(id: row["id"], form: form, country: nil, sector: sector, kind: kind))
        for s in syms {
            lexicon.eventWords.insert(s)
            lexicon.agentNouns[s] = index
            lexicon.agentNounSet.insert(s)
        }
    }

    private mutating func addOrdinal(_ row: TSVRow, _ file: String) {
        guard let value = Int(row["value"]), value > 0 else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("value"), message: "value must be a positive whole number"))
            return
        }
        guard let word = require(row, file, "word") else { return }
        insert(word, .ordinal, value, .any)
    }

    private mutating func addCameo(_ row: TSVRow, _ file: String) {
        let code = row["code"]
        guard code.count >= 2, code.count <= 4, code.allSatisfy(\.isNumber), code.hasPrefix(row["root"]) else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("code"), message: "bad CAMEO code '\(code)'"))
            return
        }
        guard let g = Double(row["goldstein"]), let q = Int(row["quad"]) else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("goldstein"), message: "goldstein and quad must be numbers"))
            return
        }
        lexicon.cameo[code] = CameoCode(
            code: code, root: row["root"], label: row["label"], goldstein: g, quad: q, plover: row["plover"].isEmpty ? nil : row["plover"])
    }

    static let verbFlags: Set<String> = ["pair", "visit", "host", "low", "passive", "reverse", "framed", "refusal", "claimed", "hostile", "person", "owner", "between", "block"]

    private mutating func addVerb(_ row: TSVRow, _ file: String) {
        guard let cameo = lexicon.cameo[row["code"]], let code = ShortCode(cameo.code) else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("code"), message: "unknown CAMEO code '\(row["code"])' (load cameo.tsv first)"))
            return
        }
        let flags = Set(row["flags"].split(separator: ",").map { trim(String($0)) }.filter { !$0.isEmpty })
        if let bad = flags.first(where: { !Self.verbFlags.contains($0) }) {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("flags"), message: "unknown flag '\(bad)'"))
            return
        }
        var elements: [PatternElement] = []
        var firstSymbols: [Int32] = []
        var lastMask = SymbolMask()
        // (Kept apart until the row is accepted: a base form queued for a row refused later in its pattern would name a
        // pattern that never exists.)
        var derived: [(pattern: Int, form: String, kind: DerivedForm)] = []
        for part in row["pattern"].split(separator: " ") {
            if part == "*" {
                elements.append(PatternElement(forms: SymbolSet([Int32]()), isGap: true))
                continue
            }
            if part == "@place" {
                elements.append(PatternElement(forms: SymbolSet([Int32]()), isGap: false, isPlace: true))
                lastMask = .full
                continue
            }
            var forms = SymbolSet([Int32]())
            var firstForms: [Int32] = []
            for alt in part.split(separator: "|") {
                let syms = Self.symbols(of: String(alt), into: &lexicon.symbols)
                if syms.count == 1 {
                    forms.insert(syms[0])
                    lexicon.eventWords.insert(syms[0])
                    firstForms.append(syms[0])
                } else {
                    errors.append(.init(file: file, line: row.line, column: row.columnNumber("pattern"), message: "'\(alt)' is not one token; split it into elements"))
                    return
                }
            }
            elements.append(PatternElement(forms: forms, isGap: false))
            lastMask = SymbolMask(firstForms)
            if elements.count == 1 {
                firstSymbols = firstForms
                for alt in part.split(separator: "|") {
                    if let ing = Self.progressive(of: String(alt)) { derived.append((lexicon.verbPatterns.count, ing, .progressive)) }
                    for base in Self.baseForms(of: String(alt)) {
                        derived.append((lexicon.verbPatterns.count, base, .base))
                        // ("raped" gives "rape" and "rap": a short consonant-vowel-consonant stem that did not double its
                        // last letter is no base, and "raps" would read a headline's "China raps Japan" as a rape.)
                        if base.count <= 3, String(alt) == base + "ed", Self.isConsonantVowelConsonant(base) { continue }
                        derived.append((lexicon.verbPatterns.count, Self.thirdPerson(of: base), .present))
                    }
                }
            }
        }
        guard let first = elements.first, !first.isGap, elements.last?.isGap == false else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("pattern"), message: "a pattern starts and ends with a word, not *"))
            return
        }
        guard !first.isPlace, !elements.dropLast().contains(where: \.isPlace) else {
            errors.append(.init(file: file, line: row.line, column: row.columnNumber("pattern"), message: "@place stands only last in a pattern"))
            return
        }
        let index = lexicon.verbPatterns.count
        pendingBaseForms += derived
        let target = row["target"].isEmpty ? "after" : row["target"]
        let targetSymbol = target == "after" || target == "none" ? nil : Self.symbols(of: target, into: &lexicon.symbols).first
        lexicon.verbPatterns.append(
            VerbPattern(
                id: row["id"], code: code, elements: elements, target: target, targetSymbol: targetSymbol,
                pair: flags.contains("pair"), visit: flags.contains("visit"), host: flags.contains("host"), low: flags.contains("low"), passive: flags.contains("passive"), reverse: flags.contains("reverse"), framed: flags.contains("framed"), refusalOnly: flags.contains("refusal"), claimedOnly: flags.contains("claimed"), hostileOnly: flags.contains("hostile"), personOnly: flags.contains("person"), ownerActs: flags.contains("owner"), betweenMeet: flags.contains("between"),
                lastMask: lastMask,
                specificity: elements.filter { !$0.isGap }.count, root: code.root, cameo: cameo))
        lexicon.verbFacts.append(VerbFacts(code: code, root: code.root, low: flags.contains("low"), visit: flags.contains("visit"), refusal: flags.contains("refusal"), blocks: flags.contains("block")))
        for s in firstSymbols {
            lexicon.verbIndex[s, default: []].append(index)
            // (An `owner` row's first word is a noun too, "position", "relations": "international relations minister" has
            // no verb in it.)
            if flags.contains("claimed") {
                lexicon.claimedFirst.insert(s)
            } else if flags.contains("owner") {
                lexicon.ownerFirst.insert(s)
            } else {
                lexicon.verbFirst.insert(s)
            }
        }
    }

    /// English past forms a pattern lists, and the base forms they come from ("expelled" -> "expel",
    /// "released" -> "release", "denied" -> "deny", "held" -> "hold"); candidates that are no word are harmless.
    static func baseForms(of past: String) -> [String] {
        if let irregular = irregularPast[past] { return [irregular] }
        guard past.count >= 5, past.hasSuffix("ed"), past.allSatisfy(\.isLetter) else { return [] }
        if past.hasSuffix("ied") { return [String(past.dropLast(3)) + "y"] }
        let stem = String(past.dropLast(2))
        var forms = [String(past.dropLast()), stem]
        // "expelled" -> "expel", "banned" -> "ban": a doubled final consonant.
        if let last = stem.last, stem.dropLast().last == last, !"aeiouls".contains(last) || stem.hasSuffix("ll") { forms.append(String(stem.dropLast())) }
        return forms
    }

    /// The "-ing" form of a past form a pattern lists: "shipped" -> "shipping", "released" -> "releasing", "denied" ->
    /// "denying", "agreed" -> "agreeing", "sent" -> "sending"; none for a word that is no past form.
    static func progressive(of past: String) -> String? {
        if let base = irregularPast[past] {
            if base.hasSuffix("ie") { return base.dropLast(2) + "ying" }
            if base.hasSuffix("e"), !base.hasSuffix("ee") { return base.dropLast() + "ing" }
            // ("cut" -> "cutting", "began" -> "beginning": a short stem ending consonant-vowel-consonant doubles it.)
            if isConsonantVowelConsonant(base), base.count <= 3 || ["begin", "forget", "shut"].contains(base) { return base + String(base.last!) + "ing" }
            return base + "ing"
        }
        guard past.count >= 5, past.hasSuffix("ed"), past.allSatisfy(\.isLetter) else { return nil }
        if past.hasSuffix("ied") { return past.dropLast(3) + "ying" }
        if past.hasSuffix("eed") { return past.dropLast() + "ing" }
        return past.dropLast(2) + "ing"
    }

    /// The third-person present of a base form: "expel" -> "expels", "push" -> "pushes", "deny" -> "denies".
    static func thirdPerson(of base: String) -> String {
        if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) { return base.dropLast() + "ies" }
        if ["s", "sh", "ch", "x", "z", "o"].contains(where: { base.hasSuffix($0) }) { return base + "es" }
        return base + "s"
    }

    static func isConsonantVowelConsonant(_ word: String) -> Bool {
        let letters = Array(word.suffix(3))
        guard letters.count == 3 else { return false }
        let vowel = { (c: Character) in "aeiou".contains(c) }
        return !vowel(letters[0]) && vowel(letters[1]) && !vowel(letters[2])
    }

    static let irregularPast: [String: String] = [
        "met": "meet", "held": "hold", "struck": "strike", "shot": "shoot", "sent": "send", "withdrew": "withdraw", "gave": "give",
        "broke": "break", "fought": "fight", "sought": "seek", "froze": "freeze", "led": "lead", "threw": "throw", "spoke": "speak",
        "told": "tell", "paid": "pay", "made": "make", "took": "take", "began": "begin", "brought": "bring", "drove": "drive",
        "stole": "steal", "overthrew": "overthrow", "forgave": "forgive", "undertook": "undertake", "swore": "swear", "rang": "ring",
        "bought": "buy", "sold": "sell", "laid": "lay", "shut": "shut", "cut": "cut", "hit": "hit", "set": "set", "put": "put",
    ]

    /// Adds each derived base form to its pattern's first element. A form no pattern lists itself codes only after
    /// a modal or "to" ("would expel", "plans to impose"), which the coder checks.
    private mutating func flushBaseForms() {
        var explicit = SymbolSet([Int32]())
        for s in lexicon.verbIndex.keys { explicit.insert(s) }
        for (index, form, kind) in pendingBaseForms {
            let syms = Self.symbols(of: form, into: &lexicon.symbols)
            guard syms.count == 1 else { continue }
            let s = syms[0]
            if !lexicon.verbPatterns[index].elements[0].forms.contains(s) {
                switch kind {
                case .present:
                    lexicon.verbPatterns[index].presentForms.append(s)
                    lexicon.derivedPresent.insert(s)
                case .base: lexicon.verbPatterns[index].derivedForms.append(s)
                case .progressive:
                    lexicon.verbPatterns[index].progressiveForms.append(s)
                    lexicon.derivedProgressive.insert(s)
                }
            }
            lexicon.verbPatterns[index].elements[0].forms.insert(s)
            if !(lexicon.verbIndex[s]?.contains(index) ?? false) { lexicon.verbIndex[s, default: []].append(index) }
            if !explicit.contains(s) {
                switch kind {
                case .present: lexicon.presentVerbForms.insert(s)
                case .base: lexicon.baseVerbForms.insert(s)
                case .progressive: lexicon.progressiveVerbForms.insert(s)
                }
            }
            if kind == .base { lexicon.derivedBaseForms.insert(s) }
            lexicon.eventWords.insert(s)
        }
        pendingBaseForms = []
        lexicon.verbKeys = SymbolSet(lexicon.verbIndex.keys)
        let top = Int(lexicon.verbIndex.keys.max() ?? -1)
        lexicon.verbCandidates = []
        lexicon.verbCandidateMasks = []
        lexicon.verbCandidateStart = [0]
        lexicon.verbLastForms = []
        lexicon.verbElements = []
        var elementStart: [Int32] = []
        for i in lexicon.verbPatterns.indices {
            // (Each element's mask from its final forms, derived forms of the first element included.)
            for j in lexicon.verbPatterns[i].elements.indices {
                lexicon.verbPatterns[i].elements[j].mask = SymbolMask(lexicon.verbPatterns[i].elements[j].forms.members)
            }
            elementStart.append(Int32(lexicon.verbElements.count))
            lexicon.verbElements += lexicon.verbPatterns[i].elements
        }
        for s in 0..<(top + 1) {
            for index in lexicon.verbIndex[Int32(s)] ?? [] {
                let p = lexicon.verbPatterns[index]
                var flags: UInt8 = 0
                if p.derivedForms.contains(Int32(s)) { flags |= VerbCandidate.Flags.derived }
                if p.presentForms.contains(Int32(s)) { flags |= VerbCandidate.Flags.present }
                if p.progressiveForms.contains(Int32(s)) { flags |= VerbCandidate.Flags.progressive }
                if p.claimedOnly { flags |= VerbCandidate.Flags.claimedOnly }
                if p.code == "045" { flags |= VerbCandidate.Flags.mediation }
                var lastForms: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (-2, -2, -2, -2, -2, -2, -2, -2)
                if p.elements.last?.isPlace == true {
                    flags |= VerbCandidate.Flags.placeLast
                } else if let last = p.elements.last?.forms.members, last.count <= 8 {
                    let f = last + Array(repeating: -2, count: 8 - last.count)
                    lastForms = (f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7])
                    flags |= VerbCandidate.Flags.fewLast
                } else if p.elements.count > 1, let last = p.elements.last?.forms.members {
                    lastForms.0 = Int32(lexicon.verbLastForms.count)
                    lastForms.1 = Int32(last.count)
                    lexicon.verbLastForms += last
                } else {
                    lastForms.0 = 0
                    lastForms.1 = 0
                }
                lexicon.verbCandidates.append(
                    VerbCandidate(
                        pattern: Int32(index), elementStart: elementStart[index], root: Int16(p.root), elementCount: Int16(p.elements.count), specificity: Int16(p.specificity),
                        flags: flags, lastForms: lastForms))
                lexicon.verbCandidateMasks.append(p.elements.count > 1 ? p.lastMask : .full)
            }
            lexicon.verbCandidateStart.append(Int32(lexicon.verbCandidates.count))
        }
    }

    mutating func addCalendar() {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (i, m) in months.enumerated() {
            insert(m, .month, i + 1, .capitalized)
            insert(String(m.prefix(3)), .month, i + 1, .capitalized)
        }
        insert("sept", .month, 9, .capitalized)
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, d) in days.enumerated() { insert(d, .weekday, i, .capitalized) }
    }

    private mutating func insert(_ form: String, _ kind: EntryKind, _ row: Int, _ rule: CaseRule) {
        let syms = Self.symbols(of: form, into: &lexicon.symbols)
        guard !syms.isEmpty else { return }
        lexicon.trie.insert(syms, Entry(kind: kind, row: Int32(row), caseRule: rule))
    }

    /// A tokenizer over an empty table, shared by every form: the words are only split here, and interned below. (A new
    /// table per form zeroed its slots 36,000 times a load, a twelfth of the instructions of reading 1 MB.)
    private static let formTokenizer = Tokenizer(symbols: SymbolTable())

    /// Tokenizes a lexicon form the way the reader tokenizes text, interning each token.
    static func symbols(of form: String, into table: inout SymbolTable) -> [Int32] {
        let text = SourceText(form)
        let tokens = formTokenizer.tokenize(text)
        return tokens.filter { $0.kind != .newline }.map {
            table.intern(Tokenizer.normalize(text.string(Int($0.start), Int($0.end))))
        }
    }

    /// An all-capitals form of up to six letters is an acronym and must be written so in the text.
    static func caseRule(_ form: String, default rule: CaseRule) -> CaseRule {
        let letters = form.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty, letters.count <= 6 else { return rule }
        return letters.allSatisfy({ $0.properties.isUppercase }) ? .acronym : rule
    }

    static func isISODate(_ s: String) -> Bool { ISODate(iso: s) != nil }

    /// "Kenyan" -> "Kenyans", "Pakistani" -> "Pakistanis"; none for forms that take no s ("Chinese", "French",
    /// "Swiss"), nor for hyphenated or several words.
    static func pluralDemonym(_ adjective: String) -> String? {
        guard !adjective.contains(" "), !adjective.contains("-"), let last = adjective.last, last.isLetter else { return nil }
        for ending in ["s", "sh", "ch", "ese", "x", "z"] where adjective.lowercased().hasSuffix(ending) { return nil }
        return adjective + "s"
    }
}
