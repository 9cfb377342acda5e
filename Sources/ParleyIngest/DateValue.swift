import ParleyModel

/// Reads dates written in files: ISO dates, or ISO date-times whose first ten characters are the date.
enum DateValue {
    /// `2024-07-31`, `2024-07`, `2024`, or `2024-07-31T10:00:00Z` (the date part); nil for anything else.
    static func parse(_ raw: String) -> ISODate? {
        let text = raw.trimmingWhitespace()
        if let date = ISODate(iso: text) { return date }
        guard text.count > 10 else { return nil }
        let head = text.prefix(10)
        let next = text[head.endIndex]
        guard !next.isNumber, next != "-" else { return nil }
        return ISODate(iso: String(head))
    }

    /// A warning for a date that could not be read.
    static func warning(_ raw: String, from place: String) -> String {
        "\(place) '\(raw)' is not a date; write YYYY-MM-DD (ignored)"
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
