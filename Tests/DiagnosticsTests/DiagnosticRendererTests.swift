import Diagnostics
import Testing

@Suite struct DiagnosticRendererTests {
    @Test func textLineHasPathLineColumnSeverityMessageHintAndCode() {
        let d = Diagnostic.error(.unknownSection, at: SourceSpan(path: "notes/day2/table-03.md", line: 14, column: 4),
                                 "unknown section 'Questons for governments'",
                                 hint: "did you mean 'Questions for governments'?")
        #expect(DiagnosticRenderer.line(d) ==
            "notes/day2/table-03.md:14:4: error: unknown section 'Questons for governments' (did you mean 'Questions for governments'?) [unknown-section]")
    }

    @Test func jsonHasEveryField() throws {
        let d = Diagnostic.warning(.emptyNote, at: SourceSpan(path: "a.md", line: 2, column: 3), "empty")
        let json = DiagnosticRenderer.json([d])
        for key in ["\"path\" : \"a.md\"", "\"line\" : 2", "\"column\" : 3", "\"severity\" : \"warning\"",
                    "\"code\" : \"empty-note\"", "\"message\" : \"empty\"", "\"hint\" : null"] {
            #expect(json.contains(key), "missing \(key) in \(json)")
        }
    }

    @Test func columnsCountUnicodeScalarsNotBytes() {
        let file = SourceFile(path: "x.md", text: "ab\nñé x\n")
        #expect(file.location(ofByte: 3 + 5) == SourceLocation(line: 2, column: 4))
        #expect(file.location(line: 2, byteColumn: 6) == SourceLocation(line: 2, column: 4))
        #expect(file.lineText(2) == "ñé x")
    }

    @Test func suggestionFindsCloseWordsOnly() {
        let sections = ["Questions for governments", "Key messages", "States first"]
        #expect(Suggestion.closest(to: "Questons for governments", among: sections) == "Questions for governments")
        #expect(Suggestion.closest(to: "Budget", among: sections) == nil)
    }
}
