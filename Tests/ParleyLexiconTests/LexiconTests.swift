import Foundation
import ParleyLexicon
import ParleyText
import Testing

/// The shipped lexicon, compiled once for all tests.
enum LexiconFixture {
    static let lexicon: Lexicon = {
        do { return try Lexicon.load() } catch { fatalError("shipped lexicon does not load: \(error)") }
    }()

    /// The mentions of a text as (surface text, entries) pairs.
    static func mentions(_ text: String) -> [(text: String, entries: [Entry])] {
        let source = SourceText(text)
        let tokens = Tokenizer(symbols: lexicon.symbols).tokenize(source)
        return lexicon.mentions(in: tokens).map { m in
            (source.string(Int(tokens[Int(m.start)].start), Int(tokens[Int(m.end) - 1].end)), lexicon.entries(of: m))
        }
    }

    /// The ISO3 codes of the countries named in a text, in order.
    static func countries(_ text: String) -> [String] {
        mentions(text).flatMap { $0.entries.filter { $0.kind == .country }.map { lexicon.countries[Int($0.row)].iso3 } }
    }
}

/// The 193 member states of the United Nations.
let unMemberISO3: [String] = """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
    CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI
    EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA
    JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM
    MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
    KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
    SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """.split(whereSeparator: \.isWhitespace).map(String.init)

@Suite struct LexiconTests {
    @Test func lexicon_shippedDataLoadsWithoutDiagnostics() throws {
        let lexicon = try Lexicon.load()
        #expect(lexicon.warnings.isEmpty)
        #expect(lexicon.countries.count == 210)
        #expect(!lexicon.titles.isEmpty && !lexicon.forums.isEmpty && !lexicon.mechanisms.isEmpty && !lexicon.verbPatterns.isEmpty)
    }

    /// The matcher's compact candidate table says what the patterns themselves say, word by word and in the index's order.
    /// A people row's dates bound the office on the part of the date they give; an empty end is still in office; the row
    /// carries its title's sector ("Leader" has none in titles.tsv).
    @Test func lexicon_personHeldOfficeOnTheDay() throws {
        let people = LexiconFixture.lexicon.people
        let minister = try #require(people.first { $0.name == "Aung San Suu Kyi" && $0.title == "Foreign Minister" })
        #expect(!minister.held(on: "2016-03-29"))
        #expect(minister.held(on: "2016-03-30"))
        #expect(minister.held(on: "2021-02-01"))
        #expect(!minister.held(on: "2021-02-02"))
        #expect(minister.sector == "GOV")
        let leader = try #require(people.first { $0.name == "Gulbuddin Hekmatyar" && $0.title == "Leader" })
        #expect(!leader.held(on: "1976-12-31"))
        #expect(leader.held(on: "1977-01-01"))
        #expect(leader.held(on: "2030-06-01"))
        #expect(leader.sector == "")
    }

