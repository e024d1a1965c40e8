// libFuzzer target: a Markdown file's front matter split off and parsed as YAML (Yams, then the
// guards on depth, aliases and size). See Fuzz/README.md.
@testable import Ingest
import Diagnostics
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bag = DiagnosticBag()
    guard let file = TextDecoder.decode(path: "note.md", data: Data(bytes: data, count: size), diagnostics: &bag) else {
        return 0
    }
    let split = FrontMatterSplitter.split(file, diagnostics: &bag)
    if let yaml = split.frontMatter {
        _ = YAMLParser.parse(yaml, path: file.path, firstLine: split.frontMatterLine, diagnostics: &bag)
    }
    // The whole file as YAML too, as meeting.yaml is read.
    _ = YAMLParser.parse(file.text, path: "meeting.yaml", diagnostics: &bag)
    for d in bag.all where d.span.start.line < 1 || d.span.start.line > file.lineCount + 1 { fail("\(d) is outside the file's \(file.lineCount) lines") }
    return 0
}

/// Reports a broken invariant and stops: libFuzzer keeps the input as a crash.
func fail(_ why: String) -> Never {
    FileHandle.standardError.write(Data("invariant broken: \(why)\n".utf8))
    abort()
}
