import Foundation

/// Finds the files to load under the paths a user gave.
public enum SourceFiles {
    /// Files under the given paths (files as given, folders recursively), only supported extensions,
    /// hidden files/folders skipped, sorted by path; a missing path throws `.unreadable`.
    ///
    /// A file named explicitly is kept whatever its extension, so that loading it reports `.unsupported`
    /// instead of skipping it in silence; the extension and hidden-name filters apply inside folders.
    /// Symbolic links to files are followed; links to folders are not (no cycles).
    public static func discover(_ paths: [String]) throws -> [String] {
        var found = Set<String>()
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw IngestError.unreadable(path: path, reason: "no such file or folder")
            }
            if isFolder.boolValue {
                try collect(folder: path, into: &found)
            } else {
                found.insert(path)
            }
        }
        return found.sorted()
    }

    /// Adds the supported, visible files under `folder`, recursively.
    private static func collect(folder: String, into found: inout Set<String>) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw IngestError.unreadable(path: folder, reason: "the folder cannot be listed")
        }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names where !name.hasPrefix(".") {
            let path = base + name
            switch kind(of: path) {
            case .folder: try collect(folder: path, into: &found)
            case .file where SourceFormat(path: path) != nil: found.insert(path)
            default: continue
            }
        }
    }

    private enum Kind { case file, folder, other }

    /// A folder (not through a link), a file (links followed), or something else.
    private static func kind(of path: String) -> Kind {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let type = attributes?[.type] as? FileAttributeType
        if type == .typeDirectory { return .folder }
        if type == .typeRegular { return .file }
        guard type == .typeSymbolicLink else { return .other }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            return .other
        }
        return .file
    }
}
