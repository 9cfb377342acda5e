import Foundation
import ParleyIngest
import Testing

@Suite struct SourceFilesTests {
    @Test func discover_walksFoldersSkipsHiddenAndUnsupportedAndSorts() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        for name in [
            "b.txt", "a.md", "c/d.html", "c/e/f.jsonl", "c/e/g.HTM", "c/z.markdown", ".hidden.txt", ".git/h.txt",
            "c/.cache/i.md", "notes.pdf", "j.json", "README",
        ] {
            try temp.write(name, "x")
        }
        let found = try SourceFiles.discover([temp.path])
        let expected = ["a.md", "b.txt", "c/d.html", "c/e/f.jsonl", "c/e/g.HTM", "c/z.markdown"].map {
            temp.path + "/" + $0
        }
        #expect(found == expected)
    }

    @Test func discover_keepsFilesGivenByNameAndDeduplicates() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let pdf = try temp.write("x/notes.pdf", "x")
        let text = try temp.write("x/a.txt", "x")
        let found = try SourceFiles.discover([pdf, temp.path + "/x", text])
        #expect(found == [text, pdf])
    }

    @Test func discover_missingPathThrowsUnreadable() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let missing = temp.path + "/nope"
        #expect(throws: IngestError.unreadable(path: missing, reason: "no such file or folder")) {
            try SourceFiles.discover([temp.path, missing])
        }
    }

    @Test func discover_followsFileLinksButNotFolderLinks() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        let target = try temp.write("a/story.txt", "x")
        try FileManager.default.createSymbolicLink(atPath: temp.path + "/a/link.md", withDestinationPath: target)
        try FileManager.default.createSymbolicLink(atPath: temp.path + "/a/loop", withDestinationPath: temp.path + "/a")
        #expect(try SourceFiles.discover([temp.path]) == [temp.path + "/a/link.md", target])
    }

    @Test func discover_emptyFolderGivesNothing() throws {
        let temp = try TempFolder()
        defer { temp.remove() }
        #expect(try SourceFiles.discover([temp.path + "/"]).isEmpty)
    }
}
