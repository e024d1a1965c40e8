import Diagnostics
import Document
import Foundation
import Testing
import TestSupport
@testable import Typeset

@Suite struct RenderSmokeTests {
    @Test func everyBlockKindRendersAndChecksClean() throws {
        let folder = PDFTools.temporaryFolder()
        let pdf = folder.appendingPathComponent("everything.pdf")
        let result = Typesetter(fontsFolder: SampleDocument.fonts).render(SampleDocument.everything(), to: pdf.path)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.all)")
        #expect(result.pageCount == PDFTools.pageCount(pdf))
        let check = PDFTools.run("qpdf", ["--check", pdf.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: "/tmp/typeset-smoke.pdf"))
        try? FileManager.default.copyItem(at: pdf, to: URL(fileURLWithPath: "/tmp/typeset-smoke.pdf"))
    }
}
