import Diagnostics
import Ingest
import Model
import Testing

@Suite struct MarkdownReaderTests {
    @Test func frontMatterIsSplitAndLinesKeepTheirNumbers() {
        let text = "---\nsession: d2-t01\nacts: [2]\n---\n\n## Key messages\n- Ms. **Ana** Ruiz said *so*. {act=2.3}\n"
        let (doc, bag) = MarkdownReader.read(SourceFile(path: "notes/t.md", text: text))
        #expect(bag.isEmpty)
        #expect(doc.frontMatterText == "session: d2-t01\nacts: [2]")
        #expect(doc.frontMatterLine == 2)
        guard doc.blocks.count == 2, case .heading(2, let title, let hs) = doc.blocks[0],
              case .list(let list, _) = doc.blocks[1] else {
            Issue.record("unexpected blocks \(doc.blocks)"); return
        }
        #expect(title.plainText == "Key messages")
        #expect(hs.start == SourceLocation(line: 6, column: 1))
        #expect(list.items.count == 1)
        #expect(list.items[0].span.start == SourceLocation(line: 7, column: 1))
        guard case .paragraph(let inl, _) = list.items[0].blocks[0] else { Issue.record("no paragraph"); return }
        #expect(inl.plainText == "Ms. Ana Ruiz said so. {act=2.3}")
        #expect(inl.contains(.strong([.text("Ana")])))
    }

    @Test func crlfFrontMatterIsSplitToo() {
        let text = "\u{FEFF}---\r\ntitle: Report\r\n...\r\n\r\n## Key messages\r\n"
        let (doc, bag) = MarkdownReader.read(SourceFile(path: "r.md", text: text))
        #expect(bag.isEmpty)
        #expect(doc.frontMatterText == "title: Report")
        guard case .heading(2, let title, let span) = doc.blocks.first else { Issue.record("no heading \(doc.blocks)"); return }
        #expect(title.plainText == "Key messages")
        #expect(span.start == SourceLocation(line: 5, column: 1))
    }

    @Test func aClosingFenceAtTheEndOfTheFileEndsTheFrontMatter() {
        let (doc, bag) = MarkdownReader.read(SourceFile(path: "r.md", text: "---\ntitle: Only\n---"))
        #expect(bag.isEmpty)
        #expect(doc.frontMatterText == "title: Only")
        #expect(doc.blocks.isEmpty)
    }

    @Test func columnsAreUnicodeScalarsAfterMultibyteText() {
        let text = "## Mensajes clave\n- Él dijo: ñ <b>x</b>\n"
        let (_, bag) = MarkdownReader.read(SourceFile(path: "n.md", text: text))
        let html = bag.all.filter { $0.code == .rawHTML }
        #expect(html.count == 2)
        #expect(html.first?.span.start == SourceLocation(line: 2, column: 14))
    }

    @Test func githubTablesAreRead() {
        let text = "| Act | Count |\n|:--|--:|\n| 2 | 5 |\n| 3 | 7 |\n"
        let (doc, _) = MarkdownReader.read(SourceFile(path: "t.md", text: text))
        guard case .table(let t, _) = doc.blocks.first else { Issue.record("no table"); return }
        #expect(t.header.map(\.plainText) == ["Act", "Count"])
        #expect(t.rows.count == 2)
        #expect(t.alignments == [.left, .right])
    }

    @Test func deepNestingIsADiagnosticNotACrash() {
        let text = (0..<200).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n")
        let (_, bag) = MarkdownReader.read(SourceFile(path: "deep.md", text: text))
        #expect(bag.all.contains { $0.code == .nestingTooDeep })
    }

    @Test func unclosedFrontMatterIsReported() {
        let (_, bag) = MarkdownReader.read(SourceFile(path: "f.md", text: "---\nsession: x\n## Key messages\n"))
        #expect(bag.all.map(\.code) == [.badFrontMatter])
    }
}
