import Diagnostics
import Foundation
import Testing

@Suite struct DiagnosticCodeListTests {
    /// The README documents the closed list of codes; the two must not drift apart.
    @Test func readmeTableListsEveryCodeAndNoOther() throws {
        let readme = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let documented = Set(text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        })
        let codes = Set(DiagnosticCode.allCases.map(\.rawValue))
        #expect(codes.subtracting(documented).isEmpty, "codes missing from README: \(codes.subtracting(documented).sorted())")
        #expect(documented.subtracting(codes).isEmpty, "README lists unknown codes: \(documented.subtracting(codes).sorted())")
    }
}
