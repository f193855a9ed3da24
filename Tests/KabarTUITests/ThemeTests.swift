import Foundation
import Testing
@testable import KabarTUI

@Suite("Themes")
struct ThemeTests {
    @Test func bundledThemesLoadAndCoverTheClaimRoles() throws {
        let names = ThemeLoader.available().map(\.name)
        for required in ["dark", "light", "high-contrast", "monochrome"] { #expect(names.contains(required), "\(names)") }
        for name in ["dark", "light", "high-contrast", "monochrome"] {
            let (theme, problems) = ThemeLoader.load(name)
            #expect(problems.isEmpty, "\(name): \(problems)")
            for role in [Style.Role.claimDirect, .claimPartial, .claimIndirect, .claimHedged] {
                #expect(theme.styles[role] != nil, "\(name) has no style for \(role)")
            }
        }
        // Monochrome uses no colour, yet every claim kind looks different.
        let mono = ThemeLoader.load("monochrome").theme
        #expect(mono.styles.values.allSatisfy { $0.fg == nil && $0.bg == nil })
        let kinds = [Style.Role.claimDirect, .claimPartial, .claimIndirect, .claimHedged].compactMap { mono.styles[$0] }
        #expect(Set(kinds).count == 4)
    }

    @Test func theLightThemePaintsItsOwnBackground() {
        let light = ThemeLoader.load("light").theme
        #expect(light.background == ThemeColor("#fafafa") && light.foreground == ThemeColor("#1f2328"))
        #expect(ThemeLoader.load("dark").theme.background == nil, "the dark theme keeps the terminal's background")
        #expect(ThemeLoader.load("monochrome").theme.background == nil)
    }

    @Test func inheritanceRecoloursThroughThePalette() {
        let dark = ThemeLoader.load("dark").theme, light = ThemeLoader.load("light").theme
        #expect(light.styles[.claimDirect]?.bold == true, "styles come from the parent")
        #expect(light.styles[.claimDirect]?.fg != dark.styles[.claimDirect]?.fg, "the child's palette recolours them")
    }

    @Test func brokenThemeNamesFileAndLineAndFallsBack() throws {
        let dir = NSTemporaryDirectory() + "kabar-theme-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/broken.theme"
        try "[styles]\ntitle = { fg = \"blue\" }\nclaim.direct = { fg = \"nocolour\" }\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (theme, problems) = ThemeLoader.load(path)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("broken.theme:3") == true, "\(problems)")
        #expect(problems.first?.contains("using the dark theme") == true)
        #expect(theme.name == "dark")
        let bad = dir + "/syntax.theme"
        try "[palette]\naccent = #123456\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(ThemeLoader.load(bad).problems.first?.contains("syntax.theme:2") == true)
        let loop = dir + "/loop.theme"
        try "inherits = \"\(loop)\"\n".write(toFile: loop, atomically: true, encoding: .utf8)
        #expect(!ThemeLoader.load(loop).problems.isEmpty, "an inheritance loop is reported, not followed forever")
    }

    @Test func hexColoursAreDownsampled() {
        #expect(ThemeColor("#ff0000")?.index(forColors: 256) == 196)
        #expect(ThemeColor("#ff0000")?.index(forColors: 8) == 1)
        #expect(ThemeColor("#808080")?.index(forColors: 256) == 244)
        #expect(ThemeColor("#0000ee")?.index(forColors: 8) == 4)
        #expect(ThemeColor("default")?.index(forColors: 256) == -1)
        #expect(ThemeColor("magenta")?.index(forColors: 8) == 5)
        #expect(ThemeColor("#zzz") == nil)
    }
}
