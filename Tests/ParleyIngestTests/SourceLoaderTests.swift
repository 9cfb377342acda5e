import Foundation
import ParleyIngest
import ParleyModel
import Testing

@Suite struct SourceLoaderTests {
    static let markdown = """
        ---
        title: "Ministers meet in Geneva"
        date: 2024-07-31
        url: https://mfa.example/a
        publisher: Example Ministry
        ---
        GENEVA, 31 July — The ministers met.

        """

    @Test func text_frontMatterFillsTheDocument() throws {
        let document = try #require(loaded(Self.markdown, path: "a.md").first).get()
        #expect(
            document
                == SourceDocument(
                    origin: "a.md", text: "GENEVA, 31 July — The ministers met.\n", title: "Ministers meet in Geneva",
                    published: ISODate(year: 2024, month: 7, day: 31), sourceURL: "https://mfa.example/a",
                    publisher: "Example Ministry"
                ))
    }

    @Test func text_givenFactsOverrideFrontMatter() throws {
        let given = ISODate(year: 2023, month: 1, day: 2)
        let document = try loaded(Self.markdown, path: "a.md", published: given, sourceURL: "https://given.example")[0]
            .get()
        #expect(document.published == given)
        #expect(document.sourceURL == "https://given.example")
    }

    @Test(
        arguments: [
            (
                "---\npublished: last Tuesday\n---\nText", nil,
                ["front matter date 'last Tuesday' is not a date; write YYYY-MM-DD (ignored)"]
            ),
            ("---\npublished: 2024-07\n---\nText", ISODate(year: 2024, month: 7), []),
            ("---\npublished: 2024-07-31T08:00:00Z\n---\nText", ISODate(year: 2024, month: 7, day: 31), []),
            (
                "---\ntitle: T\nText", nil,
                [
                    "front matter opened with '---' on line 1 is never closed; add a '---' line after the fields (read as text)"
                ]
            ),
            ("", nil, ["no text: the file is empty"]),
        ] as [(String, ISODate?, [String])])
    func text_problemsBecomeWarnings(text: String, published: ISODate?, warnings: [String]) throws {
        let document = try loaded(text, path: "w.txt")[0].get()
        #expect(document.published == published)
        #expect(document.warnings == warnings)
    }

    @Test func text_byteOrderMarkDroppedAndCRLFKept() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.".utf8)
        let document = try SourceLoader.load(bytes: bytes, path: "c.txt", maxBytes: 100)[0].get()
        #expect(document.title == "T")
        #expect(document.text == "Line one.\r\nLine two.")
    }

    @Test(arguments: [
        ("<h1>Talks held</h1><p>Story.</p>", "Talks held\nStory."),
        ("<title>Talks held | MFA</title><p>Story.</p>", "Talks held\nStory."),
        ("<p>Story.</p>", "Story."),
        ("<title>Only a title</title>", "Only a title"),
    ])
    func html_titleLeadsTheTextOnce(html: String, text: String) throws {
        let document = try loaded(html, path: "p.html")[0].get()
        #expect(document.text == text)
    }

    @Test func html_givenFactsOverridePage() throws {
        let html = "<link rel=canonical href=https://mfa.example/1><meta name=date content=2024-01-01><p>x</p>"
        let plain = try loaded(html, path: "p.htm")[0].get()
        #expect(plain.published == ISODate(year: 2024, month: 1, day: 1))
        #expect(plain.sourceURL == "https://mfa.example/1")
        let given = try loaded(html, path: "p.htm", published: ISODate(year: 2025), sourceURL: "u")[0].get()
        #expect(given.published == ISODate(year: 2025))
        #expect(given.sourceURL == "u")
    }

    @Test func html_emptyPageWarns() throws {
        #expect(try loaded("", path: "e.html")[0].get().warnings == ["no article text found in the page"])
    }

    @Test func html_declaredWindows1252Loads() throws {
        let bytes = Array("<meta charset=windows-1252><p>Caf".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(try SourceLoader.load(bytes: bytes, path: "w.html", maxBytes: 1000)[0].get().text == "Café")
    }

    @Test func load_unsupportedExtension() {
        let results = SourceLoader.load(bytes: [65], path: "notes.pdf", maxBytes: 10)
        #expect(throws: IngestError.unsupported(path: "notes.pdf")) { try results[0].get() }
        #expect(throws: IngestError.unsupported(path: "x/README")) {
            try SourceLoader.load(path: "x/README", maxBytes: 10)[0].get()
        }
    }

    @Test func load_fromFiles() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let md = try temp.write("a.md", Self.markdown)
        let jsonl = try temp.write("b.jsonl", "{\"id\":\"1\",\"text\":\"x\"}\n{\"id\":\"2\",\"text\":\"y\"}\n")
        #expect(try SourceLoader.load(path: md, maxBytes: 1000)[0].get().title == "Ministers meet in Geneva")
        #expect(SourceLoader.load(path: jsonl, maxBytes: 1000).compactMap { try? $0.get().externalID } == ["1", "2"])
        #expect(throws: IngestError.unreadable(path: temp.path + "/none.txt", reason: "no such file")) {
            try SourceLoader.load(path: temp.path + "/none.txt", maxBytes: 1000)[0].get()
        }
        let folder = temp.path + "/d.txt"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(throws: IngestError.unreadable(path: folder, reason: "a folder, not a file")) {
            try SourceLoader.load(path: folder, maxBytes: 1000)[0].get()
        }
    }
}
