import Foundation
import Testing

@Suite struct ReadCommandTests {
    static let report = "Ankara talks\nThe tenth round of Pakistan-Turkey Foreign Office Consultations was held in Ankara yesterday. The next round will be held in Islamabad on mutually convenient dates.\n"

    @Test func read_jsonHasTheDocumentedKeys() throws {
        let file = try Binary.temp(Array(Self.report.utf8))
        let r = try Binary.run(["read", file, "--published", "2024-03-06", "--format", "json"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys).isSuperset(of: ["document", "meetings", "events", "diagnostics"]))
        let meeting = try #require((json["meetings"] as? [[String: Any]])?.first)
        for key in ["kind", "mechanism", "parties", "round", "status", "date", "date_precision", "venue", "format", "delegations",
                    "topics", "outcomes", "regional_issues", "multilateral_forums", "next", "anniversary", "evidence"] {
            #expect(meeting.keys.contains(key), "missing \(key)")
        }
        #expect(meeting["round"] as? Int == 10)
        #expect(meeting["date"] as? String == "2024-03-05")
        #expect(meeting["parties"] as? [String] == ["PAK", "TUR"])
        let next = try #require(meeting["next"] as? [String: Any])
        #expect((next["venue"] as? [String: Any])?["city"] as? String == "Islamabad")
    }

    @Test func read_standardInput() throws {
        let r = try Binary.run(["read", "-", "--format", "json", "--published", "2024-03-06"], stdin: Data(Self.report.utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"round\":10"))
    }

    @Test func read_summaryAndExplain() throws {
        let file = try Binary.temp(Array(Self.report.utf8))
        let summary = try Binary.run(["read", file, "--published", "2024-03-06"])
        #expect(summary.stdout.contains("PAK–TUR Foreign Office Consultations, round 10"))
        let explain = try Binary.run(["read", file, "--published", "2024-03-06", "--explain"])
        #expect(explain.stdout.contains("<- rule.round.ordinal"))
        #expect(explain.stdout.contains("\"tenth\""))
    }

    @Test func read_jsonlBatchKeepsOrderAndIds() throws {
        var lines: [String] = []
        for i in 0..<40 {
            let text = i % 2 == 0 ? Self.report : "Trade figures rose in March."
            let obj: [String: Any] = ["id": "doc-\(i)", "text": text, "published": "2024-03-06"]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: obj), as: UTF8.self))
        }
        let file = try Binary.temp(Array((lines.joined(separator: "\n") + "\n").utf8), suffix: ".jsonl")
        let r = try Binary.run(["read", "--jsonl", file])
        #expect(r.status == 0)
        let out = r.stdout.split(separator: "\n")
        #expect(out.count == 40)
        for (i, line) in out.enumerated() {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(obj["id"] as? String == "doc-\(i)")
            #expect(((obj["meetings"] as? [Any])?.count ?? -1) == (i % 2 == 0 ? 1 : 0))
        }
    }

    @Test func read_jsonlBadLineIsReportedAndFails() throws {
        let file = try Binary.temp(Array("{\"id\":\"a\",\"text\":\"Pakistan and Turkey held talks in Ankara.\"}\nnot json\n{\"id\":\"c\"}\n".utf8), suffix: ".jsonl")
        let r = try Binary.run(["read", "--jsonl", file])
        #expect(r.status == 1)
        let out = r.stdout.split(separator: "\n")
        #expect(out.count == 3)
        #expect(out[1].contains("\"error\":\"line 2: not a JSON object\""))
        #expect(out[2].contains("no \\\"text\\\" string"))
    }

    @Test(arguments: [
        ([0xC3, 0x28] as [UInt8], "not valid UTF-8 at byte offset 0"),
        ([0x41, 0x00, 0x42] as [UInt8], "binary data (NUL byte) at byte offset 1"),
    ])
    func read_badBytesAreOneClearLine(_ bytes: [UInt8], _ message: String) throws {
        let file = try Binary.temp(bytes)
        let r = try Binary.run(["read", file])
        #expect(r.status == 2)
        #expect(r.stderr.contains(message))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func read_tooLargeAndMissingFiles() throws {
        let file = try Binary.temp(Array(String(repeating: "x", count: 2000).utf8))
        let big = try Binary.run(["read", file, "--max-bytes", "1000"])
        #expect(big.status == 2)
        #expect(big.stderr.contains("over the limit of 1000 bytes"))
        let missing = try Binary.run(["read", "/nonexistent/report.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file"))
        let badDate = try Binary.run(["read", file, "--published", "June 2023"])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("is not a date"))
    }

    @Test func read_emptyFileIsAnEmptyReading() throws {
        let file = try Binary.temp([])
        let r = try Binary.run(["read", file, "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"meetings\":[]"))
    }
}
