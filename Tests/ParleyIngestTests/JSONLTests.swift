import ParleyIngest
import ParleyModel
import Testing

/// Loads in-memory bytes; a helper for the tables below.
func loaded(_ text: String, path: String, maxBytes: Int = 1 << 20, published: ISODate? = nil, sourceURL: String? = nil)
    -> [Result<SourceDocument, IngestError>]
{
    SourceLoader.load(
        bytes: Array(text.utf8), path: path, maxBytes: maxBytes, published: published, sourceURL: sourceURL)
}

@Suite struct JSONLTests {
    static let batch = """
        {"id": "a1", "text": "The ministers met.", "published": "2024-07-31", "title": "Talks", "source_url": "https://example.org/1"}

        {"id": 42, "text": "Second report."}
        {"id": "b", "text": "Third", oops}
        {"id": "c", "title": "No text here"}
        [1, 2]
        {"text": "Fourth.", "published": "31 July 2024"}
        {"id": "e", "text": "Fifth.", "published": "2024-08-01T09:30:00+02:00", "publisher": 7}
        """

    static var results: [Result<SourceDocument, IngestError>] { loaded(batch, path: "b.jsonl") }

    @Test func jsonl_goodLineCarriesEveryField() throws {
        let first = try Self.results[0].get()
        #expect(
            first
                == SourceDocument(
                    origin: "b.jsonl#L1", text: "The ministers met.", title: "Talks",
                    published: ISODate(year: 2024, month: 7, day: 31),
                    sourceURL: "https://example.org/1", externalID: "a1"
                ))
    }

    @Test func jsonl_oneResultPerNonBlankLineInOrder() {
        let origins = Self.results.map { r in (try? r.get())?.origin ?? "error" }
        #expect(origins == ["b.jsonl#L1", "b.jsonl#L3", "error", "error", "error", "b.jsonl#L7", "b.jsonl#L8"])
    }

    @Test(arguments: [
        (2, IngestError.badLine(path: "b.jsonl", line: 4, reason: "not valid JSON")),
        (3, IngestError.badLine(path: "b.jsonl", line: 5, reason: "no \"text\" string")),
        (4, IngestError.badLine(path: "b.jsonl", line: 6, reason: "not a JSON object")),
    ])
    func jsonl_badLinesAreErrorsInPlace(index: Int, error: IngestError) {
        #expect(throws: error) { try Self.results[index].get() }
    }

    @Test(arguments: [(0, "a1"), (1, "42"), (5, nil), (6, "e")] as [(Int, String?)])
    func jsonl_idsAreTextOrAbsent(index: Int, id: String?) throws {
        #expect(try Self.results[index].get().externalID == id)
    }

    @Test(
        arguments: [
            (0, ISODate(year: 2024, month: 7, day: 31), [String]()),
            (1, nil, []),
            (5, nil, ["\"published\" '31 July 2024' is not a date; write YYYY-MM-DD (ignored)"]),
            (6, ISODate(year: 2024, month: 8, day: 1), ["\"publisher\" is not a string (ignored)"]),
        ] as [(Int, ISODate?, [String])])
    func jsonl_publishedIsParsedOrWarned(index: Int, published: ISODate?, warnings: [String]) throws {
        let document = try Self.results[index].get()
        #expect(document.published == published)
        #expect(document.warnings == warnings)
    }

    @Test func jsonl_givenFactsFillInOnlyWhatLinesLack() throws {
        let given = ISODate(year: 2020, month: 1, day: 1)
        let results = loaded(Self.batch, path: "b.jsonl", published: given, sourceURL: "https://given.example")
        #expect(try results[0].get().published == ISODate(year: 2024, month: 7, day: 31))
        #expect(try results[0].get().sourceURL == "https://example.org/1")
        #expect(try results[1].get().published == given)
        #expect(try results[1].get().sourceURL == "https://given.example")
    }

    @Test func jsonl_invalidUTF8OnOneLineReportsItsFileOffset() throws {
        var bytes = Array("{\"text\": \"ok\"}\n{\"text\": \"b".utf8)
        let offset = bytes.count
        bytes += [0xFF] + Array("ad\"}\n{\"text\": \"fine\"}\r\n".utf8)
        let results = SourceLoader.load(bytes: bytes, path: "x.jsonl", maxBytes: 1000)
        #expect(results.count == 3)
        #expect(throws: IngestError.invalidUTF8(path: "x.jsonl", offset: offset)) { try results[1].get() }
        #expect(try results[2].get().text == "fine")
        #expect(try results[2].get().origin == "x.jsonl#L3")
    }

    @Test func jsonl_emptyFileHasNoDocuments() {
        #expect(loaded("", path: "e.jsonl").isEmpty)
        #expect(loaded("\n  \n\r\n", path: "e.jsonl").isEmpty)
    }
}
