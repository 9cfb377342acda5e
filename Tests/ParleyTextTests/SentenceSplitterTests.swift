import ParleyText
import Testing

/// The sentences of a text, as strings.
func sentenceTexts(_ text: String) -> [String] {
    let (source, tokens, _) = tokenize(text)
    return SentenceSplitter.split(source, tokens).sentences.map { source.string($0.span) }
}

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        // Abbreviations and initials do not end a sentence.
        (
            "Dr. Ali met Mr. Khan in Islamabad. They discussed trade.",
            ["Dr. Ali met Mr. Khan in Islamabad.", "They discussed trade."]
        ),
        (
            "H.E. Mr. Wang Yi received the delegation. The talks were cordial.",
            ["H.E. Mr. Wang Yi received the delegation.", "The talks were cordial."]
        ),
        ("The U.S. delegation arrived on Monday. It left on Tuesday.", ["The U.S. delegation arrived on Monday.", "It left on Tuesday."]),
        ("Talks were held on 5 Jan. 2024 in Baku. Both sides agreed.", ["Talks were held on 5 Jan. 2024 in Baku.", "Both sides agreed."]),
        ("External Affairs Minister S. Jaishankar met his counterpart.", ["External Affairs Minister S. Jaishankar met his counterpart."]),
        ("Mrs. Sharma and Prof. Lee attended. So did Amb. Rao.", ["Mrs. Sharma and Prof. Lee attended.", "So did Amb. Rao."]),
        ("Resolution No. 5 was adopted.", ["Resolution No. 5 was adopted."]),
        ("The talks ended at 5 p.m. and the delegation left.", ["The talks ended at 5 p.m. and the delegation left."]),
        ("He met Mr.Khan today.", ["He met Mr.Khan today."]),
        // A missing space after a full stop still ends a sentence between two words.
        ("The meeting was held in Baku.The two sides agreed.", ["The meeting was held in Baku.", "The two sides agreed."]),
        ("Visit mofa.gov.pk for details.", ["Visit mofa.gov.pk for details."]),
        // Decimals are not sentence ends.
        ("Growth reached 3.5 percent. Trade rose.", ["Growth reached 3.5 percent.", "Trade rose."]),
        ("Trade grew by 3.5 percent in 2023.", ["Trade grew by 3.5 percent in 2023."]),
        // Lower case after a full stop does not start a sentence.
        ("The talks, i.e. the second round, ended.", ["The talks, i.e. the second round, ended."]),
        ("It was held in Baku. the end", ["It was held in Baku. the end"]),
        // Closing quotes and brackets stay with the sentence they close.
        ("He said, \"We agree.\" The talks ended.", ["He said, \"We agree.\"", "The talks ended."]),
        ("He said, “We agree.” The talks ended.", ["He said, “We agree.”", "The talks ended."]),
        ("He said, 'We agree.' The talks ended.", ["He said, 'We agree.'", "The talks ended."]),
        ("(The talks ended.) Both sides left.", ["(The talks ended.)", "Both sides left."]),
        // Other terminals; a number or an opening quote may start the next sentence.
        ("Will they meet? Yes! They will.", ["Will they meet?", "Yes!", "They will."]),
        ("They waited… Then they left.", ["They waited…", "Then they left."]),
        ("The talks ended. 2024 will see more.", ["The talks ended.", "2024 will see more."]),
        ("Talks ended. “We agree,” he said.", ["Talks ended.", "“We agree,” he said."]),
        // Line breaks always end a sentence.
        ("Pakistan, Turkey hold talks\nThe talks were held in Ankara.", ["Pakistan, Turkey hold talks", "The talks were held in Ankara."]),
        ("Held in Washington D.C.\nNext line", ["Held in Washington D.C.", "Next line"]),
        ("First\n\n\nSecond\r\nThird", ["First", "Second", "Third"]),
        ("Dr.\nAli", ["Dr.", "Ali"]),
        ("", []), ("\n\n", []), ("No full stop at the end", ["No full stop at the end"]),
    ])
    func sentenceSplitter_splitsSentences(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    /// A straight quote after a space opens the next sentence; it must not close the previous one.
    @Test(
        arguments: [
            ("Talks ended. \"We agree,\" he said.", ["Talks ended.", "\"We agree,\" he said."]),
            ("Talks ended. 'We agree,' he said.", ["Talks ended.", "'We agree,' he said."]),
        ])
    func sentenceSplitter_straightOpeningQuoteStartsNextSentence(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    /// Only U+2026 is an ellipsis; other scalars whose UTF-8 is E2 xx A6 (naira sign U+20A6, ohm sign U+2126) are not terminals.
    @Test(
        arguments: [
            ("The loan was ₦ 500 million. Talks ended.", ["The loan was ₦ 500 million.", "Talks ended."]),
            ("A resistance of 5 \u{2126} Then more.", ["A resistance of 5 \u{2126} Then more."]),
        ])
    func sentenceSplitter_onlyEllipsisAmongSymbolsEndsASentence(text: String, expected: [String]) {
        #expect(sentenceTexts(text) == expected)
    }

    @Test func sentenceSplitter_linesSkipBlankLinesButKeepTheirIndex() {
        let text = "Headline\n\nFirst paragraph. Second sentence.\n  \nLast"
        let (source, tokens, _) = tokenize(text)
        let (lines, sentences) = SentenceSplitter.split(source, tokens)
        #expect(lines.map(\.index) == [0, 2, 4])
        #expect(lines.map { source.string($0.span) } == ["Headline", "First paragraph. Second sentence.", "Last"])
        #expect(sentences.map(\.line) == [0, 2, 2, 4])
    }

    @Test func sentenceSplitter_sentencesCoverTheirTokens() {
        let text = "Dr. Ali met Mr. Khan.\nThe talks (in Baku.) ended. “Yes,” he said."
        let (_, tokens, _) = tokenize(text)
        let (_, sentences) = SentenceSplitter.split(SourceText(text), tokens)
        var next = 0
        for s in sentences {
            #expect(s.tokens.lowerBound >= next)
            #expect(!s.tokens.isEmpty)
            #expect(s.span.start == Int(tokens[s.tokens.lowerBound].start))
            #expect(s.span.end == Int(tokens[s.tokens.upperBound - 1].end))
            #expect(tokens[s.tokens].allSatisfy { $0.kind != .newline })
            next = s.tokens.upperBound
        }
    }
}
