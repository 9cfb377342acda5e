import ParleyIngest
import Testing

@Suite struct LimitsTests {
    /// Bytes with a problem at a known offset; the first element is the file's extension.
    @Test(
        arguments: [
            ("txt", Array("abc".utf8) + [0xFF], IngestError.invalidUTF8(path: "f.txt", offset: 3)),
            ("md", Array("Genève ".utf8) + [0xC3, 0x28], .invalidUTF8(path: "f.md", offset: 8)),
            ("txt", [0xE2, 0x82], .invalidUTF8(path: "f.txt", offset: 0)),
            ("txt", Array("ab".utf8) + [0xC0, 0xAF], .invalidUTF8(path: "f.txt", offset: 2)),
            ("txt", [0x41, 0xED, 0xA0, 0x80], .invalidUTF8(path: "f.txt", offset: 1)),
            ("txt", [0x41, 0xF4, 0x90, 0x80, 0x80], .invalidUTF8(path: "f.txt", offset: 1)),
            ("txt", [0xEF, 0xBB, 0xBF, 0x41, 0xFF], .invalidUTF8(path: "f.txt", offset: 4)),
            ("txt", Array("ab".utf8) + [0x00, 0x01], .binary(path: "f.txt", offset: 2)),
            ("html", Array("<p>Caf".utf8) + [0xE9] + Array("</p>".utf8), .invalidUTF8(path: "f.html", offset: 6)),
            ("html", Array("<meta charset=utf-8><p>".utf8) + [0xE9], .invalidUTF8(path: "f.html", offset: 23)),
            ("html", Array("<meta charset=latin1><p>".utf8) + [0x00], .binary(path: "f.html", offset: 24)),
        ] as [(String, [UInt8], IngestError)])
    func load_reportsTheFirstBadByte(ext: String, bytes: [UInt8], error: IngestError) {
        let results = SourceLoader.load(bytes: bytes, path: "f." + ext, maxBytes: 1000)
        #expect(results.count == 1)
        #expect(throws: error) { try results[0].get() }
    }

    @Test(arguments: ["Genève – “talks” 😀", "\u{10FFFF}\u{E000}\u{7F}", ""])
    func load_acceptsValidUTF8(text: String) throws {
        #expect(try SourceLoader.load(bytes: Array(text.utf8), path: "f.txt", maxBytes: 100)[0].get().text == text)
    }

    @Test(arguments: ["a.txt", "a.html", "a.jsonl"])
    func load_refusesBytesOverTheLimit(path: String) {
        let bytes = Array("{\"text\": \"x\"}".utf8)
        #expect(throws: IngestError.tooLarge(path: path, bytes: bytes.count, limit: bytes.count - 1)) {
            try SourceLoader.load(bytes: bytes, path: path, maxBytes: bytes.count - 1)[0].get()
        }
        #expect(throws: Never.self) { try SourceLoader.load(bytes: bytes, path: path, maxBytes: bytes.count)[0].get() }
    }

    @Test func load_refusesAFileOverTheLimitBeforeReading() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let path = try temp.write("big.txt", String(repeating: "x", count: 2048))
        #expect(throws: IngestError.tooLarge(path: path, bytes: 2048, limit: 1024)) {
            try SourceLoader.load(path: path, maxBytes: 1024)[0].get()
        }
        #expect(try SourceLoader.load(path: path, maxBytes: 2048)[0].get().text.count == 2048)
    }

    @Test(arguments: [
        (
            IngestError.unreadable(path: "a.txt", reason: "no such file"),
            "a.txt: cannot be read (no such file); check the path and its permissions"
        ),
        (
            .invalidUTF8(path: "a.txt", offset: 7),
            "a.txt: not valid UTF-8 at byte offset 7; convert the file to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)"
        ),
        (
            .binary(path: "a.txt", offset: 0),
            "a.txt: binary data (NUL byte) at byte offset 0; give a text, Markdown, HTML or JSONL file"
        ),
        (
            .tooLarge(path: "a.txt", bytes: 9, limit: 8),
            "a.txt: 9 bytes, over the limit of 8 bytes; raise the limit or split the file"
        ),
        (
            .badLine(path: "b.jsonl", line: 3, reason: "not valid JSON"),
            "b.jsonl:3: not valid JSON; write each line as one JSON object with a \"text\" string"
        ),
        (
            .unsupported(path: "c.pdf"),
            "c.pdf: unsupported file type; give a .txt, .md, .markdown, .html, .htm or .jsonl file"
        ),
    ])
    func ingestError_describesWhatWhereAndHowToFix(error: IngestError, text: String) {
        #expect(error.description == text)
        #expect(!text.contains("\n"))
    }
}
