import ParleyIngest
import Testing

@Suite struct FrontMatterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var fields: [String: String]
        var body: String
        var warning: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "good", text: "---\ntitle: Talks in Geneva\npublished: 2024-07-31\n---\nThe ministers met.\n",
            fields: ["title": "Talks in Geneva", "published": "2024-07-31"], body: "The ministers met.\n"
        ),
        Case(
            name: "quoted values", text: "---\ntitle: \"Talks: round two\"\npublisher: 'Ministry''s office'\n---\nBody",
            fields: ["title": "Talks: round two", "publisher": "Ministry's office"], body: "Body"
        ),
        Case(
            name: "date key and URL", text: "---\nDate: 2024-01-05\nsource_url: https://example.org/a?b=1\n---\nBody",
            fields: ["date": "2024-01-05", "source_url": "https://example.org/a?b=1"], body: "Body"
        ),
        Case(
            name: "CRLF lines", text: "---\r\ntitle: T\r\n---\r\nBody\r\n", fields: ["title": "T"], body: "Body\r\n"
        ),
        Case(
            name: "blank line, comment and YAML list",
            text: "---\ntitle: T\n\n# a note\ntags:\n  - a\n  - b\n---\nBody",
            fields: ["title": "T", "tags": ""], body: "Body"
        ),
        Case(name: "no front matter", text: "Plain text.\n---\n", fields: [:], body: "Plain text.\n---\n"),
        Case(name: "closed at end of text", text: "---\ntitle: T\n---", fields: ["title": "T"], body: ""),
        Case(
            name: "unclosed", text: "---\ntitle: T\nThe ministers met.", fields: [:],
            body: "---\ntitle: T\nThe ministers met.",
            warning:
                "front matter opened with '---' on line 1 is never closed; add a '---' line after the fields (read as text)"
        ),
        Case(
            name: "bad line", text: "---\ntitle: T\nnot a field\n---\nBody", fields: [:],
            body: "---\ntitle: T\nnot a field\n---\nBody",
            warning:
                "front matter line 3 is not 'key: value' (\"not a field\"); fix the line or close the block with '---' (read as text)"
        ),
    ]

    @Test(arguments: cases)
    func frontMatter_parsesFieldsAndBody(_ c: Case) {
        let (fields, body, warning) = FrontMatter.parse(c.text)
        #expect(fields == c.fields)
        #expect(body == c.body)
        #expect(warning == c.warning)
    }

    @Test(arguments: [
        ("\"a \\\"b\\\" c\"", "a \"b\" c"), ("'it''s'", "it's"), ("plain", "plain"), ("\"", "\""), ("'x\"", "'x\""),
    ])
    func frontMatter_unquotesValues(raw: String, value: String) {
        #expect(FrontMatter.parse("---\nk: \(raw)\n---\n").fields["k"] == value)
    }
}
