import Diagnostics
import Foundation
@testable import Ingest
import Testing
import TestSupport

@Suite struct CSVReaderTests {
    func read(_ bytes: [UInt8]) -> ([CSVRecord], DiagnosticBag) {
        var bag = DiagnosticBag()
        guard let file = TextDecoder.decode(path: "x.csv", data: Data(bytes), diagnostics: &bag) else { return ([], bag) }
        return (CSVReader.records(file, diagnostics: &bag), bag)
    }

    /// Line ends are normalised when a file is decoded: a CRLF inside a quoted field reads as LF.
    @Test func bomCRLFQuotedCommasAndNewlines() {
        let text = "id,name,aliases\r\np1,\"López, María\",\"a;\r\nb\"\r\np2,\"say \"\"hi\"\"\",\r\n\r\np3,Ñandú,x"
        let (records, bag) = read([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(bag.isEmpty)
        #expect(records.map { $0.fields.map(\.value) } == [
            ["id", "name", "aliases"], ["p1", "López, María", "a;\nb"], ["p2", "say \"hi\"", ""], ["p3", "Ñandú", "x"],
        ])
        // Positions: lines count the newline inside the quoted field; columns count scalars.
        #expect(records[2].span.description == "x.csv:4:1")
        #expect(records[2].fields[1].span.description == "x.csv:4:4")
        #expect(records[3].span.description == "x.csv:6:1")
        #expect(records[3].fields[2].span.description == "x.csv:6:10")
    }

    @Test func unclosedQuoteAndStrayQuoteAreReported() {
        let (_, bag) = read(Array("a,b\n1,\"open\n2,3\n".utf8))
        #expect(bag.all.map(\.span.description) == ["x.csv:2:3"])
        #expect(bag.all.map(\.code) == [.csvSyntax])
        let (_, stray) = read(Array("a,b\n1,x\"y\n".utf8))
        #expect(stray.all.map(\.span.description) == ["x.csv:2:4"])
        let (_, after) = read(Array("a,b\n1,\"x\"y\n".utf8))
        #expect(after.all.map(\.span.description) == ["x.csv:2:6"])
    }

    @Test func tableChecksFieldCountsAndRequiredColumns() {
        var bag = DiagnosticBag()
        let file = SourceFile(path: "r.csv", text: "ID,Name\na,b\nc\nd,e,f\n")
        let table = CSVTable.read(file, required: ["id", "name"], diagnostics: &bag)
        #expect(table?.rows.count == 1)
        #expect(bag.all.map { "\($0.span) \($0.code.rawValue)" } == ["r.csv:3:1 csv-field-count", "r.csv:4:1 csv-field-count"])
        var missing = DiagnosticBag()
        _ = CSVTable.read(SourceFile(path: "r.csv", text: "id,nam\n"), required: ["id", "name"], diagnostics: &missing)
        #expect(missing.all.first?.code == .csvMissingColumn)
        #expect(missing.all.first?.hint == "did you mean 'nam'?")
    }

    @Test func notUTF8ReportsTheLineAndColumnOfTheBadByte() {
        let (_, bag) = read(Array("a,b\nxé,".utf8) + [0xC3, 0x28])
        #expect(bag.all.map { "\($0.span) \($0.code.rawValue)" } == ["x.csv:2:4 not-utf8"])
        let (_, binary) = read([0x89, 0x50, 0x4E, 0x47, 0, 0, 0])
        #expect(binary.all.map(\.code) == [.notUTF8])
    }
}
