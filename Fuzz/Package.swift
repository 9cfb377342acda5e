// swift-tools-version:6.0
import PackageDescription

// A libFuzzer harness for Parley's reader: a separate package so the main build never needs the sanitizers.
// Build: swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library (see README.md).
let package = Package(
    name: "ParleyFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Parley", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "FuzzReader",
            dependencies: [.product(name: "ParleyReader", package: "Parley")],
            path: "Sources/FuzzReader"
        )
    ],
    swiftLanguageModes: [.v6]
)
