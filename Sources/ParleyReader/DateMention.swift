import ParleyLexicon
import ParleyModel

/// A date expression in the text, before it is resolved against the publication date.
struct DateMention {
    enum Kind: Equatable {
        /// A full or partial date with its year ("20 June 2023", "June 2023").
        case absolute(ISODate)
        /// Day and month with no year ("20 June").
        case dayMonth(month: Int, day: Int)
        /// A weekday ("on Tuesday"), 0 = Monday.
        case weekday(Int)
        /// Days from the publication date ("yesterday" = -1).
        case relative(Int)
    }

    var tokens: Range<Int>
    var kind: Kind

    /// The calendar date, resolved against `published`; `forward` picks the next weekday, not the last.
    func resolve(published: ISODate?, forward: Bool) -> ISODate? {
        switch kind {
        case .absolute(let d): return d
        case .dayMonth(let month, let day):
            guard let published else { return nil }
            var d = ISODate(year: published.year, month: month, day: min(day, ISODate.daysIn(month: month, year: published.year)))
            if !forward && d.dayNumber > published.dayNumber + 7 { d.year -= 1 }
            if forward && d.dayNumber < published.dayNumber - 7 { d.year += 1 }
            return d
        case .weekday(let w):
            guard let published, published.precision == .day else { return nil }
            let delta = (w - published.weekday + 7) % 7
            return published.adding(days: forward ? delta : (delta == 0 ? 0 : delta - 7))
        case .relative(let days):
            guard let published, published.precision == .day else { return nil }
            return published.adding(days: days)
        }
    }
}

extension Analysis {
    /// Finds every date expression in the text.
    func tagDates() {
        var out: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if let d = dateMention(at: i) {
                out.append(d)
                i = d.tokens.upperBound
            } else {
                i += 1
            }
        }
        dates = out
    }

    private func dateMention(at i: Int) -> DateMention? {
        let t = tokens[i]
        guard t.kind == .number || t.hasDigit || mentionAt[i] >= 0 || cues.relativeWords.contains(t.sym) else { return nil }
        if cues.relativeWords.contains(sym(i)), let rel = cues.relative[sym(i)] { return DateMention(tokens: i..<(i + 1), kind: .relative(rel)) }
        if let (m, e) = entry(at: i, .weekday) { return DateMention(tokens: i..<Int(m.end), kind: .weekday(Int(e.row))) }
        if let iso = isoDate(at: i) { return iso }
        if let day = dayNumber(at: i) {
            var j = i + 1
            if sym(j) == cues.w.of { j += 1 }
            if let (m, e) = entry(at: j, .month) {
                return withYear(start: i, after: skipPeriod(Int(m.end)), month: Int(e.row), day: day)
            }
            return nil
        }
        if let (m, e) = entry(at: i, .month) {
            let after = skipPeriod(Int(m.end))
            if let day = dayNumber(at: after) {
                return withYear(start: i, after: after + 1, month: Int(e.row), day: day)
            }
            if let year = yearNumber(at: after) {
                return DateMention(tokens: i..<(after + 1), kind: .absolute(ISODate(year: year, month: Int(e.row))))
            }
        }
        return nil
    }

    private func skipPeriod(_ j: Int) -> Int { sym(j) == cues.w.period && !tokens[j].hasSpaceBefore ? j + 1 : j }

    private func withYear(start: Int, after: Int, month: Int, day: Int) -> DateMention {
        var j = after
        if sym(j) == cues.w.comma { j += 1 }
        if let year = yearNumber(at: j) {
            let d = ISODate(year: year, month: month, day: min(day, ISODate.daysIn(month: month, year: year)))
            return DateMention(tokens: start..<(j + 1), kind: .absolute(d))
        }
        return DateMention(tokens: start..<after, kind: .dayMonth(month: month, day: day))
    }

    private func isoDate(at i: Int) -> DateMention? {
        guard let y = yearNumber(at: i), sym(i + 1) == cues.w.hyphen, let m = number(at: i + 2), (1...12).contains(m),
            sym(i + 3) == cues.w.hyphen, let d = number(at: i + 4), d >= 1, d <= ISODate.daysIn(month: m, year: y)
        else { return nil }
        return DateMention(tokens: i..<(i + 5), kind: .absolute(ISODate(year: y, month: m, day: d)))
    }

    /// A whole number token's value.
    func number(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].length <= 9 else { return nil }
        var v = 0
        for b in text.bytes[Int(tokens[i].start)..<Int(tokens[i].end)] { v = v * 10 + Int(b - 48) }
        return v
    }

    /// A four-digit year 1900...2199.
    func yearNumber(at i: Int) -> Int? {
        guard let v = number(at: i), tokens[i].length == 4, (1900...2199).contains(v) else { return nil }
        return v
    }

    /// A day of the month, as "20" or "20th".
    func dayNumber(at i: Int) -> Int? {
        if let v = number(at: i), tokens[i].length <= 2, (1...31).contains(v) { return v }
        if let v = digitOrdinal(at: i), (1...31).contains(v) { return v }
        return nil
    }

    /// An ordinal written with digits: "5th", "21st", "2nd", "3rd".
    func digitOrdinal(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].hasDigit else { return nil }
        let bytes = text.bytes[Int(tokens[i].start)..<Int(tokens[i].end)]
        var v = 0
        var digits = 0
        var suffix: [UInt8] = []
        for b in bytes {
            if b >= 48 && b <= 57 && suffix.isEmpty {
                digits += 1
                if digits > 4 { return nil }
                v = v * 10 + Int(b - 48)
            } else {
                suffix.append(b | 0x20)
            }
        }
        guard digits > 0, digits <= 4, ["st", "nd", "rd", "th"].contains(String(decoding: suffix, as: UTF8.self)) else {
            return nil
        }
        return v
    }

    /// An ordinal at token `i` in words or digits, with the token index after it.
    func ordinal(at i: Int) -> (value: Int, end: Int)? {
        if let v = digitOrdinal(at: i) { return (v, i + 1) }
        if let (m, e) = entry(at: i, .ordinal) { return (Int(e.row), Int(m.end)) }
        return nil
    }

    /// The date mentions that start inside a token range.
    /// (The document's dates stand in text order: the first is found by halving and the run read in place, where a filter
    /// of every date per call cost the event stage more than the rest of its date's work.)
    func dates(in range: Range<Int>) -> ArraySlice<DateMention> {
        var lo = 0
        var hi = dates.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if dates[mid].tokens.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < dates.count, dates[end].tokens.lowerBound < range.upperBound { end += 1 }
        return dates[lo..<end]
    }
}
