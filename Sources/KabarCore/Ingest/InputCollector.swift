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
        /// An RSS or Atom feed (`.xml`, `.rss`, `.atom`; a page or text file whose root is a feed is read as one too).
        case feed
        /// newsboat's SQLite cache (a file named explicitly that is an SQLite database).
        case newsboat
        /// A web archive (`.warc`, `.warc.gz`), read as a stream.
        case warc
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
        if lower.hasSuffix(".warc") { return (.warc, gz) }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return (.text, gz) }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return (.html, gz) }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return (.jsonl, gz) }
        if lower.hasSuffix(".json") { return (.json, gz) }
        if lower.hasSuffix(".xml") || lower.hasSuffix(".rss") || lower.hasSuffix(".atom") { return (.feed, gz) }
        return nil
    }

    /// Files for `paths`. Folders are walked recursively (hidden entries skipped) and sorted by
    /// path; a file named explicitly is read even with an unknown extension (as text). Each real
    /// file and folder is visited once, by device and inode: a symbolic link back into a folder
    /// being walked is reported once and not followed, and a file reached twice is read once.
    public static func collect(_ paths: [String]) -> (files: [InputFile], problems: [IngestProblem]) {
        var walker = Walker()
        for path in paths {
            var st = stat()
            if stat(path, &st) != 0 {
                if errno == ENOENT, path.hasPrefix("http://") || path.hasPrefix("https://") {
                    walker.problems.append(IngestProblem(path: path, message: "a web address, not a file: fetch it first (kabar fetch URL, or kabar fetch --feed URL for a feed), then open the library folder it names"))
                    continue
                }
                let reason = errno == ENOENT ? "no such file or folder" : (errno == ELOOP ? "symbolic link loop" : String(cString: strerror(errno)))
                walker.problems.append(IngestProblem(path: path, message: "cannot open: \(reason)"))
                continue
            }
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR {
                walker.walk(folder: path, st, depth: 0)
            } else if type == S_IFREG {
                guard walker.seen.insert(FileIdentity(st)).inserted else { continue }
                // An SQLite file named explicitly is read as newsboat's cache ("cache.db").
                let (kind, gz) = kind(forName: path) ?? (NewsboatCache.isSQLite(path) ? (.newsboat, false) : (.text, false))
                walker.files.append(InputFile(path: path, kind: kind, gzipped: gz))
            } else {
                walker.problems.append(IngestProblem(path: path, message: "not a regular file or folder (\(typeName(type)))"))
            }
        }
        return (walker.files, walker.problems)
    }

    /// What a file is, for messages about what is skipped.
    static func typeName(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: return "a named pipe"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "not a file"
        }
    }

    /// A real file or folder, whatever path reached it.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
        }
    }

    private struct Walker {
        var files: [InputFile] = []
        var problems: [IngestProblem] = []
        /// Files and folders already listed.
        var seen = Set<FileIdentity>()
        /// The folders being walked, innermost last (a link to one of them is a loop).
        var open: [(identity: FileIdentity, path: String)] = []

        mutating func walk(folder: String, _ st: stat, depth: Int) {
            let identity = FileIdentity(st)
            if let outer = open.first(where: { $0.identity == identity }) {
                problems.append(IngestProblem(path: folder, message: "symbolic link loop back to \(outer.path), not followed", severity: .notice))
                return
            }
            guard seen.insert(identity).inserted else { return }
            guard depth < 64 else {
                problems.append(IngestProblem(path: folder, message: "folder nesting too deep, not read"))
                return
            }
            guard let dir = opendir(folder) else {
                problems.append(IngestProblem(path: folder, message: "cannot read folder: \(String(cString: strerror(errno)))"))
                return
            }
            var names: [String] = []
            let base = folder.hasSuffix("/") ? folder : folder + "/"
            while let entry = readdir(dir) {
                let read = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { (String(validatingCString: $0), String(cString: $0)) }
                }
                guard let name = read.0 else {
                    // A path kabar could not open again: say so instead of "no such file".
                    if !read.1.hasPrefix(".") {
                        problems.append(IngestProblem(path: base + read.1, message: "file name is not valid UTF-8, not read (rename it)"))
                    }
                    continue
                }
                if name.hasPrefix(".") { continue }
                names.append(name)
            }
            closedir(dir)
            names.sort()
            open.append((identity, folder))
            defer { open.removeLast() }
            for name in names {
                let full = base + name
                var st = stat()
                guard stat(full, &st) == 0 else {
                    let reason = errno == ELOOP ? "symbolic link loop" : String(cString: strerror(errno))
                    problems.append(IngestProblem(path: full, message: "cannot open: \(reason)"))
                    continue
                }
                let type = st.st_mode & S_IFMT
                if type == S_IFDIR {
                    walk(folder: full, st, depth: depth + 1)
                } else if type == S_IFREG, let (kind, gz) = InputCollector.kind(forName: name) {
                    guard seen.insert(FileIdentity(st)).inserted else { continue }
                    files.append(InputFile(path: full, kind: kind, gzipped: gz))
                } else if type != S_IFREG {
                    problems.append(IngestProblem(path: full, message: "not a regular file (\(InputCollector.typeName(type))), skipped", severity: .notice))
                }
            }
        }
    }
}
