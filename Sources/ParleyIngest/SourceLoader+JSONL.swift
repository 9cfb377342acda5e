import Foundation
import ParleyModel

extension SourceLoader {
    /// One document per non-blank line; a bad line is an error in its place and the others go on.
    static func loadJSONL(_ bytes: ArraySlice<UInt8>, path: String, given: GivenFacts) -> [Result<
        SourceDocument, IngestError
    >] {
        var results: [Result<SourceDocument, IngestError>] = []
        var start = bytes.startIndex
        var number = 0
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            number += 1
            let line = bytes[start..<end]
            start = min(end + 1, bytes.endIndex)
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            results.append(JSONLine(path: path, number: number, given: given).document(line))
        }
        return results
    }
}

/// One line of a JSONL file: {"id", "text", "published", "title", "source_url", "publisher"}.
struct JSONLine {
    var path: String
    var number: Int
    var given: GivenFacts

    /// The line's document, or why it has none.
    func document(_ line: ArraySlice<UInt8>) -> Result<SourceDocument, IngestError> {
        if let problem = UTF8Validation.firstProblem(in: line) { return .failure(problem.error(path: path)) }
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) else {
            return .failure(bad("not valid JSON"))
        }
        guard let object = parsed as? [String: Any] else { return .failure(bad("not a JSON object")) }
        guard let text = object["text"] as? String else { return .failure(bad("no \"text\" string")) }
        guard let id = identifier(object["id"]) else { return .failure(bad("\"id\" is neither a string nor a number")) }
        var document = SourceDocument(origin: "\(path)#L\(number)", text: text, externalID: id)
        document.title = string(object, "title", &document.warnings)
        document.publisher = string(object, "publisher", &document.warnings)
        document.sourceURL = string(object, "source_url", &document.warnings) ?? given.sourceURL
        document.published = date(object, &document.warnings) ?? given.published
        if text.trimmingWhitespace().isEmpty { document.warnings.append("no text: \"text\" is empty") }
        return .success(document)
    }

    private func bad(_ reason: String) -> IngestError { .badLine(path: path, line: number, reason: reason) }

    /// The id as text; `.some(nil)` when absent, nil when of another type.
    private func identifier(_ value: Any?) -> String?? {
        switch value {
        case nil, is NSNull: return .some(nil)
        case let text as String: return .some(text)
        case let number as NSNumber: return .some(number.stringValue)
        default: return nil
        }
    }

    /// A string field, trimmed; a value of another type is ignored with a warning.
    private func string(_ object: [String: Any], _ key: String, _ warnings: inout [String]) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else {
            warnings.append("\"\(key)\" is not a string (ignored)")
            return nil
        }
        return Optional(text).nonBlank
    }

    private func date(_ object: [String: Any], _ warnings: inout [String]) -> ISODate? {
        guard let raw = string(object, "published", &warnings) else { return nil }
        guard let date = DateValue.parse(raw) else {
            warnings.append(DateValue.warning(raw, from: "\"published\""))
            return nil
        }
        return date
    }
}
