// libFuzzer target: decoding bytes (BOM, UTF-8 checks) and reading them as CSV records. See
// Fuzz/README.md.
@testable import Ingest
import Diagnostics
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bag = DiagnosticBag()
    guard let file = TextDecoder.decode(path: "roster.csv", data: Data(bytes: data, count: size), diagnostics: &bag) else {
        return 0
    }
    let records = CSVReader.records(file, diagnostics: &bag)
    // Every record and field has a position inside the file.
    for record in records where record.span.start.line < 1 || record.span.start.line > file.lineCount { fail("record at \(record.span) is outside the file's \(file.lineCount) lines") }
    for d in bag.all where d.span.start.line < 1 || d.span.start.line > file.lineCount + 1 { fail("\(d) is outside the file's \(file.lineCount) lines") }
    return 0
}

/// Reports a broken invariant and stops: libFuzzer keeps the input as a crash.
func fail(_ why: String) -> Never {
    FileHandle.standardError.write(Data("invariant broken: \(why)\n".utf8))
    abort()
}
