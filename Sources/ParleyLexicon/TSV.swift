/// A problem in a lexicon data file, with its place.
public struct LexiconDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's name.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column (field number), 0 for the whole line.
    public var column: Int
    /// What is wrong.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`.
    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// One data row of a TSV file: its line number and fields by column name.
public struct TSVRow: Sendable {
    /// 1-based line number in the file.
    public var line: Int
    /// The fields, in header order.
    public var fields: [String]
    /// Column name -> index.
    let columns: [String: Int]

    /// The field of a column ("" when absent).
    public subscript(_ column: String) -> String {
        guard let i = columns[column], i < fields.count else { return "" }
        return fields[i]
    }

    /// The `|`-separated values of a column, trimmed, empty ones dropped.
    public func list(_ column: String) -> [String] {
        self[column].split(separator: "|").map { trim(String($0)) }.filter { !$0.isEmpty }
    }

    /// The 1-based column number of a column name.
    public func columnNumber(_ column: String) -> Int { (columns[column] ?? -1) + 1 }
}

/// Parses tab-separated data files: a header row, `#` comments, blank lines ignored.
public enum TSV {
    /// Parses `text`, checking the header has `required` columns and every row has the header's width.
    public static func parse(_ text: String, file: String, required: [String]) -> ([TSVRow], [LexiconDiagnostic]) {
        var rows: [TSVRow] = []
        var diagnostics: [LexiconDiagnostic] = []
        var header: [String]?
        var columns: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.trimmingSpaces.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { trim(String($0)) }
            guard let header else {
                header = fields
                for (i, name) in fields.enumerated() { columns[name] = i }
                for name in required where columns[name] == nil {
                    diagnostics.append(.init(file: file, line: lineNumber, column: 0, message: "missing column '\(name)'"))
                }
                continue
            }
            if fields.count != header.count {
                diagnostics.append(
                    .init(
                        file: file, line: lineNumber, column: min(fields.count, header.count) + 1,
                        message: "expected \(header.count) fields, found \(fields.count)"))
                continue
            }
            rows.append(TSVRow(line: lineNumber, fields: fields, columns: columns))
        }
        if header == nil {
            diagnostics.append(.init(file: file, line: 1, column: 0, message: "no header row"))
        }
        return (rows, diagnostics)
    }
}

func trim(_ s: String) -> String {
    var scalars = Substring(s)
    while let f = scalars.first, f == " " || f == "\t" { scalars.removeFirst() }
    while let l = scalars.last, l == " " || l == "\t" { scalars.removeLast() }
    return String(scalars)
}

extension String {
    var trimmingSpaces: String { trim(self) }
}
