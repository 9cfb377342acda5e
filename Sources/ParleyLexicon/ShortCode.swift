/// A code of at most four ASCII characters (an ISO 3166 alpha-3 country, a CAMEO sector, a CAMEO event code)
/// packed in one integer, first character in the low byte.
///
/// The event stage copies and compares these codes many times per sentence; as `String`s every copy of a draft
/// event retained and released each of them. Packed, a draft is plain data: copied without reference counting,
/// compared in one instruction.
public struct ShortCode: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let raw: UInt32

    /// Packs `text`, or nil when it is empty, longer than four bytes or not ASCII.
    @inlinable public init?(_ text: String) {
        var raw: UInt32 = 0
        var n = 0
        for b in text.utf8 {
            guard n < 4, b != 0, b < 0x80 else { return nil }
            raw |= UInt32(b) << (8 * n)
            n += 1
        }
        guard n > 0 else { return nil }
        self.raw = raw
    }

    /// (Straight-line reads of the literal's bytes, which the optimizer folds to a constant.)
    @inlinable @inline(__always) public init(stringLiteral value: StaticString) {
        let n = value.utf8CodeUnitCount
        precondition(n >= 1 && n <= 4 && value.hasPointerRepresentation, "a short code has one to four characters")
        let p = value.utf8Start
        var raw = UInt32(p[0])
        if n > 1 { raw |= UInt32(p[1]) << 8 }
        if n > 2 { raw |= UInt32(p[2]) << 16 }
        if n > 3 { raw |= UInt32(p[3]) << 24 }
        self.raw = raw
    }

    /// The number of characters.
    @inlinable @inline(__always) public var count: Int { (32 - raw.leadingZeroBitCount + 7) / 8 }

    /// The first character's byte.
    @inlinable @inline(__always) public var first: UInt8 { UInt8(truncatingIfNeeded: raw) }

    /// Whether the code starts with `prefix` ("0311" starts with "031").
    /// (These accessors are always inlined: the event stage's largest functions are past the size at which the optimizer
    /// stops inlining into them, and there each was a call.)
    @inlinable @inline(__always) public func hasPrefix(_ prefix: ShortCode) -> Bool {
        let bits = 8 * prefix.count
        return bits == 32 ? raw == prefix.raw : raw & ((1 << UInt32(bits)) - 1) == prefix.raw
    }

    /// The first two characters ("04" of "040").
    @inlinable @inline(__always) public var prefix2: ShortCode { ShortCode(raw: raw & 0xFFFF) }

    /// A CAMEO code's root as a number (4 for "040"), 0 when the first two characters are no digits.
    @inlinable @inline(__always) public var root: Int {
        let a = Int(raw & 0xFF) - 48
        let b = Int((raw >> 8) & 0xFF) - 48
        return (0...9).contains(a) && (0...9).contains(b) ? a * 10 + b : 0
    }

    @inlinable init(raw: UInt32) { self.raw = raw }

    /// The code as text (a small string: no allocation).
    /// (Written byte by byte into the new string: decoding a slice of the integer's bytes took the generic, slow path.)
    public var description: String {
        let n = count
        let raw = raw
        return String(unsafeUninitializedCapacity: n) { buffer in
            for i in 0..<n { buffer[i] = UInt8(truncatingIfNeeded: raw >> (8 * UInt32(i))) }
            return n
        }
    }
}
