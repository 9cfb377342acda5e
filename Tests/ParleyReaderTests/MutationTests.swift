import Foundation
import ParleyModel
import Testing

/// Sentences of the development tables cut, shuffled and spliced the way copy-pasted news and scraped pages break
/// them: the reader must read every one without trapping (an index or range past a sentence's ends once crashed it,
/// and one crash loses a whole batch).
@Suite struct MutationTests {
    static let sentences: [String] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Events")
        var out: [String] = []
        for name in ["sentences", "wire", "dev22-fresh", "dev23-fresh"] {
            guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent("\(name).jsonl").path) else { continue }
            for line in data.split(separator: 10) where !line.isEmpty {
                if let row = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = row["text"] as? String {
                    out.append(text)
                }
            }
        }
        return out
    }()

    /// A small deterministic generator (SplitMix64), so a failure names a reproducible case.
    struct Mix {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    /// Words that tie rules to their neighbours: possessives, titles, clause words, punctuation.
    static let inserts = [
        "President Rodrigo Duterte's", "the army's", "Iran's", "the UN's", "police", "'s", "-", "of", "and", ",", "\"", "(",
        "Mr.", "U.S.", "said", "who", "which", "that", "would", "not", "by", "to", "with",
    ]

    static func mutate(_ text: String, _ g: inout Mix) -> String {
        var w = text.split(separator: " ").map(String.init)
        for _ in 0..<(1 + g.next(4)) where !w.isEmpty {
            let i = g.next(w.count)
            switch g.next(7) {
            case 0, 1: w.insert(inserts[g.next(inserts.count)], at: i)
            case 2: w.remove(at: i)
            case 3: w.swapAt(i, g.next(w.count))
            case 4: w = Array(w[i...])
            case 5: w = Array(w[...i])
            default: w[i] = w[i].lowercased()
            }
        }
        return w.joined(separator: " ")
    }

    @Test func read_survivesBrokenSentences() throws {
        #expect(Self.sentences.count > 500)
        var g = Mix(state: 17)
        var read = 0
        for text in Self.sentences {
            for _ in 0..<3 {
                let broken = Self.mutate(text, &g)
                let reading = try ReaderFixture.read(broken, published: "2024-05-01")
                // Every event points into the text it was read from.
                for e in reading.events { #expect(e.evidence.span.end <= broken.utf8.count, "\(broken)") }
                read += 1
            }
        }
        #expect(read == Self.sentences.count * 3)
    }

    /// The cases the mutations found, in words of their own: a text opening on a verb, a person's possessive before a
    /// non-actor noun, a name running into the next chunk, a word repeated inside an actor's words.
    @Test(arguments: [
        "demanded that France hand over the archives of its colonial rule.",
        "The court investigated killings during President Rodrigo Duterte's war on drugs.",
        "Prosecutors accused the private secretary of Vice President Guatemalan Baldetti of running a customs fraud ring.",
        "The ministers urged Myanmar's junta to halt air strikes ministers on civilians.",
    ])
    func read_survivesTheCasesFound(_ text: String) throws {
        let reading = try ReaderFixture.read(text, published: "2024-05-01")
        #expect(reading.events.allSatisfy { $0.evidence.span.end <= text.utf8.count })
    }
}
