// libFuzzer target: the trailing attribute-block parser (`{act=2.3 region=lac .women}`) on any
// text. See Fuzz/README.md.
@testable import Ingest
import Diagnostics
import Foundation
import Model

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAttributes(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let file = SourceFile(path: "fuzz.md", text: text)
    var bag = DiagnosticBag()
    let (rest, block) = AttributeBlock.split([.text(text)], searchFrom: .file("fuzz.md"), in: file, diagnostics: &bag)
    // A block was parsed only if the text ended in one; nothing is both kept and reported.
    if block != nil, bag.hasErrors { fail("a block was kept although reported: \(bag.all)") }
    _ = rest
    return 0
}

/// Reports a broken invariant and stops: libFuzzer keeps the input as a crash.
func fail(_ why: String) -> Never {
    FileHandle.standardError.write(Data("invariant broken: \(why)\n".utf8))
    abort()
}
