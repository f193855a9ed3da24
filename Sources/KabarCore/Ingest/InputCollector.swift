#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A file to read, with the format its name announces.
public struct InputFile: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case text, html, json, jsonl
    }
    public var path: String
    public var kind: Kind
    public var gzipped: Bool
}

/// Expands the user's paths (files or folders) into article files, in a stable order.
public enum InputCollector {
    /// Kind for a file name, or nil when the name is not one kabar reads from a folder.
    public static func kind(forName name: String) -> (InputFile.Kind, Bool)? {
        var lower = name.lowercased()
        var gz = false
        if lower.hasSuffix(".gz") {
            gz = true
            lower.removeLast(3)
        }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return (.text, gz) }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return (.html, gz) }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return (.jsonl, gz) }
        if lower.hasSuffix(".json") { return (.json, gz) }
        return nil
    }

    /// Files for `paths`. Folders are walked recursively (hidden entries skipped) and sorted by
    /// path; a file named explicitly is read even with an unknown extension (as text).
    public static func collect(_ paths: [String]) -> (files: [InputFile], problems: [IngestProblem]) {
        var files: [InputFile] = []
        var problems: [IngestProblem] = []
        for path in paths {
            var st = stat()
            if stat(path, &st) != 0 {
                let reason = errno == ENOENT ? "no such file or folder" : String(cString: strerror(errno))
                problems.append(IngestProblem(path: path, message: "cannot open: \(reason)"))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(folder: path, into: &files, problems: &problems, depth: 0)
            } else if (st.st_mode & S_IFMT) == S_IFREG {
                let (kind, gz) = kind(forName: path) ?? (.text, false)
                files.append(InputFile(path: path, kind: kind, gzipped: gz))
            } else {
                problems.append(IngestProblem(path: path, message: "not a regular file or folder"))
            }
        }
        return (files, problems)
    }

    private static func walk(folder: String, into files: inout [InputFile], problems: inout [IngestProblem], depth: Int) {
        guard depth < 64 else {
            problems.append(IngestProblem(path: folder, message: "folder nesting too deep, not read"))
            return
        }
        guard let dir = opendir(folder) else {
            problems.append(IngestProblem(path: folder, message: "cannot read folder: \(String(cString: strerror(errno)))"))
            return
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(dir)
        names.sort()
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names {
            let full = base + name
            var st = stat()
            guard stat(full, &st) == 0 else {
                problems.append(IngestProblem(path: full, message: "cannot open: \(String(cString: strerror(errno)))"))
                continue
            }
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR {
                walk(folder: full, into: &files, problems: &problems, depth: depth + 1)
            } else if type == S_IFREG, let (kind, gz) = kind(forName: name) {
                files.append(InputFile(path: full, kind: kind, gzipped: gz))
            }
        }
    }
}
