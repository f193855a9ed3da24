import Foundation
import KabarCore
import KabarThemes

/// Finds and loads themes by name (user folder first, then the bundled ones) or by path,
/// resolving `inherits` and palette names. A broken theme yields a message naming the file and
/// line, and the default theme is used instead.
public enum ThemeLoader {
    public static let defaultName = "dark"

    /// `~/.config/kabar/themes` (or `$XDG_CONFIG_HOME/kabar/themes`).
    public static var userFolder: String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/kabar/themes" }
        return (env["HOME"] ?? "~") + "/.config/kabar/themes"
    }

    /// The bundled themes, carried in the binary (`EmbeddedThemes`) and written out once per version.
    public static let bundledFolder: String? = MaterializedFolder.folder(named: "themes", files: EmbeddedThemes.files)

    public static var searchFolders: [String] { [userFolder] + (bundledFolder.map { [$0] } ?? []) }

    /// Every theme that can be found: name and file, user themes shadowing bundled ones.
    public static func available() -> [(name: String, path: String)] {
        var seen = Set<String>()
        var result: [(String, String)] = []
        for folder in searchFolders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files.sorted() where file.hasSuffix(".theme") {
                let name = String(file.dropLast(6))
                if seen.insert(name).inserted { result.append((name, folder + "/" + file)) }
            }
        }
        return result
    }

    /// The theme for `nameOrPath` and any problems met (then the default theme, or monochrome, is used).
    public static func load(_ nameOrPath: String) -> (theme: Theme, problems: [String]) {
        do {
            return (try resolve(nameOrPath, depth: 0), [])
        } catch {
            let message = "\(error)"
            if nameOrPath != defaultName, let fallback = try? resolve(defaultName, depth: 0) {
                return (fallback, [message + " — using the \(defaultName) theme"])
            }
            return (.monochrome, [message + " — using the monochrome theme"])
        }
    }

    struct LoadError: Error, CustomStringConvertible { var description: String }

    static func path(for nameOrPath: String) -> String? {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme") { return nameOrPath }
        return available().first { $0.name == nameOrPath }?.path
    }

    static func resolve(_ nameOrPath: String, depth: Int) throws -> Theme {
        guard depth < 8 else { throw LoadError(description: "\(nameOrPath): themes inherit in a loop or too deeply") }
        guard let file = path(for: nameOrPath) else {
            throw LoadError(description: "no theme named \(nameOrPath) (see `kabar themes`)")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw LoadError(description: "\(file): cannot read the theme file")
        }
        let parsed: ThemeFile
        do { parsed = try ThemeFile.parse(String(decoding: data, as: UTF8.self), file: file) } catch {
            throw LoadError(description: error.description)
        }
        var base = Theme(name: nameOrPath, styles: [:])
        var palette: [String: ThemeColor] = [:]
        var rawStyles: [String: ThemeFile.RawStyle] = [:]
        if let parent = parsed.inherits {
            let parentFile = path(for: parent)
            guard let pf = parentFile, let pdata = FileManager.default.contents(atPath: pf),
                  let pparsed = try? ThemeFile.parse(String(decoding: pdata, as: UTF8.self), file: pf) else {
                throw LoadError(description: "\(file):1: inherits \(parent), which cannot be loaded")
            }
            // Inherit the parent's raw styles and palette, so a child's palette recolours them.
            for (k, v) in pparsed.palette { palette[k] = ThemeColor(v.color) }
            rawStyles = pparsed.styles
            if pparsed.inherits != nil { base = try resolve(parent, depth: depth + 1) }
        }
        for (key, value) in parsed.palette {
            guard let color = ThemeColor(value.color) else {
                throw LoadError(description: "\(file):\(value.line): \(value.color) is not a colour (#rrggbb, an ANSI name or default)")
            }
            palette[key] = color
        }
        for (k, v) in parsed.styles { rawStyles[k] = v }
        var styles = base.styles
        for (role, key) in Theme.keys {
            guard let raw = rawStyles[key] else { continue }
            func color(_ name: String?) throws -> ThemeColor? {
                guard let name else { return nil }
                if let c = palette[name] ?? ThemeColor(name) { return c }
                throw LoadError(description: "\(file):\(raw.line): unknown colour \(name) in \(key)")
            }
            styles[role] = ThemeStyle(fg: try color(raw.fg), bg: try color(raw.bg), bold: raw.modifiers.contains("bold"),
                                      underline: raw.modifiers.contains("underline"), reverse: raw.modifiers.contains("reverse"),
                                      dim: raw.modifiers.contains("dim"))
        }
        return Theme(name: nameOrPath, styles: styles, background: palette["bg"] ?? base.background, foreground: palette["fg"] ?? base.foreground)
    }
}
