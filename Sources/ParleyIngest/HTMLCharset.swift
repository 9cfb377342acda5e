/// The character encoding of an HTML page, as the page declares it and as libxml2 should be told.
enum HTMLCharset {
    /// How far into the page to look for a `<meta>` charset.
    static let scanLimit = 16_384

    /// The charset named by a `<meta charset>` or `<meta http-equiv … content="…; charset=…">` near the
    /// start of the page, lowercased.
    static func declared<C: Collection>(in bytes: C) -> String? where C.Element == UInt8 {
        let head = String(decoding: bytes.prefix(scanLimit).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var rest = head[...]
        while let meta = rest.firstRange(of: "<meta") {
            let tag = rest[meta.upperBound...].prefix { $0 != ">" }
            if let name = charset(inTag: tag) { return name }
            rest = rest[meta.upperBound...]
        }
        return nil
    }

    /// Whether a charset name means UTF-8.
    static func isUTF8(_ name: String) -> Bool {
        ["utf-8", "utf8", "unicode-1-1-utf-8"].contains(name)
    }

    /// The encoding to hand libxml2: "UTF-8" when the bytes are valid UTF-8 (whatever the page claims, since a
    /// wrong label is far likelier than Latin-1 that happens to be valid UTF-8) or when the page declares nothing
    /// or UTF-8; nil when the page declares another charset, so that libxml2 converts from it.
    static func parserEncoding(for bytes: [UInt8]) -> String? {
        if UTF8Validation.firstProblem(in: bytes, allowingNUL: true) == nil { return "UTF-8" }
        guard let name = declared(in: bytes), !isUTF8(name) else { return "UTF-8" }
        return nil
    }

    /// The value after `charset=` in the text of one tag.
    private static func charset(inTag tag: Substring) -> String? {
        guard let key = tag.firstRange(of: "charset") else { return nil }
        var value = tag[key.upperBound...].drop { $0 == " " }
        guard value.first == "=" else { return nil }
        value = value.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let name = value.prefix { !" \"';/>".contains($0) }
        return name.isEmpty ? nil : String(name)
    }
}
