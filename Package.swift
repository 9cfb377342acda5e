// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyReader", targets: ["ParleyReader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
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
        .target(
            name: "ParleyCommands",
            dependencies: [
                "ParleyModel", "ParleyText", "ParleyLexicon", "ParleyReader",
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
        .testTarget(name: "ParleyCommandsTests", dependencies: ["ParleyCommands", "parley"]),
    ],
    swiftLanguageModes: [.v6]
)
