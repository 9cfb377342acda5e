import Foundation
import ParleyModel
import ParleyReader
import ParleyStore

/// The back ends the contract suite runs on: SQLite always; PostgreSQL when PARLEY_TEST_POSTGRES names a server
/// (`.ci/run` starts one and sets it). Every test gets a fresh database (a temp file, or a fresh schema).
enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite, postgres

    static var available: [Backend] {
        ProcessInfo.processInfo.environment["PARLEY_TEST_POSTGRES"].map { !$0.isEmpty } == true ? [.sqlite, .postgres] : [.sqlite]
    }

    var description: String { rawValue }

    func freshLocation() throws -> StoreLocation {
        let token = UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        switch self {
        case .sqlite:
            return .sqlite(path: NSTemporaryDirectory() + "parley-\(token).sqlite")
        case .postgres:
            let base = ProcessInfo.processInfo.environment["PARLEY_TEST_POSTGRES"]!
            return try StoreLocation.parse(base + (base.contains("?") ? "&" : "?") + "schema=t_\(token)")
        }
    }

    func openFresh() async throws -> RecordStore { try await RecordStore.open(try freshLocation()) }
}

/// Reads small reports for the store tests.
enum Fixture {
    static let reader: Reader = { try! Reader() }()

    static func stored(_ text: String, published: String, origin: String = "test") throws -> (DocumentRecord, Reading) {
        let reading = try reader.read(Document(text: text, published: ISODate(iso: published)))
        let doc = DocumentRecord(
            sha256: reading.document.sha256, title: reading.document.title, published: published, sourceURL: "https://example.org/\(origin)",
            publisher: "Example", origin: origin, text: text, readerVersion: Reader.version)
        return (doc, reading)
    }

    static let reportA = """
        Pakistan and Russia hold consultations
        The fifth round of the Pakistan-Russia Bilateral Political Consultations was held in Islamabad on 20 June 2023. Foreign Secretary Asad Majeed and Russia's Deputy Foreign Minister Andrey Rudenko led their respective delegations. The two sides agreed to expand cooperation in energy and counter-terrorism.
        """
    static let reportB = """
        Russia, Pakistan review ties in Islamabad
        ISLAMABAD, June 20 (APP): Russia and Pakistan held the fifth round of Bilateral Political Consultations here today. Deputy Foreign Minister Andrey Rudenko led the Russian side. The two sides agreed to expand cooperation in energy and counter-terrorism.
        """
    static let reportC = """
        Sixth round in Moscow
        The sixth round of the Pakistan-Russia Bilateral Political Consultations was held in Moscow on 14 May 2024. The sides signed a memorandum on consular cooperation.
        """
    static let reportD = """
        India and Bangladesh talks
        India and Bangladesh held Foreign Office Consultations in Dhaka on 9 December 2024 and agreed to expand trade.
        """
}
