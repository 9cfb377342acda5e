import ParleyIngest
import ParleyModel
import Testing

/// The article of an HTML snippet.
func article(_ html: String) -> HTMLArticle { HTMLText.extract(Array(html.utf8)) }

@Suite struct HTMLTextTests {
    static let page = """
        <!DOCTYPE html>
        <html><head>
        <title>Foreign Minister meets counterpart | Example Ministry</title>
        <meta property="og:site_name" content="Example Ministry">
        <meta property="og:url" content="https://mfa.example/og">
        <link rel="canonical" href="https://mfa.example/news/17">
        <meta property="article:published_time" content="2024-07-31T10:00:00+05:00">
        <script>var x = "<p>not text</p>";</script>
        <style>p { color: red }</style>
        </head><body>
        <header class="site-header"><h1 class="logo">Example Ministry</h1></header>
        <nav><ul><li>Home</li><li>Press</li></ul></nav>
        <div class="breadcrumbs">Home &gt; Press</div>
        <article>
          <header><h1>Foreign Minister meets counterpart</h1><time datetime="2024-07-30">30 July</time></header>
          <p>The Foreign Minister met   her counterpart
             in Geneva on Tuesday.</p>
          <figure><img src="a.jpg"><figcaption>The two ministers.</figcaption></figure>
          <p>They discussed trade &amp; climate&nbsp;policy, and the minister&#8217;s visit.</p>
          <div class="share-buttons">Share on X</div>
          <p><a href="/x">Read more: earlier talks</a></p>
          <div class="related-articles"><a href="/y">Minister visits Paris</a></div>
          <script>document.write("<p>also not text</p>")</script>
          <p>Both sides agreed<br>to meet again.</p>
        </article>
        <aside class="sidebar"><article class="teaser"><p>A much longer teaser text that should never be chosen as the article, even though it is long, very long indeed, longer than anything.</p></article></aside>
        <footer>Copyright</footer>
        </body></html>
        """

    @Test func html_readsArticleParagraphsWithoutFurniture() {
        #expect(
            article(Self.page).text == """
                The Foreign Minister met her counterpart in Geneva on Tuesday.
                They discussed trade & climate policy, and the minister’s visit.
                Both sides agreed
                to meet again.
                """)
    }

    @Test func html_readsMetadata() {
        let a = article(Self.page)
        #expect(a.title == "Foreign Minister meets counterpart")
        #expect(a.published == ISODate(year: 2024, month: 7, day: 31))
        #expect(a.sourceURL == "https://mfa.example/news/17")
        #expect(a.publisher == "Example Ministry")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var html: String
        var text: String
        var testDescription: String { name }
    }

    static let roots: [Case] = [
        Case(
            name: "article body by itemprop",
            html: "<body><div>Menu text here</div><div itemprop=\"articleBody\"><p>One.</p><p>Two.</p></div></body>",
            text: "One.\nTwo."
        ),
        Case(
            name: "article body by class",
            html:
                "<body><p>Outside.</p><div class=\"c-story_body__x\"><p>Inside.</p></div><div class=\"entry-content\"><p>Longer inside text.</p></div></body>",
            text: "Longer inside text."
        ),
        Case(
            name: "article inside an aside passed over",
            html:
                "<body><main><p>A long introduction paragraph, longer than the rest.</p><article><p>Main story here.</p></article></main><aside><article><p>A teaser, longer than the story.</p></article></aside></body>",
            text: "Main story here."
        ),
        Case(
            name: "main", html: "<body><p>Outside.</p><main><h2>Sub</h2><p>Inside.</p></main></body>",
            text: "Sub\nInside."),
        Case(
            name: "body without furniture",
            html:
                "<body><div id=\"mainMenu\">Home</div><p>Story.</p><div class=\"cookie-banner\">We use cookies</div></body>",
            text: "Story."
        ),
        Case(
            name: "ASP.NET form wrapping the page is kept",
            html:
                "<body><form id=\"aspnetForm\"><div class=\"page has-sidebar\"><p>Story one.</p><p>Story two.</p></div><div class=\"sidebar\"><p>Links</p></div></form></body>",
            text: "Story one.\nStory two."
        ),
        Case(
            name: "teaser lines and calls to action",
            html:
                "<body><p>Story.</p><p>READ MORE: x</p><p>Also read: y</p><p>Related: z</p><p>See also w</p><p>Click here</p><p>Follow us on X</p><p>Readmore is one word.</p></body>",
            text: "Story.\nReadmore is one word."
        ),
        Case(
            name: "tables, lists and pre",
            html:
                "<body><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table><ul><li>x</li><li>y</li></ul><pre>l1\n  l2\n\n</pre></body>",
            text: "a b\nc\nx\ny\nl1\nl2"
        ),
        Case(
            name: "hidden elements",
            html:
                "<body><p>Shown.</p><p hidden>Hidden.</p><div style=\"display: none\">Gone.</div><noscript>Enable JS</noscript><template><p>T</p></template></body>",
            text: "Shown."
        ),
        Case(
            name: "class words that only look like markers",
            html:
                "<body><div class=\"commentary shared-text headline\"><p>Kept.</p></div><div class=\"uploads\"><p>Also kept.</p></div></body>",
            text: "Kept.\nAlso kept."
        ),
    ]

    @Test(arguments: roots)
    func html_choosesArticleAndDropsFurniture(_ c: Case) {
        #expect(article(c.html).text == c.text)
    }

    @Test(arguments: [
        ("<title>Talks held | Ministry</title>", "Talks held"),
        ("<title>Talks held - Ministry of Foreign Affairs</title>", "Talks held - Ministry of Foreign Affairs"),
        ("<title>India - Pakistan talks</title>", "India - Pakistan talks"),
        ("<title>Joint statement - Brussels - MFA</title>", "Joint statement - Brussels"),
        (
            "<title>Talks held - Ministry of Foreign Affairs</title><meta property=\"og:site_name\" content=\"Ministry of Foreign Affairs\">",
            "Talks held"
        ),
        ("<title>  Spaced\n title  </title>", "Spaced title"),
        ("<meta property=\"og:title\" content=\"From OG\">", "From OG"),
        ("<title>Page</title></head><body><h1>  The <em>real</em> head<b>line</b> </h1>", "The real headline"),
    ])
    func html_titleFromH1ElseTitleTag(head: String, title: String) {
        #expect(article("<html><head>\(head)</head><body><p>x</p></body></html>").title == title)
    }

    @Test(
        arguments: [
            ("<meta name=\"date\" content=\"2023-02-03\">", ISODate(year: 2023, month: 2, day: 3)),
            ("<meta name=\"pubdate\" content=\"20230203\">", nil),
            ("<meta name=\"publish-date\" content=\"2023-02-03 08:00\">", ISODate(year: 2023, month: 2, day: 3)),
            ("<time datetime=\"2022-12-31T23:59Z\">31 Dec</time>", ISODate(year: 2022, month: 12, day: 31)),
            ("<time>no attribute</time>", nil),
        ] as [(String, ISODate?)])
    func html_publishedFromMetaOrTime(tag: String, published: ISODate?) {
        #expect(article("<html><head></head><body>\(tag)<p>x</p></body></html>").published == published)
    }

    @Test func html_canonicalFallsBackToOgURL() {
        let a = article("<head><meta property=\"og:url\" content=\" https://x.example/a \"></head><p>x</p>")
        #expect(a.sourceURL == "https://x.example/a")
        #expect(article("<p>x</p>").sourceURL == nil)
    }
}
