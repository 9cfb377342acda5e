import ParleyLexicon
import ParleyModel
import ParleyText

/// Stage 1b: finds the header zone (front matter, headline, "Published:" line, byline, dateline)
/// and the publisher's asides (teasers, captions), and gives every sentence its zone.
extension Analysis {
    func segment(givenTitle: String?, givenPublished: ISODate?) {
        published = givenPublished
        var lineZones = [Zone](repeating: .story, count: lines.count)
        var first = 0
        first = frontMatter(&lineZones)
        var sawTitle = false
        var storyStarted = false
        for k in first..<lines.count {
            let line = lines[k]
            if let date = headerDate(line) {
                lineZones[k] = .header
                if published == nil { published = date.resolve(published: nil, forward: false) }
                continue
            }
            if isTeaser(line) {
                lineZones[k] = .aside
                continue
            }
            if !storyStarted && isByline(line) {
                lineZones[k] = .header
                continue
            }
            if !sawTitle && !storyStarted && isHeadline(line, index: k) {
                lineZones[k] = .title
                sawTitle = true
                if title == nil { title = string(line.tokens) }
                titleSpan = line.span
                continue
            }
            if storyStarted && isAside(line) {
                lineZones[k] = .aside
                continue
            }
            if !storyStarted {
                storyStarted = true
                findDateline(line)
            }
        }
        if let givenTitle { title = givenTitle }
        zones = sentences.map { s in
            let lineIndex = lines.firstIndex { $0.index == s.line } ?? 0
            return lineZones.isEmpty ? .story : lineZones[lineIndex]
        }
    }

    /// `---` front matter with `title:` and `published:` keys; returns the first line after it.
    private func frontMatter(_ lineZones: inout [Zone]) -> Int {
        guard let firstLine = lines.first, string(firstLine.tokens) == "---" || isDashes(firstLine) else { return 0 }
        guard let close = lines.indices.dropFirst().first(where: { isDashes(lines[$0]) }) else {
            diagnostics.append(Diagnostic(.warning, "front matter opened with '---' is never closed; read as text", at: firstLine.span))
            lineZones[0] = .header
            return 1
        }
        for k in 0...close {
            lineZones[k] = .header
            let line = lines[k]
            let toks = line.tokens
            guard toks.count >= 3, sym(toks.lowerBound + 1) == cues.w.colon else { continue }
            let key = string(toks.lowerBound..<(toks.lowerBound + 1)).lowercased()
            let value = string((toks.lowerBound + 2)..<toks.upperBound)
            if key == "title" { title = Self.unquote(value) }
            if key == "published" || key == "date" {
                if published == nil {
                    if let d = ISODate(iso: Self.unquote(value)) ?? dates(in: toks).first?.resolve(published: nil, forward: false) {
                        published = d
                    } else {
                        diagnostics.append(Diagnostic(.warning, "front matter date '\(value)' is not a date; ignored", at: line.span))
                    }
                }
            }
        }
        return close + 1
    }

