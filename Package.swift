// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyReader", targets: ["ParleyReader"]),
        .library(name: "ParleyStore", targets: ["ParleyStore"]),
        .library(name: "ParleySynth", targets: ["ParleySynth"]),
        .library(name: "ParleyModel", targets: ["ParleyModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .target(name: "ParleyModel"),
        .target(name: "ParleyText", dependencies: ["ParleyModel"]),
        .target(
            name: "ParleyLexicon",
            dependencies: ["ParleyModel", "ParleyText"],
            resources: [.copy("Resources")]
        ),
        .target(name: "ParleyReader", dependencies: ["ParleyModel", "ParleyText", "ParleyLexicon"]),
        .systemLibrary(
            name: "CParleyXML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "ParleyIngest", dependencies: ["ParleyModel", "CParleyXML"]),
        .target(name: "ParleySynth"),
        .target(
            name: "ParleyStore",
            dependencies: [
                "ParleyModel",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ParleyCommands",
            dependencies: [
                "ParleyModel", "ParleyText", "ParleyLexicon", "ParleyReader", "ParleyIngest", "ParleyStore", "ParleySynth",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "parley", dependencies: ["ParleyCommands"]),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel"]),
        .testTarget(name: "ParleyTextTests", dependencies: ["ParleyText"]),
        .testTarget(name: "ParleyLexiconTests", dependencies: ["ParleyLexicon"]),
        .testTarget(
            name: "ParleyReaderTests",
            dependencies: ["ParleyReader", "ParleyLexicon", "ParleyModel", "ParleyText"],
            exclude: ["Corpus", "Events"]
        ),
        .testTarget(name: "ParleyIngestTests", dependencies: ["ParleyIngest"]),
        .testTarget(name: "ParleyStoreTests", dependencies: ["ParleyStore", "ParleyModel", "ParleyReader"]),
        .testTarget(name: "ParleyCommandsTests", dependencies: ["ParleyCommands", "ParleyStore", "parley"]),
    ],
    swiftLanguageModes: [.v6]
)
