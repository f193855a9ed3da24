import Foundation

/// Files kabar carries in its binary (the demo corpus, the bundled themes) written out to a folder
/// the rest of kabar can read like any other: `$XDG_CACHE_HOME/kabar/<name>-<hash of the files>/`
/// (or the temporary folder when the cache cannot be written). A folder already holding the same
/// files is reused; each file is written under a temporary name and renamed, so two kabar
/// processes never see half a file.
public enum MaterializedFolder {
    /// - Parameter base: the folder to write under, instead of the cache (tests).
    public static func folder(named name: String, files: [(name: String, text: String)], base: String? = nil) -> String? {
        var h: UInt64 = 0xcbf29ce484222325
        for file in files { h = StableHash.fnv1a(file.text, into: StableHash.fnv1a(file.name, into: h)) }
        let leaf = "\(name)-\(String(h, radix: 16))"
        let env = ProcessInfo.processInfo.environment
        let cache = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? NSTemporaryDirectory()) + "/.cache")
        for parent in base.map({ [$0] }) ?? [cache + "/kabar", NSTemporaryDirectory() + "/kabar-\(getuid())"] {
            let folder = parent + "/" + leaf
            if write(files, into: folder) { return folder }
        }
        return nil
    }

    static func write(_ files: [(name: String, text: String)], into folder: String) -> Bool {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in files {
                let path = folder + "/" + file.name
                let data = Data(file.text.utf8)
                if fm.contents(atPath: path) == data { continue }
                let temporary = path + ".tmp-\(getpid())"
                guard fm.createFile(atPath: temporary, contents: data) else { return false }
                guard rename(temporary, path) == 0 else { try? fm.removeItem(atPath: temporary); return false }
            }
            return true
        } catch {
            return false
        }
    }
}
