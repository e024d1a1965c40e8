// libFuzzer target: a Word note (`.docx`: zip container, WordprocessingML through XMLParser,
// styles, numbering, marks) read against the example meeting. Half the inputs are whole files;
// the other half are a `word/document.xml` wrapped in a valid package, so that mutations reach
// the body reader instead of dying in the zip directory. See Fuzz/README.md.
@testable import Ingest
import Diagnostics
import Foundation
import Model
import ZIPFoundation

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

/// `body` as the main part of a minimal package with a list style and a bullet numbering.
func package(_ body: Data) -> Data? {
    guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
    let styles = Data("""
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>
        """.utf8)
    for (path, data) in [("word/document.xml", body), ("word/styles.xml", styles)] {
        try? archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { p, n in
            data.subdata(in: Int(p)..<Int(p) + n)
        }
    }
    return archive.data
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWord(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 1 else { return 0 }
    let bytes = Data(bytes: data + 1, count: size - 1)
    let input = data[0] & 1 == 0 ? bytes : package(bytes)
    guard let input else { return 0 }
    var bag = DiagnosticBag()
    for isOutcome in [false, true] {
        _ = reader.readWord(path: "notes/fuzz.docx", data: input, isOutcome: isOutcome, firstID: 1, diagnostics: &bag)
    }
    for d in bag.all where d.span.start.line < 1 { fail("\(d) has no line") }
    return 0
}

func fail(_ why: String) -> Never {
    FileHandle.standardError.write(Data("invariant broken: \(why)\n".utf8))
    abort()
}
