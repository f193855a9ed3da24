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
            resources: [.copy("Demo/Articles")]
        ),
        .target(
            name: "KabarThemes",
            path: "Themes",
            exclude: ["README.md"],
            resources: [.copy("dark.theme"), .copy("light.theme"), .copy("high-contrast.theme"), .copy("monochrome.theme")]
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
            dependencies: ["KabarTUI", "KabarCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
