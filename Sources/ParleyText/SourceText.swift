import ParleyModel

/// The input text as UTF-8 bytes, with the mapping from byte offsets to Unicode-scalar offsets.
///
/// Nothing here ever changes the text: every token, sentence and mention is a span of `bytes`.
public struct SourceText: Sendable {
    /// The text's UTF-8 bytes, exactly as given.
    public let bytes: [UInt8]
    /// Scalar offset of each byte offset (count + 1 entries); empty when the text is ASCII.
    private let scalarIndex: [Int32]

    /// Wraps a string's UTF-8.
    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Wraps bytes that are known to be valid UTF-8.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            scalarIndex = []
        } else {
            var index = [Int32](repeating: 0, count: bytes.count + 1)
            var scalars: Int32 = 0
            for (i, b) in bytes.enumerated() {
                if b & 0xC0 != 0x80 { scalars += 1 }
                index[i + 1] = scalars
            }
            scalarIndex = index
        }
    }

    /// Whether every byte is ASCII (byte and scalar offsets agree).
    public var isASCII: Bool { scalarIndex.isEmpty }

    /// The number of Unicode scalars up to a byte offset.
    public func scalarOffset(ofByte offset: Int) -> Int {
        scalarIndex.isEmpty ? offset : Int(scalarIndex[offset])
    }

    /// Converts a byte span to a scalar span.
    public func scalarSpan(_ span: Span) -> Span {
        Span(start: scalarOffset(ofByte: span.start), end: scalarOffset(ofByte: span.end))
    }

    /// The text of a byte span.
    public func string(_ span: Span) -> String {
        String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    /// The text of a byte range.
    public func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