    @Test func lexicon_verbCandidatesMirrorTheIndex() {
        let lexicon = LexiconFixture.lexicon
        #expect(lexicon.verbCandidateStart.count == Int(lexicon.verbIndex.keys.max()!) + 2)
        var checked = 0
        for (s, indices) in lexicon.verbIndex {
            let range = Int(lexicon.verbCandidateStart[Int(s)])..<Int(lexicon.verbCandidateStart[Int(s) + 1])
            let candidates = Array(lexicon.verbCandidates[range])
            #expect(candidates.map { Int($0.pattern) } == indices)
            for (offset, c) in candidates.enumerated() {
                let p = lexicon.verbPatterns[Int(c.pattern)]
                // (The packed last-element mask: the pattern's own, or every bit for a single element.)
                let mask = lexicon.verbCandidateMasks[range.lowerBound + offset]
                #expect(mask == (p.elements.count > 1 ? p.lastMask : .full), "\(p.id)")
                #expect(Int(c.root) == p.root && Int(c.elementCount) == p.elements.count && Int(c.specificity) == p.specificity)
                // (The flat copy of the elements the matcher reads in place.)
                let flat = lexicon.verbElements[Int(c.elementStart)..<Int(c.elementStart) + Int(c.elementCount)]
                #expect(flat.map(\.forms) == p.elements.map(\.forms) && flat.map(\.isGap) == p.elements.map(\.isGap), "\(p.id)")
                // (Each word element's mask, which rules a candidate out of a sentence lacking the word, has every form's bit.)
                #expect(flat.allSatisfy { e in e.isGap || e.isPlace || e.forms.members.allSatisfy { e.mask.mayContain($0) } }, "\(p.id)")
                #expect(c.has(VerbCandidate.Flags.derived) == p.derivedForms.contains(s))
                #expect(c.has(VerbCandidate.Flags.present) == p.presentForms.contains(s))
                #expect(c.has(VerbCandidate.Flags.claimedOnly) == p.claimedOnly)
                #expect(c.has(VerbCandidate.Flags.mediation) == (p.code == "045"))
                let last = p.elements[p.elements.count - 1].forms.members
                // (A pattern ending on a place's name has no last word: it is flagged so, and never scans.)
                let placeLast = p.elements[p.elements.count - 1].isPlace
                #expect(c.has(VerbCandidate.Flags.placeLast) == placeLast)
                if placeLast {
                    #expect(!c.has(VerbCandidate.Flags.fewLast) && mask == .full, "\(p.id)")
                    checked += 1
                    continue
                }
                #expect(c.has(VerbCandidate.Flags.fewLast) == (last.count <= 8))
                // (Only a pattern of several elements scans for its last word; a single element's mask predates its derived forms.)
                if last.count <= 8 {
                    #expect(p.elements.count == 1 || last.allSatisfy { c.lastFormsContain($0) && mask.mayContain($0) }, "\(p.id)")
                    #expect(!c.lastFormsContain(-1))
                } else if p.elements.count > 1 {
                    // (More than eight: the forms stand in the flat array, where the pre-scan test reads them.)
                    #expect(Array(lexicon.verbLastForms[c.manyLast]) == last, "\(p.id)")
                }
                checked += 1
            }
        }
        #expect(checked >= lexicon.verbPatterns.count)
        #expect(lexicon.verbCandidateMasks.count == lexicon.verbCandidates.count)
    }

    @Test func lexicon_hasEveryUNMemberState() {
        #expect(unMemberISO3.count == 193)
        #expect(Set(unMemberISO3).count == 193)
        let missing = unMemberISO3.filter { LexiconFixture.lexicon.countryIndex[$0] == nil }
        #expect(missing == [])
    }

    @Test func lexicon_countriesBeyondTheUNAreTheDocumentedOnes() {
        let extra = Set(LexiconFixture.lexicon.countries.map(\.iso3)).subtracting(unMemberISO3)
        // (Plus eight territories often in the news, places of their own in event data, and the two states in free
        // association with New Zealand, which gold codes as countries.)
        #expect(extra == ["PSE", "VAT", "XKX", "TWN", "ESH", "HKG", "MAC", "GRL", "PRI", "NCL", "FRO", "PYF", "GIB", "FLK", "MYT", "COK", "NIU"])
    }

