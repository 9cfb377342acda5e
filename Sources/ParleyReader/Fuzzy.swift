import ParleyText

/// One-edit spelling correction for long lowercase words the lexicon does not know ("organided" -> "organised").
///
/// A deletion index (every known form of 8+ bytes with each byte deleted in turn) finds candidates
/// without generating edits of the whole alphabet; a candidate is used only when it is unique.
struct FuzzyIndex: Sendable {
    private var keys = SymbolTable()
    private var targets: [Int32] = []
    private let minLength = 8

    init(symbols: SymbolTable, excluding: Set<Int32> = []) {
        for id in 0..<Int32(symbols.count) where !excluding.contains(id) {
            let form = Array(symbols.string(id).utf8)
            guard form.count >= minLength, form.allSatisfy({ $0 >= 97 && $0 <= 122 || $0 == 45 }) else { continue }
            add(form, id)
            for k in form.indices {
                var d = form
                d.remove(at: k)
                add(d, id)
            }
        }
    }

    private mutating func add(_ key: [UInt8], _ id: Int32) {
        let k = key.withUnsafeBufferPointer { keys.intern($0) }
        if Int(k) == targets.count {
            targets.append(id)
        } else if targets[Int(k)] != id {
            targets[Int(k)] = -2  // ambiguous
        }
    }

    /// The known form one edit away from `word`, if exactly one is.
    func correct(_ word: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard word.count >= minLength, word.count <= 64 else { return nil }
        var found: Int32?
        func consider(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
            let k = keys.lookup(key)
            guard k >= 0 else { return true }
            let t = targets[Int(k)]
            if t == -2 { return false }
            if let f = found, f != t { return false }
            found = t
            return true
        }
        guard consider(word) else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { buf -> Int32? in
            for skip in 0..<word.count {
                var n = 0
                for (i, b) in word.enumerated() where i != skip {
                    buf[n] = b
                    n += 1
                }
                guard consider(UnsafeBufferPointer(rebasing: buf[0..<n])) else { return nil }
            }
            return found
        }
    }
}
