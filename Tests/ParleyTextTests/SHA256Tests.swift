import ParleyText
import Testing

@Suite struct SHA256Tests {
    /// FIPS 180-4 examples, plus lengths around the padding boundaries (values from Python's hashlib).
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
        (String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (String(repeating: "a", count: 63), "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (String(repeating: "a", count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (String(repeating: "a", count: 119), "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (String(repeating: "a", count: 120), "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
        ("Çavuşoğlu’s", "d2428253b6724f3986e1e2c3c9322aa21060c4d016e912984eb114a4704558a7"),
    ])
    func sha256_matchesKnownDigests(message: String, hex: String) {
        #expect(SHA256.hex(Array(message.utf8)) == hex)
    }

    @Test func sha256_digestIsBigEndianWordsOfHex() {
        let words = SHA256.digest(Array("abc".utf8))
        #expect(words == [0xba78_16bf, 0x8f01_cfea, 0x4141_40de, 0x5dae_2223, 0xb003_61a3, 0x9617_7a9c, 0xb410_ff61, 0xf200_15ad])
    }

    @Test func sha256_hexIsSixtyFourLowercaseDigits() {
        let hex = SHA256.hex([0xFF, 0x00, 0x10])
        #expect(hex.utf8.count == 64)
        #expect(hex.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) })
    }

    @Test func sha256_oneBitChangesTheDigest() {
        #expect(SHA256.hex(Array("abc".utf8)) != SHA256.hex(Array("abd".utf8)))
        #expect(SHA256.hex([0]) != SHA256.hex([]))
    }
}
