// libFuzzer target: one rapporteur's note (front matter, Markdown through cmark-gfm, sections,
// attribute blocks, clearance, items) read against a small meeting. See Fuzz/README.md.
@testable import Ingest
import Diagnostics
import Foundation
import Model

/// The meeting the notes are read against: the example meeting, read once.
let reader: NoteFileReader = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Examples/puerto-vallarta-2017").standardized
    let (read, bag) = MeetingReader.read(DiskMeetingSource(root: root))
    guard let meeting = read, !bag.hasErrors else {
        FileHandle.standardError.write(Data("the fuzz meeting does not read: \(bag.all.prefix(3))\n".utf8))
        abort()
    }
    var index = ReferenceIndex(definitions: meeting)
    index.define(.person, meeting.people.map(\.id))
    return NoteFileReader(meeting: meeting, index: index, sections: SectionMatcher(meeting.sections))
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNote(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bag = DiagnosticBag()
    guard let file = TextDecoder.decode(path: "notes/fuzz.md", data: Data(bytes: data, count: size), diagnostics: &bag) else {
        return 0
    }
    // As a note, then as a regional outcome (another front matter, the same body rules).
    for isOutcome in [false, true] {
        _ = reader.read(file, isOutcome: isOutcome, firstID: 1, diagnostics: &bag)
    }
    for d in bag.all where d.span.start.line < 1 || d.span.start.line > file.lineCount + 1 { fail("\(d) is outside the file's \(file.lineCount) lines") }
    return 0
}

/// Reports a broken invariant and stops: libFuzzer keeps the input as a crash.
func fail(_ why: String) -> Never {
    FileHandle.standardError.write(Data("invariant broken: \(why)\n".utf8))
    abort()
}
