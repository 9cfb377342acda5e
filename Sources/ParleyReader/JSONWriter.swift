/// A small streaming JSON writer that keeps keys in the order they are written.
public struct JSONWriter {
    /// The JSON text so far.
    public private(set) var output: String = ""
    private var needsComma: [Bool] = [false]

    /// Creates an empty writer.
    public init() {}

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    /// Opens an object (as a value).
    public mutating func beginObject() {
        separate()
        output += "{"
        needsComma.append(false)
    }

    /// Closes an object.
    public mutating func endObject() {
        needsComma.removeLast()
        output += "}"
    }

    /// Opens an array (as a value).
    public mutating func beginArray() {
        separate()
        output += "["
        needsComma.append(false)
    }

    /// Closes an array.
    public mutating func endArray() {
        needsComma.removeLast()
        output += "]"
    }

    /// Writes a key; the next call writes its value.
    public mutating func key(_ k: String) {
        separate()
        Self.quote(k, into: &output)
        output += ":"
        needsComma[needsComma.count - 1] = false
    }

    /// Writes a string or null.
    public mutating func string(_ s: String?) {
        separate()
        if let s { Self.quote(s, into: &output) } else { output += "null" }
    }

    /// Writes an integer or null.
    public mutating func int(_ v: Int?) {
        separate()
        output += v.map(String.init) ?? "null"
    }

    /// Writes a number.
    public mutating func double(_ v: Double) {
        separate()
        output += v == v.rounded() && abs(v) < 1e15 ? String(format1: v) : String(v)
    }

    /// Writes a boolean.
    public mutating func bool(_ v: Bool) {
        separate()
        output += v ? "true" : "false"
    }

    /// Writes null.
    public mutating func null() {
        separate()
        output += "null"
    }

    /// Writes `"key": "value"`.
    public mutating func field(_ k: String, _ s: String?) {
        key(k)
        string(s)
    }

    /// Writes `"key": int`.
    public mutating func field(_ k: String, _ v: Int?) {
        key(k)
        int(v)
    }

    /// Writes `"key": [strings]`.
    public mutating func field(_ k: String, _ list: [String]) {
        key(k)
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    /// Appends a JSON string literal.
    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}

extension String {
    /// "1.0" for whole numbers, so scores read as numbers with one decimal.
    init(format1 v: Double) {
        self = String(Int(v)) + ".0"
    }
}