    @Test func lexicon_iso3CodesAreUnique() {
        let lexicon = LexiconFixture.lexicon
        #expect(lexicon.countryIndex.count == lexicon.countries.count)
        for (iso3, index) in lexicon.countryIndex { #expect(lexicon.countries[index].iso3 == iso3) }
    }

    @Test func lexicon_everyCapitalIsACityOfItsCountry() {
        let lexicon = LexiconFixture.lexicon
        for country in lexicon.countries {
            let capitals = lexicon.cities.filter { Tokenizer.normalize($0.name) == Tokenizer.normalize(country.capital) }
            #expect(capitals.contains { $0.country == country.iso3 }, "capital \(country.capital) of \(country.iso3)")
        }
    }

    @Test func lexicon_aSecondCapitalStandsForItsCountryToo() throws {
        let lexicon = LexiconFixture.lexicon
        let malaysia = try #require(lexicon.countryIndex["MYS"].map { lexicon.countries[$0] })
        #expect(malaysia.capital == "Putrajaya")
        for seat in ["Putrajaya", "Kuala Lumpur"] {
            let city = lexicon.cities.first { $0.name == seat }
            #expect(city?.country == "MYS" && city?.isCapital == true, "\(seat)")
        }
    }

    // MARK: Matching

    @Test(arguments: [
        ("Pakistan and Turkey held talks.", ["PAK", "TUR"]),
        ("Pakistan's position was clear.", ["PAK"]),
        ("The US delegation arrived.", ["USA"]),
        ("The U.S. delegation arrived.", ["USA"]),
        ("Let us meet again, he said.", []),
        ("Türkiye and Turkiye are the same.", ["TUR", "TUR"]),
        ("TURKEY and Turkey", ["TUR", "TUR"]),
        ("They ate turkey.", []),
        ("Talks with Côte d'Ivoire and Côte d’Ivoire.", ["CIV", "CIV"]),
        ("the united states", []),
        ("The United States of America", ["USA"]),
    ])
    func lexicon_findsCountriesWithTheirCaseRules(text: String, iso3: [String]) {
        #expect(LexiconFixture.countries(text) == iso3)
    }

    @Test func lexicon_findsMultiWordTitleAsOneMention() throws {
        let mentions = LexiconFixture.mentions("Pakistan's Deputy Foreign Minister met the delegation.")
        let title = try #require(mentions.first { $0.entries.contains { $0.kind == .title } })
        #expect(title.text == "Deputy Foreign Minister")
        let row = try #require(title.entries.first { $0.kind == .title }).row
        #expect(LexiconFixture.lexicon.titles[Int(row)].title == "Deputy Foreign Minister")
        #expect(!mentions.contains { $0.text == "Foreign Minister" })
    }

    @Test(arguments: [
        ("They cooperate in multilateral fora.", "multilateral fora", EntryKind.forum, "multilateral forums"),
        ("The 5th round of the BPC was held.", "BPC", .mechanism, "Bilateral Political Consultations"),
        ("The Bilateral Political Consultations were held.", "Bilateral Political Consultations", .mechanism, "Bilateral Political Consultations"),
    ])
    func lexicon_findsForumsAndMechanisms(text: String, surface: String, kind: EntryKind, label: String) throws {
        let lexicon = LexiconFixture.lexicon
        let mention = try #require(LexiconFixture.mentions(text).first { $0.text == surface })
        let entry = try #require(mention.entries.first { $0.kind == kind })
        let labels = kind == .forum ? lexicon.forums : lexicon.mechanisms
        #expect(labels[Int(entry.row)].label == label)
    }

    @Test(arguments: [("They met in May.", [5]), ("They may meet.", []), ("On 3 Sept. and in Jan", [9, 1])])
    func lexicon_monthsMustBeCapitalized(text: String, months: [Int]) {
        let found = LexiconFixture.mentions(text).flatMap { $0.entries.filter { $0.kind == .month }.map { Int($0.row) } }
        #expect(found == months)
    }

    @Test func lexicon_mentionsNeverOverlapOrCrossLines() {
        let text = "Pakistan\nTurkey Deputy Foreign Minister US us BPC\nmultilateral fora"
        let source = SourceText(text)
        let tokens = Tokenizer(symbols: LexiconFixture.lexicon.symbols).tokenize(source)
        var end: Int32 = 0
        for m in LexiconFixture.lexicon.mentions(in: tokens) {
            #expect(m.start >= end && m.start < m.end)
            #expect(tokens[Int(m.start)..<Int(m.end)].allSatisfy { $0.kind != .newline })
            end = m.end
        }
    }

    // MARK: Broken data

    /// One way to break one row of a shipped file, and the diagnostic it must produce.
    struct Corruption: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var row: String
        var column: Int
        var message: String
        var edit: @Sendable ([String]) -> [String]
        var testDescription: String { name }
    }

