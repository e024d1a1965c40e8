import Foundation
import Testing
import TestSupport

/// The walls of DESIGN.md that concern Typeset: only `Typeset/Interop/` imports the C module
/// (and with `internal import`), and Typeset never sees `Model`.
@Suite struct WallTests {
    func swiftFiles(under folder: String) -> [URL] {
        let root = PDFTools.packageRoot.appendingPathComponent(folder)
        let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (e?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }

    func imports(_ file: URL) -> [String] {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("import ") || $0.contains(" import ") && !$0.hasPrefix("//") && !$0.hasPrefix("///") }
    }

    @Test func onlyInteropImportsPangoCairoAndInternally() {
        let files = swiftFiles(under: "Sources")
        #expect(files.count > 20)
        var interop = 0
        for file in files {
            let cImports = imports(file).filter { $0.hasSuffix("CPangoCairo") }
            if file.path.contains("/Sources/Typeset/Interop/") {
                interop += cImports.isEmpty ? 0 : 1
                for line in cImports { #expect(line == "internal import CPangoCairo", "\(file.lastPathComponent): \(line)") }
            } else {
                #expect(cImports.isEmpty, "\(file.path) imports CPangoCairo")
            }
        }
        #expect(interop >= 4)
    }

    @Test func typesetNeverImportsModel() {
        for file in swiftFiles(under: "Sources/Typeset") + swiftFiles(under: "Sources/Document") {
            #expect(!imports(file).contains { $0.hasSuffix(" Model") }, "\(file.lastPathComponent) imports Model")
        }
    }
}
