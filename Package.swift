// swift-tools-version:6.0
// stocktake — a report compiler: meeting folder → Ingest → Disclosure → Digest → Compose →
// Document → Typeset → PDF; docs/design.md describes the targets below. Linux only (the output
// folder's atomic swap uses renameat2, Sources/CSystem/exchange.c).
import PackageDescription

let package = Package(
    name: "stocktake",
    products: [
        .executable(name: "stocktake", targets: ["stocktake"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C walls: system libraries through pkg-config.
        .systemLibrary(
            name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(
            name: "CCmark", path: "Sources/CCmark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CHyphen", path: "Sources/CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(
            name: "CQPDF", path: "Sources/CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        .target(name: "CSystem", path: "Sources/CSystem"),
        // libqpdf's content-stream tokenizer is C++ only: marks unmarked page content as artifacts.
        .target(name: "CArtifacts", path: "Sources/CArtifacts",
                cxxSettings: [.define("POINTERHOLDER_TRANSITION", to: "4")], linkerSettings: [.linkedLibrary("qpdf")]),

        // The pipeline, in order.
        .target(name: "Diagnostics"),
        .target(name: "Model", dependencies: ["Diagnostics"]),
        .target(name: "Document", dependencies: ["Diagnostics"]),
        .target(
            name: "Ingest",
            dependencies: ["Model", "Document", "Diagnostics", "CCmark",
                           .product(name: "Yams", package: "Yams"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Disclosure", dependencies: ["Model", "Diagnostics"]),
        .target(name: "Gate", dependencies: ["Model", "Document", "Diagnostics"]),
        .target(name: "Digest", dependencies: ["Model", "Disclosure"]),
        .target(name: "Compose", dependencies: ["Model", "Disclosure", "Digest", "Document", "Diagnostics"]),
        .target(name: "Typeset", dependencies: ["Document", "Diagnostics", "CPangoCairo", "CQPDF", "CArtifacts", "CHyphen"]),
        .target(
            name: "Build",
            dependencies: ["Diagnostics", "Model", "Document", "Ingest", "Disclosure", "Gate", "Digest",
                           "Compose", "Typeset", "CSystem",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .executableTarget(
            name: "stocktake",
            dependencies: ["Build", "Diagnostics",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Tests.
        .target(name: "TestSupport", dependencies: ["Diagnostics", "Model", "Document", "Ingest", "Build"],
                path: "Tests/TestSupport"),
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "TestSupport"]),
        .testTarget(name: "TypesetTests", dependencies: ["Typeset", "Document", "Diagnostics", "Ingest", "TestSupport", "CArtifacts"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Model", "Diagnostics", "TestSupport",
                                                   .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "Build", "Ingest", "Diagnostics"], exclude: ["Fixtures"]),
        .testTarget(name: "DigestTests", dependencies: ["Digest", "Disclosure", "Model", "Diagnostics"], exclude: ["Fixtures"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "TestSupport", "Disclosure", "Digest", "Model", "Diagnostics"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "DisclosureTests", dependencies: ["Disclosure", "Gate", "Model", "Diagnostics"]),
    ],
    cxxLanguageStandard: .cxx17
)

// libFuzzer targets (`make fuzz`, not part of CI): declared only when STOCKTAKE_FUZZ is set, since
// they have no `main` of their own and link only with `-sanitize=fuzzer`. See Fuzz/README.md.
if Context.environment["STOCKTAKE_FUZZ"] != nil {
    for name in ["FuzzAttributes", "FuzzCSV", "FuzzYAML", "FuzzNote", "FuzzWord"] {
        package.targets.append(.executableTarget(
            name: name, dependencies: ["Ingest", "Diagnostics", "Model", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Fuzz/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
