import ParleyLexicon
import ParleyModel

/// Stage 5: the meeting's date, venue and format, never read from next-round or earlier-round sentences.
extension Analysis {
    /// The first date in the lead, resolved against the publication date; else the dateline's.
    func resolveDate(_ meeting: inout Meeting, lead: [Int]) {
        let forward = meeting.status == .planned
        for si in lead where zones[si] == .story || zones[si] == .title {
            for d in dates(in: sentences[si].tokens) where !isInsideDateline(d) {
                if let date = d.resolve(published: published, forward: forward) {
                    meeting.date = date
                    meeting.evidence["date"] = Evidence(span: span(d.tokens), rule: rule(for: d))
                    return
                }
            }
        }
        if let d = dateline?.date, let date = d.resolve(published: published, forward: forward) {
            meeting.date = date
            meeting.evidence["date"] = Evidence(span: span(d.tokens), rule: "rule.date.dateline")
        }
    }

    private func rule(for d: DateMention) -> String {
        switch d.kind {
        case .absolute: return "rule.date.absolute"
        case .dayMonth: return "rule.date.day-month+published-year"
        case .weekday: return "rule.date.weekday+published"
        case .relative: return "rule.date.relative+published"
        }
    }

    private func isInsideDateline(_ d: DateMention) -> Bool {
        guard let dl = dateline else { return false }
        return d.tokens.lowerBound < dl.storyStart && Int(tokens[d.tokens.lowerBound].start) >= dl.span.start
    }

    /// Venue from "in [City]" / "held in [Country]" in meeting sentences, a building plus the dateline city,
    /// or the dateline; format virtual on "videoconference"-style words.
    func resolvePlace(_ meeting: inout Meeting, anchor: Int, story: [Int]) {
        if meeting.kind == .call {
            meeting.format = .virtual
            meeting.evidence["format"] = Evidence(span: sentences[anchor].span, rule: "rule.format.call")
            return
        }
        let candidates = [anchor] + story.filter { $0 != anchor && isMeetingSentence($0) }
        if let (si, k) = candidates.lazy.compactMap({ si in self.virtualCue(in: si).map { (si, $0) } }).first {
            meeting.format = .virtual
            meeting.evidence["format"] = Evidence(span: span(k..<(k + 1)), rule: "rule.format.virtual")
            _ = si
            return
        }
        for si in candidates {
            if let (venue, r, rule) = venue(in: si) {
                meeting.venue = venue
                meeting.evidence["venue"] = Evidence(span: span(r), rule: rule)
                break
            }
        }
        if meeting.venue == nil, meeting.status != .planned, let dl = dateline, let city = dl.city {
            meeting.venue = Venue(city: city.name, country: city.country)
            meeting.evidence["venue"] = Evidence(span: dl.span, rule: "rule.venue.dateline")
        }
        if let v = meeting.venue {
            meeting.format = .inPerson
            meeting.evidence["format"] = meeting.evidence["venue"].map { Evidence(span: $0.span, rule: "rule.format.venue") }
            if v.city == nil && v.country == nil { meeting.venue = nil }
        }
    }

    private func isMeetingSentence(_ si: Int) -> Bool {
        let r = sentences[si].tokens
        return r.contains { isAny($0, cues.meetingVerbs) || (mention(startingAt: $0).map { lexicon.hasEntry($0, .mechanism) } ?? false) }
    }

    private func virtualCue(in si: Int) -> Int? {
        for k in sentences[si].tokens {
            if isAny(k, cues.virtualWords) { return k }
            if sym(k) == cues.video, isAny(k + 1, cues.videoFollowers) || isAny(k + 2, cues.videoFollowers) { return k }
        }
        return nil
    }

    /// "in Islamabad", "at the Foreign Office in Moscow", "held in China".
    private func venue(in si: Int) -> (Venue, Range<Int>, String)? {
        let r = sentences[si].tokens
        let start = max(r.lowerBound, si == sentenceIndex(ofToken: dateline?.storyStart ?? -1) ? dateline!.storyStart : r.lowerBound)
        for k in start..<r.upperBound where sym(k) == cues.w.in_ || sym(k) == cues.w.at {
            var j = k + 1
            if city(at: j) == nil, sym(j) == cues.w.the { j += 1 }
            if let c = city(at: j), sym(Int(c.mention.end)) != cues.w.s, !isAny(Int(c.mention.end), cues.buildingWords), !isPartOfPerson(j) {
                return (Venue(city: c.city.name, country: c.city.country), k..<Int(c.mention.end), "rule.venue.in-city")
            }
            if isAny(j, cues.buildingWords) || isAny(j + 1, cues.buildingWords) || isAny(j + 2, cues.buildingWords) {
                if let dl = dateline, let city = dl.city {
                    return (Venue(city: city.name, country: city.country), k..<min(r.upperBound, j + 3), "rule.venue.building+dateline")
                }
            }
        }
        // ("Brasília hosted on 24 August the sixth meeting of …": a city that hosts is the venue.)
        for k in r where sym(k) == cues.w.hosted && k - 1 >= r.lowerBound {
            if let m = mention(covering: k - 1), Int(m.end) == k, let c = city(at: Int(m.start)), Int(c.mention.end) == k {
                return (Venue(city: c.city.name, country: c.city.country), Int(m.start)..<(k + 1), "rule.venue.city-hosted")
            }
        }
        for k in r where sym(k) == cues.w.held || sym(k) == cues.w.hosted {
            if sym(k + 1) == cues.w.in_, let c = country(at: k + 2), lexicon.hasEntry(c.mention, .country) {
                return (Venue(city: nil, country: c.iso3), k..<Int(c.mention.end), "rule.venue.in-country")
            }
        }
        return nil
    }

    private func isPartOfPerson(_ j: Int) -> Bool {
        // "Ambassador in Islamabad": a city right after a title is the post, not the venue.
        var k = j - 1
        while k >= 0, sym(k) == cues.w.in_ || sym(k) == cues.w.at || sym(k) == cues.w.the { k -= 1 }
        // ("at the level of deputy foreign ministers in Kyiv": a plural title holds no post there.)
        if k >= 0, tokens[k].kind == .word, !tokens[k].isCapitalized, tokens[k].length > 3, text.bytes[Int(tokens[k].end) - 1] == UInt8(ascii: "s"),
            sym(k) != cues.w.affairs
        {
            return false
        }
        return k >= 0 && mention(covering: k).map { lexicon.hasEntry($0, .title) } == true
    }
}
