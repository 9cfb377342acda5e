/// Interned normalized token forms: each distinct form gets a dense `Int32` id.
///
/// Built once (by the lexicon) and then only read, so one table serves every reader thread.
public struct SymbolTable: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32] = [Int32](repeating: -1, count: 1024)

    /// Creates an empty table.
    public init() {}

    /// The number of symbols.
    public var count: Int { starts.count }

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
        starts.append(Int32(arena.count))
        arena.append(contentsOf: form)
        ends.append(Int32(arena.count))
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
        return String(decoding: arena[Int(starts[Int(id)])..<Int(ends[Int(id)])], as: UTF8.self)
    }

    /// The byte length of an id's form.
    public func length(_ id: Int32) -> Int {
        id < 0 ? 0 : Int(ends[Int(id)] - starts[Int(id)])
    }

    private func find(_ form: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int32? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[i]
            if id < 0 { return nil }
            if hashes[Int(id)] == h && equals(Int(id), form) { return id }
            i = (i + 1) & mask
        }
    }

    private func equals(_ id: Int, _ form: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(starts[id])
        let e = Int(ends[id])
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
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = id
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
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
