import Foundation
import Testing
import TestSupport

/// Issue 10, "nothing dropped", proved from the PDFs: every list item of a copy of a meeting gets a
/// unique marker word; after the build, each public marker is in the report's text exactly once,
/// or its item is counted under a lead whose marker is; each government item reaches the packs
/// `secretariat/placements.csv` names, and the placements agree with what the PDFs hold.
@Suite struct NothingDroppedTests {
    struct Marker {
        var word: String
        var source: String  // "notes/day1/d1-act2.md:8"
    }

    /// Appends `qxNNNN` to every list item of every Markdown note and outcome of `meeting`.
    static func mark(_ meeting: URL) throws -> [Marker] {
        var markers: [Marker] = []
        let files = (FileManager.default.enumerator(atPath: meeting.path)?.allObjects as? [String] ?? [])
            .filter { ($0.hasPrefix("notes/") || $0.hasPrefix("regional/")) && $0.hasSuffix(".md") }.sorted()
        let item = try NSRegularExpression(pattern: #"^(\s*(?:[-*+]|\d+[.)])\s+\S.*?)(\s*\{[^{}]*\})?\s*$"#)
        for file in files {
            let url = meeting.appendingPathComponent(file)
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            var inFrontMatter = lines.first == "---"
            for (i, line) in lines.enumerated() {
                if i > 0, inFrontMatter, line == "---" { inFrontMatter = false; continue }
                guard !inFrontMatter else { continue }
                let ns = line as NSString
                guard let m = item.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { continue }
                let word = String(format: "qx%05d", markers.count + 1)
                let attributes = m.range(at: 2).location == NSNotFound ? "" : ns.substring(with: m.range(at: 2))
                lines[i] = ns.substring(with: m.range(at: 1)) + " " + word + attributes
                markers.append(Marker(word: word, source: "\(file):\(i + 1)"))
            }
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        return markers
    }

    /// RFC 4180 rows (quoted fields with doubled quotes; CRLF line ends).
    static func csv(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } }
                else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        if !row.isEmpty || !field.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    func check(_ meeting: URL, minimumMarkers: Int) throws {
        let markers = try Self.mark(meeting)
        #expect(markers.count >= minimumMarkers)
        let build = ExampleBuild.build(meeting)
        try #require(build.status == 0, "\(build.stderr.suffix(1500))")
        let rows = Self.csv(try String(contentsOf: build.url("secretariat/placements.csv"), encoding: .utf8))
        try #require(rows.first == ["item", "source", "act", "clearance", "output", "paragraph", "lead", "note"])
        let body = rows.dropFirst()
        let bySource = Dictionary(grouping: body, by: { $0[1] })
        let byKey = Dictionary(grouping: body, by: { $0[0] })
        let markerOfSource = Dictionary(markers.map { ($0.source, $0.word) }, uniquingKeysWith: { a, _ in a })
        // The markers each PDF prints, with how often: read once per PDF.
        var found: [String: [String: Int]] = [:]
        let token = try NSRegularExpression(pattern: "qx[0-9]{5}")
        func printed(_ output: String) -> [String: Int] {
            if let f = found[output] { return f }
            let text = PDFTools.text(build.url(output)).joined(separator: "\n") as NSString
            var f: [String: Int] = [:]
            for m in token.matches(in: text as String, range: NSRange(location: 0, length: text.length)) {
                f[text.substring(with: m.range), default: 0] += 1
            }
            found[output] = f
            return f
        }
        func count(_ word: String, in output: String) -> Int { printed(output)[word] ?? 0 }
        var publicItems = 0, counted = 0, governmentReached = 0
        for marker in markers {
            guard let rows = bySource[marker.source], let first = rows.first else {
                Issue.record("\(marker.source) (\(marker.word)) has no row in placements.csv"); continue
            }
            let clearance = first[3]
            if clearance == "public" {
                publicItems += 1
                guard let report = rows.first(where: { $0[4] == "public/report.pdf" }) else {
                    Issue.record("public item \(marker.source) is not placed in the report: \(first[7])"); continue
                }
                if report[6].isEmpty {
                    #expect(count(marker.word, in: "public/report.pdf") == 1, "\(marker.word) of \(marker.source) printed once in the report")
                } else {
                    counted += 1
                    let lead = byKey[report[6]]?.first?[1]
                    let leadWord = lead.flatMap { markerOfSource[$0] }
                    #expect(count(marker.word, in: "public/report.pdf") == 0, "\(marker.word) counted, not printed")
                    if let leadWord { #expect(count(leadWord, in: "public/report.pdf") == 1, "lead \(leadWord) of \(marker.word) printed once") }
                }
            }
            // Every output the placements name holds the item's marker, or its lead's.
            for row in rows where !row[4].isEmpty && row[4].hasSuffix(".pdf") {
                let word = row[6].isEmpty ? marker.word : (byKey[row[6]]?.first.flatMap { markerOfSource[$0[1]] } ?? marker.word)
                #expect(count(word, in: row[4]) >= 1, "\(word) (\(marker.source)) is in \(row[4]) as placements.csv says")
                if clearance == "government", row[4].hasPrefix("government/briefing/") { governmentReached += 1 }
            }
            if rows.allSatisfy({ $0[4].isEmpty }) {
                #expect(first[7].hasPrefix("in no output:") && !first[7].contains("bug"), "\(marker.source): \(first[7])")
                #expect(clearance != "public")
            }
        }
        // And the other way: a marker a PDF prints is one placements.csv places there.
        for output in build.pdfs where !output.hasPrefix("secretariat/") {
            let words = Set(printed(output).keys)
            let sources = Set(markers.filter { words.contains($0.word) }.map(\.source))
            let placed = Set(body.filter { $0[4] == output && $0[6].isEmpty }.map { $0[1] })
            #expect(sources.subtracting(placed).isEmpty, "\(output) prints items placements.csv does not place there: \(sources.subtracting(placed).sorted().prefix(5))")
        }
        print("nothing dropped: \(markers.count) items, \(publicItems) public (\(counted) counted under a lead), \(governmentReached) government placements in packs")
    }

    @Test func theExampleDropsNothing() throws {
        try check(ExampleBuild.copy(ExampleBuild.example), minimumMarkers: 250)
    }

    /// The same on the benchmark's meeting ten times the example (Benchmarks/scale_meeting.py).
    @Test func theTenfoldMeetingDropsNothing() throws {
        let meeting = PDFTools.temporaryFolder("stocktake-tenfold").appendingPathComponent("meeting")
        let run = PDFTools.run("python3", [PDFTools.packageRoot.appendingPathComponent("Benchmarks/scale_meeting.py").path,
                                           "10", meeting.path, "--source", ExampleBuild.example.path])
        try #require(run.status == 0, "\(run.stderr)")
        try check(meeting, minimumMarkers: 2500)
    }
}