    static let corruptions: [Corruption] = [
        Corruption(name: "too few fields", file: "titles.tsv", row: "ti019", column: 6, message: "expected 6 fields, found 5") {
            Array($0.dropLast())
        },
        Corruption(name: "too many fields", file: "titles.tsv", row: "ti019", column: 7, message: "expected 6 fields, found 7") {
            $0 + ["extra"]
        },
        Corruption(name: "empty id", file: "topics.tsv", row: "tp002", column: 1, message: "empty id") { ["  "] + $0.dropFirst() },
        Corruption(name: "duplicate id", file: "topics.tsv", row: "tp002", column: 1, message: "id 'tp001' already used in topics.tsv:5") {
            ["tp001"] + $0.dropFirst()
        },
        Corruption(name: "id used in another file", file: "forums.tsv", row: "fo002", column: 1, message: "id 'tp001' already used in topics.tsv:5") {
            ["tp001"] + $0.dropFirst()
        },
        Corruption(name: "two-letter iso3", file: "countries.tsv", row: "c.pak", column: 2, message: "iso3 must be three capital letters, got 'PK'") {
            var f = $0
            f[1] = "PK"
            return f
        },
        Corruption(name: "lowercase iso3", file: "countries.tsv", row: "c.pak", column: 2, message: "iso3 must be three capital letters, got 'pak'") {
            var f = $0
            f[1] = "pak"
            return f
        },
        Corruption(name: "capital of separators only", file: "countries.tsv", row: "c.pak", column: 6, message: "capital names no city") {
            var f = $0
            f[5] = "|"
            return f
        },
        Corruption(name: "non-numeric rank", file: "titles.tsv", row: "ti019", column: 4, message: "rank must be a whole number") {
            var f = $0
            f[3] = "high"
            return f
        },
        Corruption(name: "unknown sector", file: "titles.tsv", row: "ti019", column: 5, message: "unknown sector 'XYZ'") {
            var f = $0
            f[4] = "XYZ"
            return f
        },
        Corruption(name: "unknown country of a city", file: "cities.tsv", row: "city.washington", column: 4, message: "unknown country 'XXX'") {
            var f = $0
            f[3] = "XXX"
            return f
        },
        Corruption(name: "unknown meeting kind", file: "mechanisms.tsv", row: "me001", column: 4, message: "unknown meeting kind 'banquet'") {
            var f = $0
            f[3] = "banquet"
            return f
        },
        Corruption(name: "non-date valid_from", file: "people.tsv", row: "pe001", column: 6, message: "valid_from must be YYYY") {
            var f = $0
            f[5] = "last year"
            return f
        },
        Corruption(name: "zero ordinal", file: "ordinals.tsv", row: "or001", column: 3, message: "value must be a positive whole number") {
            var f = $0
            f[2] = "0"
            return f
        },
        Corruption(name: "agent noun of two words", file: "agents.tsv", row: "ag060", column: 2, message: "is not one token") {
            var f = $0
            f[1] = "riot police"
            return f
        },
        Corruption(name: "country on an agent noun", file: "agents.tsv", row: "ag060", column: 4, message: "only a group has a country column, got 'IRN'") {
            var f = $0
            f[3] = "IRN"
            return f
        },
        Corruption(name: "unknown sector of an agent", file: "agents.tsv", row: "ag001", column: 5, message: "unknown sector 'ARMY'") {
            var f = $0
            f[4] = "ARMY"
            return f
        },
        Corruption(name: "agency with no country", file: "agents.tsv", row: "ag873", column: 4, message: "an agency needs the country it reports for") {
            var f = $0
            f[3] = ""
            return f
        },
        Corruption(name: "unknown agent kind", file: "agents.tsv", row: "ag001", column: 6, message: "kind must be group, agency, noun, weak, modifier, nonactor, disaster or weapon") {
            var f = $0
            f[5] = "crowd"
            return f
        },
        Corruption(name: "unknown CAMEO code of a verb", file: "verbs.tsv", row: "v.010.said", column: 2, message: "unknown CAMEO code '999'") {
            var f = $0
            f[1] = "999"
            return f
        },
        // (A hyphenated form after a good one in a pattern's first word once crashed the loader: the good one's base forms
        // were queued for a pattern the refused row never added.)
        Corruption(name: "hyphenated verb form", file: "verbs.tsv", row: "v.010.said", column: 3, message: "'air-dropped' is not one token") {
            var f = $0
            f[2] = "airdropped|air-dropped"
            return f
        },
        // (A place's name is read last only: the scan for a pattern's last word has no word to look for.)
        Corruption(name: "place element not last", file: "verbs.tsv", row: "v.195.struck-place", column: 3, message: "@place stands only last") {
            var f = $0
            f[2] = "struck @place overnight"
            return f
        },
    ]

    @Test(arguments: corruptions)
    func lexicon_reportsFileLineAndColumnOfABadRow(corruption: Corruption) throws {
        let copy = try LexiconCopy()
        defer { copy.remove() }
        let line = try copy.edit(corruption.file, row: corruption.row, corruption.edit)
        let error = try #require(throws: LexiconError.self) { try Lexicon.load(directory: copy.directory) }
        let expected = error.diagnostics.filter { $0.file == corruption.file && $0.line == line }
        #expect(expected.map(\.column) == [corruption.column], "\(error)")
        #expect(expected.first?.message.contains(corruption.message) == true, "\(error)")
        #expect(error.description.contains("\(corruption.file):\(line):\(corruption.column): "))
    }

