// swift-tools-version:6.1
import PackageDescription

// Parley's benchmarks: a separate package so the main build never compiles ordo-one/benchmark.
let package = Package(
    name: "ParleyBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Parley", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ReaderBenchmarks",
            dependencies: [
                .product(name: "ParleySynth", package: "Parley"),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ParleyReader", package: "Parley"),
            ],
            path: "Benchmarks/ReaderBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Not under Benchmarks/: the benchmark plugin runs every executable target it finds there.
        .executableTarget(
            name: "StoreThroughput",
            dependencies: [
                .product(name: "ParleySynth", package: "Parley"),
                .product(name: "ParleyReader", package: "Parley"),
                .product(name: "ParleyStore", package: "Parley"),
                .product(name: "ParleyModel", package: "Parley"),
            ],
            path: "Sources/StoreThroughput"
        ),
        .executableTarget(
            name: "ReadThroughput",
            dependencies: [
                .product(name: "ParleySynth", package: "Parley"),
                .product(name: "ParleyReader", package: "Parley"),
                .product(name: "ParleyModel", package: "Parley"),
            ],
            path: "Sources/ReadThroughput"
        ),
    ],
    swiftLanguageModes: [.v6]
)
