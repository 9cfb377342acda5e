/// Why bytes are not readable text.
public enum TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not valid UTF-8 from this byte offset on.
    case invalidUTF8(offset: Int)
    /// A NUL byte at this offset: the input is binary, not text.
    case binary(offset: Int)

    /// One line for a user.
    public var description: String {
        switch self {
        case .invalidUTF8(let offset):
            return "not valid UTF-8 at byte offset \(offset); convert the file to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)"
        case .binary(let offset):
            return "binary data (NUL byte) at byte offset \(offset); give a text or HTML file"
        }
    }
}

/// Validates UTF-8 strictly (no overlongs, no surrogates, nothing above U+10FFFF) and rejects NUL bytes.
public enum UTF8Check {
    /// Returns nil when `bytes` are valid text, else the first problem.
    public static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> TextDecodingError? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 { return .binary(offset: i) }
                i += 1
                continue
            }
            let need: Int
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return .invalidUTF8(offset: i)
            }
            if i + need >= n { return .invalidUTF8(offset: i) }
            let c1 = bytes[i + 1]
            if c1 < lo || c1 > hi { return .invalidUTF8(offset: i) }
            for k in 2..<(need + 1) where bytes[i + k] & 0xC0 != 0x80 {
                return .invalidUTF8(offset: i)
            }
            i += need + 1
        }
        return nil
    }

    /// Returns nil when `bytes` are valid text, else the first problem.
    public static func problem(in bytes: [UInt8]) -> TextDecodingError? {
        bytes.withUnsafeBufferPointer { problem(in: $0) }
    }
}