    @Test func lexicon_reportsAMissingFileAndColumn() throws {
        let copy = try LexiconCopy()
        defer { copy.remove() }
        try FileManager.default.removeItem(atPath: copy.directory + "/ordinals.tsv")
        let text = try String(contentsOfFile: copy.directory + "/titles.tsv", encoding: .utf8)
        try text.replacingOccurrences(of: "\trank\t", with: "\tgrade\t")
            .write(toFile: copy.directory + "/titles.tsv", atomically: true, encoding: .utf8)
        let error = try #require(throws: LexiconError.self) { try Lexicon.load(directory: copy.directory) }
        #expect(error.diagnostics.contains { $0.file == "ordinals.tsv" && $0.message.hasPrefix("cannot read") })
        #expect(error.diagnostics.contains { $0.file == "titles.tsv" && $0.column == 0 && $0.message == "missing column 'rank'" })
    }

    @Test
    func lexicon_rejectsDuplicateISO3() throws {
        let copy = try LexiconCopy()
        defer { copy.remove() }
        let line = try copy.edit("countries.tsv", row: "c.pak") {
            var f = $0
            f[1] = "IND"
            return f
        }
        let error = try #require(throws: LexiconError.self) { try Lexicon.load(directory: copy.directory) }
        #expect(error.diagnostics.contains { $0.file == "countries.tsv" && $0.line == line && $0.column == 2 })
    }

    @Test(arguments: ["2023-13-45", "2023-02-30", "2023-1"])
    func lexicon_rejectsImpossibleValidityDates(date: String) throws {
        let copy = try LexiconCopy()
        defer { copy.remove() }
        let line = try copy.edit("people.tsv", row: "pe001") {
            var f = $0
            f[5] = date
            return f
        }
        let error = try #require(throws: LexiconError.self) { try Lexicon.load(directory: copy.directory) }
        #expect(error.diagnostics.contains { $0.file == "people.tsv" && $0.line == line && $0.column == 6 })
    }

    // MARK: TSV

    @Test func tsv_skipsCommentsAndBlankLinesAndCountsThem() {
        let text = "# a comment\n\nid\tname\taliases\n# another\n\na1\t Alpha \tA| Al |\n   \n\t\na2\tBeta\t\n"
        let (rows, diagnostics) = TSV.parse(text, file: "x.tsv", required: ["id", "name"])
        #expect(diagnostics.isEmpty)
        #expect(rows.map(\.line) == [6, 9])
        #expect(rows.map { $0["id"] } == ["a1", "a2"])
        #expect(rows[0]["name"] == "Alpha")
        #expect(rows[0].list("aliases") == ["A", "Al"])
        #expect(rows[1].list("aliases") == [])
        #expect(rows[0]["absent"] == "")
        #expect(rows[0].columnNumber("aliases") == 3)
    }

    /// `split(separator: "\n")` works on Characters, and "\r\n" is one Character, so CRLF lines never split.
    @Test
    func tsv_acceptsCRLFLineEndings() {
        let (rows, diagnostics) = TSV.parse("id\tname\r\na\tb\r\n", file: "x.tsv", required: ["id", "name"])
        #expect(diagnostics == [])
        #expect(rows.map { [$0["id"], $0["name"]] } == [["a", "b"]])
        #expect(rows.map(\.line) == [2])
    }

    @Test(arguments: [
        ("id\tname\na\tb\tc\n", 2, 3, "expected 2 fields, found 3"),
        ("# c\nid\tname\tkind\n\na\n", 4, 2, "expected 3 fields, found 1"),
        ("id\tkind\n", 1, 0, "missing column 'name'"),
        ("# only a comment\n\n", 1, 0, "no header row"),
    ])
    func tsv_reportsLineAndColumn(text: String, line: Int, column: Int, message: String) {
        let (_, diagnostics) = TSV.parse(text, file: "x.tsv", required: ["id", "name"])
        #expect(diagnostics == [LexiconDiagnostic(file: "x.tsv", line: line, column: column, message: message)])
    }
}

/// A private copy of the shipped data files, for breaking one of them.
struct LexiconCopy {
    let directory: String

    init() throws {
        let fm = FileManager.default
        directory = NSTemporaryDirectory() + "parley-lexicon-" + UUID().uuidString
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let source = Lexicon.defaultDirectory()
        for name in try fm.contentsOfDirectory(atPath: source) where name.hasSuffix(".tsv") {
            try fm.copyItem(atPath: source + "/" + name, toPath: directory + "/" + name)
        }
    }

    /// Rewrites the row whose id is `row` and returns its 1-based line number.
    func edit(_ file: String, row: String, _ change: ([String]) -> [String]) throws -> Int {
        let path = directory + "/" + file
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix(row + "\t") })
        lines[index] = change(lines[index].components(separatedBy: "\t")).joined(separator: "\t")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return index + 1
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}
