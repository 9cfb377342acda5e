/// What makes bytes unusable as text.
enum UTF8Problem: Equatable, Sendable {
    /// Not valid UTF-8 from this offset (an index into the checked collection) on.
    case invalid(offset: Int)
    /// A NUL byte at this offset (an index into the checked collection).
    case nul(offset: Int)

    /// The matching error for a file.
    func error(path: String) -> IngestError {
        switch self {
        case .invalid(let offset): return .invalidUTF8(path: path, offset: offset)
        case .nul(let offset): return .binary(path: path, offset: offset)
        }
    }
}

/// A strict UTF-8 validator: no overlong forms, no surrogates, nothing above U+10FFFF, no NUL.
enum UTF8Validation {
    /// The first problem in `bytes` (offsets are their indices, so a slice reports offsets in the whole),
    /// or nil when they are valid text; NUL bytes pass when `allowingNUL`.
    static func firstProblem<C: Collection>(in bytes: C, allowingNUL: Bool = false) -> UTF8Problem?
    where C.Element == UInt8, C.Index == Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 && !allowingNUL { return .nul(offset: i) }
                i += 1
                continue
            }
            guard let width = sequenceWidth(bytes, at: i) else { return .invalid(offset: i) }
            i += width
        }
        return nil
    }

    /// The index of the first NUL byte, if any.
    static func firstNUL<C: Collection>(in bytes: C) -> Int? where C.Element == UInt8, C.Index == Int {
        bytes.firstIndex(of: 0)
    }

    /// The length of the valid multi-byte sequence starting at `i`, or nil.
    private static func sequenceWidth<C: Collection>(_ bytes: C, at i: Int) -> Int?
    where C.Element == UInt8, C.Index == Int {
        let (need, lo, hi) = lead(bytes[i])
        guard need > 0, i + need < bytes.endIndex else { return nil }
        let second = bytes[i + 1]
        guard second >= lo, second <= hi else { return nil }
        for k in stride(from: 2, through: need, by: 1) where bytes[i + k] & 0xC0 != 0x80 {
            return nil
        }
        return need + 1
    }

    /// Continuation bytes needed after a lead byte, and the allowed range of the first one (0 when not a lead).
    private static func lead(_ b: UInt8) -> (Int, UInt8, UInt8) {
        switch b {
        case 0xC2...0xDF: return (1, 0x80, 0xBF)
        case 0xE0: return (2, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (2, 0x80, 0xBF)
        case 0xED: return (2, 0x80, 0x9F)
        case 0xF0: return (3, 0x90, 0xBF)
        case 0xF1...0xF3: return (3, 0x80, 0xBF)
        case 0xF4: return (3, 0x80, 0x8F)
        default: return (0, 0, 0)
        }
    }

    /// `bytes` without a leading UTF-8 byte order mark.
    static func droppingBOM(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return bytes[3...] }
        return bytes[...]
    }
}
