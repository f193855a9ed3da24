// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "kabar",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kabar", targets: ["kabar"]),
        .library(name: "KabarCore", targets: ["KabarCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "KabarCore",
            dependencies: ["CZlib", "CSQLite"],
            // The demo articles are carried in EmbeddedDemoArticles.swift (Scripts/embed-resources.py).
            exclude: ["Demo/Articles"]
        ),
        .target(
            name: "KabarThemes",
            path: "Themes",
            // The .theme files are carried in EmbeddedThemes.swift (Scripts/embed-resources.py).
            exclude: ["README.md", "dark.theme", "light.theme", "high-contrast.theme", "monochrome.theme"]
        ),
        .target(
            name: "KabarTUI",
            dependencies: ["KabarCore", "KabarThemes", "CNCursesW"]
        ),
        .executableTarget(
            name: "kabar",
            dependencies: [
                "KabarCore",
                "KabarTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "KabarCoreTests",
            dependencies: ["KabarCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KabarTUITests",
            dependencies: ["KabarTUI", "KabarCore", "KabarThemes"],
            exclude: ["Screens"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
