import ParleyIngest
import Testing

@Suite struct HTMLSoupTests {
    @Test(arguments: [
        ("<p>One<p>Two<div>Three", "One\nTwo\nThree"),
        ("<div><span><b><i>deep</div></span>text after</b>", "deep\ntext after"),
        ("<p>a &amp; b &lt;c&gt; &nbsp;d&#8217;s &#x2014; &eacute; &bogus; &</p>", "a & b <c> d’s — é &bogus; &"),
        ("<p>Before</p><script>if (a < b) { x = '</p><p>'; }</script><p>After</p>", "Before\nAfter"),
        ("<p>Before<script>document.write('</p>')</script> after</p>", "Before after"),
        ("<<<>>><p>text</p></p></p></div></body></html>", ">>>\ntext"),
        ("<html><body></body></html>", ""),
        ("<br><hr><img><div></div>", ""),
        ("   ", ""),
        ("", ""),
        ("plain text, no tags", "plain text, no tags"),
        ("<!-- comment --><p>x<!-- inner --></p>", "x"),
        ("<p>HTML has no CDATA:</p><![CDATA[ raw ]]>", "HTML has no CDATA:\n<![CDATA[ raw ]]>"),
        ("<p>Line\r\nbreaks\rinside</p>", "Line breaks inside"),
        ("<table><tr><td><table><tr><td>nested</td></tr></table></td></tr></table>", "nested"),
    ])
    func html_soupParsesWithoutCrashing(html: String, text: String) {
        #expect(article(html).text == text)
    }

    @Test func html_windows1252DeclaredInMetaIsConverted() {
        let head = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf".utf8)
        let bytes =
            head + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94, 0x20, 0x96, 0x20, 0x80]
            + Array("</p></body></html>".utf8)
        #expect(HTMLText.extract(bytes).text == "Café “quoted” – €")
    }

    @Test func html_latin1DeclaredByHTTPEquivIsConverted() {
        let head = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Gen".utf8)
        #expect(HTMLText.extract(head + [0xE8, 0x76, 0x65] + Array("</p>".utf8)).text == "Genève")
    }

    @Test func html_validUTF8WinsOverAWrongLabel() {
        #expect(article("<meta charset=\"iso-8859-1\"><p>Genève – “talks”</p>").text == "Genève – “talks”")
    }

    @Test func html_undeclaredBadBytesDoNotCrash() {
        let bytes = Array("<p>Caf".utf8) + [0xE9, 0xFF, 0x00, 0xC3] + Array("</p><p>next</p>".utf8)
        #expect(HTMLText.extract(bytes).text.hasSuffix("next"))
    }

    @Test func html_unknownDeclaredCharsetDoesNotCrash() {
        let bytes = Array("<meta charset=\"x-no-such-charset\"><p>ok ".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(HTMLText.extract(bytes).text.hasPrefix("ok"))
    }

    @Test(arguments: [10, 300, 20_000])
    func html_deepNestingKeepsText(depth: Int) {
        let html =
            "<p>before</p>" + String(repeating: "<div><span>", count: depth) + "deep text"
            + String(repeating: "</span></div>", count: depth) + "<p>after</p>"
        #expect(article(html).text == "before\ndeep text\nafter")
    }

    @Test func html_byteOrderMarkIsIgnored() {
        #expect(HTMLText.extract([0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8)).text == "x")
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func html_randomTagSoupNeverCrashes(seed: UInt64) {
        var state = seed
        let pieces = [
            "<p>", "</p>", "<div class=\"nav\">", "</div>", "<article>", "</article>", "<script>", "</script>", "<br>",
            "<table>", "<td>", "&amp;", "&#", "<", ">", "\"", "word ", "<h1>", "</h1>", "<!--", "-->",
            "<meta charset=\"",
            "latin1\">", "\u{0}", "é", "<![CDATA[", "<?xml ?>", "<title>", "<time datetime=\"2024-01-01\">",
        ]
        for _ in 0..<200 {
            var html = ""
            for _ in 0..<60 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                html += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            _ = article(html)
        }
    }
}
