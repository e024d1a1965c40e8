import Foundation
import Testing
import TestSupport

/// The redaction log of the example build (SPEC 3.4): each rewrite's file, line and column point
/// at the text it replaced, so that a rapporteur can fix the note by hand.
@Suite struct RedactionLogTests {
    let build = ExampleBuild.shared

    /// Rows of a CSV without quoted newlines (the log has none): fields split on commas outside quotes.
    static func rows(_ csv: String) -> [[String]] {
        csv.split(whereSeparator: \.isNewline).dropFirst().map { line in
            var fields: [String] = [], field = "", quoted = false
            for c in line {
                if c == "\"" { quoted.toggle() } else if c == ",", !quoted { fields.append(field); field = "" } else { field.append(c) }
            }
            return fields + [field]
        }
    }

    @Test func everyRewriteOfATextItemPointsAtTheTextItReplaced() throws {
        #expect(build.status == 0)
        let csv = try String(contentsOf: build.url("secretariat/redactions.csv"), encoding: .utf8)
        let rows = Self.rows(csv)
        #expect(rows.count > 200)
        var checked = 0
        for row in rows where row.count >= 6 && !row[5].hasPrefix("warning") {
            let (file, line, column, original) = (row[0], Int(row[1]) ?? 0, Int(row[2]) ?? 0, row[3])
            let source = try String(contentsOf: ExampleBuild.example.appendingPathComponent(file), encoding: .utf8)
            let lines = source.components(separatedBy: "\n")
            guard line >= 1, line <= lines.count else { Issue.record("\(file):\(line) is past the end"); continue }
            let text = lines[line - 1]
            if text.hasPrefix("|") { continue }  // a table item's cells: the log gives the table's line
            // Columns count Unicode scalars (as every diagnostic's do); inline markup may sit inside.
            let scalars = Array(text.unicodeScalars)
            guard column >= 1, column <= scalars.count else { Issue.record("\(file):\(line):\(column) is past the line"); continue }
            var at = String(String.UnicodeScalarView(scalars[(column - 1)...]))
            at.removeAll { $0 == "*" || $0 == "_" }
            let first = original.split(separator: " ").first.map(String.init) ?? original
            #expect(at.hasPrefix(first), "\(file):\(line):\(column): '\(original)' logged, the line has '\(at.prefix(30))' there")
            checked += 1
        }
        #expect(checked > 200)
    }

    /// A hard-wrapped item: a name on a continuation line is logged at that line, at the column
    /// after the item's indentation.
    @Test func aRewriteOnAContinuationLineIsLoggedWhereItStands() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let note = meeting.appendingPathComponent("notes/day1/d1-act2.md")
        var text = try String(contentsOf: note, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += "\n- The group heard that the new visa\n  was explained by Ms. Ortega at length.\n"
        try text.write(to: note, atomically: true, encoding: .utf8)
        let built = ExampleBuild.build(meeting, arguments: ["--only", "report"])
        #expect(built.status == 0, "\(built.stderr)")
        let csv = try String(contentsOf: built.url("secretariat/redactions.csv"), encoding: .utf8)
        let row = Self.rows(csv).first { $0.count >= 4 && $0[0] == "notes/day1/d1-act2.md" && $0[3] == "Ms. Ortega" && Int($0[1]) ?? 0 > lines }
        #expect(row.map { [$0[1], $0[2]] } == ["\(lines + 2)", "20"], "\(String(describing: row))")
    }
}