    private static func unquote(_ s: String) -> String {
        var v = Substring(s)
        if v.count >= 2, let f = v.first, let l = v.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            v = v.dropFirst().dropLast()
        }
        return String(v)
    }

    private func isDashes(_ line: Line) -> Bool {
        line.tokens.count >= 3 && line.tokens.allSatisfy { sym($0) == cues.w.hyphen }
    }

    /// "Published: 2024-07-31", "Date: 31 July 2024", "Updated: …" or a line that is only a date.
    private func headerDate(_ line: Line) -> DateMention? {
        let toks = line.tokens
        guard toks.count <= 14 else { return nil }
        let words = ["published", "date", "updated", "posted", "dated", "released", "issued"]
        var start = toks.lowerBound
        let head = string(start..<(start + 1)).lowercased()
        if words.contains(head) {
            start += 1
            if sym(start) == cues.w.on { start += 1 }
            if sym(start) == cues.w.colon { start += 1 }
        }
        let found = dates(in: start..<toks.upperBound)
        guard let d = found.first, case .absolute(let date) = d.kind, date.precision == .day else { return nil }
        if words.contains(head) { return d }
        // A line holding nothing but the date (and maybe a weekday and commas).
        let rest = toks.filter { !d.tokens.contains($0) && sym($0) != cues.w.comma && entry(at: $0, .weekday) == nil }
        return rest.isEmpty ? d : nil
    }

    private func isByline(_ line: Line) -> Bool {
        line.tokens.count <= 10 && string(line.tokens.lowerBound..<(line.tokens.lowerBound + 1)) == "By"
            && !endsWithStop(line)
    }

    private func isHeadline(_ line: Line, index k: Int) -> Bool {
        guard k + 1 < lines.count, line.tokens.count <= 30, !endsWithStop(line) else { return false }
        return !isDatelineOnly(line)
    }

    private func endsWithStop(_ line: Line) -> Bool {
        var j = line.tokens.upperBound - 1
        while j > line.tokens.lowerBound, tokens[j].kind == .punct, text.bytes[Int(tokens[j].start)] != UInt8(ascii: "."),
            isCloserByte(text.bytes[Int(tokens[j].start)])
        {
            j -= 1
        }
        let b = text.bytes[Int(tokens[j].start)]
        return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ":")
    }

    private func isCloserByte(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == 0xE2
    }

    private func isDatelineOnly(_ line: Line) -> Bool {
        guard let (m, _) = entry(at: line.tokens.lowerBound, .city) else { return false }
        return line.tokens.upperBound - Int(m.end) <= 6 && !dates(in: line.tokens).isEmpty
    }

    /// "Read more: …", "Also read: …", "Photo: …", "READ: …": the publisher's, on any line.
    private func isTeaser(_ line: Line) -> Bool {
        let first = line.tokens.lowerBound
        guard tokens[first].isCapitalized else { return false }
        let w = string(first..<(first + 1)).lowercased()
        let next = string((first + 1)..<min(line.tokens.upperBound, first + 2)).lowercased()
        if ["read", "related", "photo", "caption", "watch", "listen", "see"].contains(w) && sym(first + 1) == cues.w.colon { return true }
        if (w == "read" || w == "also") && (next == "more" || next == "also" || next == "read") { return true }
        return false
    }

    /// Publisher's teasers, captions and subheads: short lines with no full stop, or "Read more:"-style lines.
    private func isAside(_ line: Line) -> Bool {
        let first = line.tokens.lowerBound
        let head = sym(first) == cues.w.lparen || text.bytes[Int(tokens[first].start)] == UInt8(ascii: "[") ? first + 1 : first
        if isAny(head, cues.teaserStarts) && tokens[head].isCapitalized {
            let next = head + 1
            let word = string(head..<(head + 1)).lowercased()
            if word == "read" || word == "watch" || word == "listen" {
                if sym(next) == cues.w.colon || isAny(next, cues.teaserStarts) || tokens.indices.contains(next) && tokens[next].isCapitalized {
                    return true
                }
            } else if sym(next) == cues.w.colon || isAny(next, cues.teaserStarts) || word == "photo" || word == "file" {
                return true
            }
        }
        return line.tokens.count <= 20 && !endsWithStop(line)
    }

    private func isSlash(_ i: Int) -> Bool {
        i < tokens.count && tokens[i].kind == .punct && text.bytes[Int(tokens[i].start)] == UInt8(ascii: "/")
    }

    /// "ISLAMABAD, Jan 11 (APP):", "MOSCOW, June 20 —", "New Delhi, 14 March:" at the head of the story.
    private func findDateline(_ line: Line) {
        let start = line.tokens.lowerBound
        var j = start
        var city: City?
        if let (c, m) = self.city(at: j) {
            city = c
            j = Int(m.end)
        } else {
            while j < line.tokens.upperBound, j - start < 4, tokens[j].kind == .word, tokens[j].isAllCaps { j += 1 }
            if j == start { return }
        }
        var date: DateMention?
        if sym(j) == cues.w.comma {
            if let d = dates(in: (j + 1)..<min(line.tokens.upperBound, j + 8)).first, d.tokens.lowerBound == j + 1 {
                date = d
                j = d.tokens.upperBound
            }
        }
        if sym(j) == cues.w.lparen {
            var k = j + 1
            while k < line.tokens.upperBound, k - j < 6, sym(k) != cues.w.rparen { k += 1 }
            if sym(k) == cues.w.rparen { j = k + 1 }
        } else if date != nil, isSlash(j) {
            // "Ulaanbaatar, June 21 /MONTSAME/.": an agency between slashes.
            var k = j + 1
            while k < line.tokens.upperBound, k - j < 6, !isSlash(k) { k += 1 }
            if k < line.tokens.upperBound, k > j + 1 { j = k + 1 }
        }
        // "Baku, 15 November. Political consultations …": a city and a date closed by a full stop.
        // (The date may already hold the stop: "November." reads like an abbreviated month.)
        if city != nil, date != nil, j > start, sym(j - 1) == cues.w.period, j < line.tokens.upperBound {
            dateline = Dateline(city: city, date: date, span: span(start..<j), storyStart: j)
            return
        }
        let stop = city != nil && date != nil && sym(j) == cues.w.period && j + 1 < line.tokens.upperBound
        guard j < line.tokens.upperBound, sym(j) == cues.w.colon || sym(j) == cues.w.hyphen || stop else { return }
        if city == nil && date == nil && !tokens[start].isAllCaps { return }
        dateline = Dateline(city: city, date: date, span: span(start..<(j + 1)), storyStart: j + 1)
    }
}
