import ArgumentParser
import KabarTUI

/// `kabar themes`: the themes kabar can find, where they are, and whether they load.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List colour themes (user folder first, then bundled).")

    func run() throws {
        print("user themes folder: \(ThemeLoader.userFolder)")
        for (name, path) in ThemeLoader.available() {
            let (_, problems) = ThemeLoader.load(path)
            print("\(name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(path)\(problems.isEmpty ? "" : "  — " + problems.joined(separator: "; "))")
        }
    }
}
