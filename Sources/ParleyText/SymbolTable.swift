/// Interned normalized token forms: each distinct form gets a dense `Int32` id.
///
/// Built once (by the lexicon) and then only read, so one table serves every reader thread.
public struct SymbolTable: Sendable {
    private var arena: [UInt8] = []
    /// Each form's start and end in `arena`, side by side (one cache line holds both).
    private var bounds: [SIMD2<Int32>] = []
    private var hashes: [UInt64] = []
    /// The open-addressing table: a slot holds the hash's high 32 bits over the id's 32 bits, or `Self.empty`. (A
    /// probe compares the hash bits in the slot itself and reads a form's bytes only when they agree.)
    private var slots: [UInt64] = [UInt64](repeating: Self.empty, count: 1024)
    private static let empty = UInt64.max

    /// Creates an empty table.
    public init() {}

    /// The number of symbols.
    public var count: Int { bounds.count }

    /// Returns the id of `form`, adding it when new.
    @discardableResult
    public mutating func intern(_ form: String) -> Int32 {
        var copy = Array(form.utf8)
        return copy.withUnsafeMutableBufferPointer { intern(UnsafeBufferPointer($0)) }
    }

    /// Returns the id of the bytes, adding them when new.
    @discardableResult
    public mutating func intern(_ form: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Self.hash(form)
        if let found = find(form, h) { return found }
        if (count + 1) * 2 > slots.count { grow() }
        let id = Int32(count)
        let start = Int32(arena.count)
        arena.append(contentsOf: form)
        bounds.append(SIMD2(start, Int32(arena.count)))
        hashes.append(h)
        place(id, h)
        return id
    }

    /// The id of the bytes, or -1 when they are not in the table.
    public func lookup(_ form: UnsafeBufferPointer<UInt8>) -> Int32 {
        find(form, Self.hash(form)) ?? -1
    }

    /// The id of bytes whose FNV-1a hash the caller already computed, or -1.
    public func lookup(_ form: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        find(form, hash) ?? -1
    }

    /// The FNV-1a 64-bit offset basis; fold bytes in with ``SymbolTable/fold(_:_:)``.
    public static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Folds one byte into an FNV-1a 64-bit hash.
    @inline(__always) public static func fold(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    /// The id of a string, or -1.
    public func lookup(_ form: String) -> Int32 {
        var copy = Array(form.utf8)
        return copy.withUnsafeMutableBufferPointer { lookup(UnsafeBufferPointer($0)) }
    }

    /// The form of an id.
    public func string(_ id: Int32) -> String {
        guard id >= 0, Int(id) < count else { return "" }
        let b = bounds[Int(id)]
        return String(decoding: arena[Int(b.x)..<Int(b.y)], as: UTF8.self)
    }

    /// The byte length of an id's form.
    public func length(_ id: Int32) -> Int {
        guard id >= 0 else { return 0 }
        let b = bounds[Int(id)]
        return Int(b.y - b.x)
    }

    private func find(_ form: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int32? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        let high = h >> 32
        while true {
            let slot = slots[i]
            if slot == Self.empty { return nil }
            if slot >> 32 == high {
                let id = Int32(truncatingIfNeeded: slot)
                if equals(Int(id), form) { return id }
            }
            i = (i + 1) & mask
        }
    }

    private func equals(_ id: Int, _ form: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = bounds[id]
        let s = Int(b.x)
        let e = Int(b.y)
        guard e - s == form.count else { return false }
        var k = 0
        while k < form.count {
            if arena[s + k] != form[k] { return false }
            k += 1
        }
        return true
    }

    private mutating func place(_ id: Int32, _ h: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != Self.empty { i = (i + 1) & mask }
        slots[i] = (h >> 32) << 32 | UInt64(UInt32(bitPattern: id))
    }

    private mutating func grow() {
        slots = [UInt64](repeating: Self.empty, count: slots.count * 2)
        for id in 0..<count { place(Int32(id), hashes[id]) }
    }

    static func hash(_ form: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in form {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }
}
