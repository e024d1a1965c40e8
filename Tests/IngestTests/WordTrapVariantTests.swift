import Diagnostics
import Foundation
import Ingest
import Model
import Testing
import TestSupport
import ZIPFoundation

/// Word's ways of hiding, splitting and faking structure, written as WordprocessingML by hand
/// (one variant a case): each is read as a person reading the page would, or stops with an error.
@Suite struct WordTrapVariantTests {
    static let secret = "Quillbarrow"

    /// A minimal DOCX whose body is `body` (paragraphs of WordprocessingML), with a character
    /// style `Hide` (hidden), a paragraph style `HiddenPara` and the guidance style.
    static func docx(_ body: String, custom: String? = nil, extraStyles: String = "", docDefaults: String = "",
                     main: String = "word/document.xml", stylesPart: String = "styles.xml", extraParts: [(String, String)] = []) throws -> Data {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""
        let styles = """
            <w:styles \(w)>\(docDefaults)\(extraStyles)<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Ttulo1"><w:name w:val="Título 1"/><w:basedOn w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="HiddenPara"><w:name w:val="Hidden para"/><w:rPr><w:vanish/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Guide"><w:name w:val="Stocktake Guidance"/></w:style>\
            <w:style w:type="paragraph" w:styleId="MyGuide"><w:name w:val="My guide"/><w:basedOn w:val="Guide"/></w:style>\
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
            <w:style w:type="character" w:styleId="Hide"><w:name w:val="Hide"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>
            """
        let rels = "http://schemas.openxmlformats.org/package/2006/relationships"
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let numbering = """
            <w:numbering \(w)><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """
        var parts = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            (main, "<w:document \(w)><w:body>\(body)</w:body></w:document>"),
            ("word/" + stylesPart, styles),
            ("word/numbering.xml", numbering),
            ("word/_rels/" + (main.split(separator: "/").last.map(String.init) ?? "") + ".rels", "<Relationships xmlns=\"\(rels)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(office)/styles\" Target=\"\(stylesPart)\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(office)/numbering\" Target=\"numbering.xml\"/>"
                + "<Relationship Id=\"rId9\" Type=\"\(office)/hyperlink\" Target=\"https://example.org/x\" TargetMode=\"External\"/></Relationships>"),
            ("_rels/.rels", "<Relationships xmlns=\"\(rels)\"><Relationship Id=\"rId1\" Type=\"\(office)/officeDocument\" Target=\"\(main)\"/>"
                + (custom == nil ? "" : "<Relationship Id=\"rId2\" Type=\"\(office)/custom-properties\" Target=\"docProps/custom.xml\"/>")
                + "</Relationships>"),
        ]
        parts += extraParts
        if let custom {
            parts.append(("docProps/custom.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"stocktake-session\"><vt:lpwstr>\(custom)</vt:lpwstr></property></Properties>"))
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { pos, size in
                bytes.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return try #require(archive.data)
    }

    static func p(_ runs: String, style: String? = nil) -> String {
        "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "") + runs + "</w:p>"
    }
    static func r(_ text: String, _ rpr: String = "") -> String {
        "<w:r>" + (rpr.isEmpty ? "" : "<w:rPr>\(rpr)</w:rPr>") + "<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }
    static let head = p(r("session: d1-act2")) + p(r("Key messages"), style: "Heading2")
    static let harmless = p(r("Regular pathways matter for everyone."), style: "ListBullet")

    struct Outcome {
        var items: [Item]
        var diagnostics: [Diagnostic]
        var texts: [String] { items.map(\.content.plainText) }
        var codes: Set<String> { Set(diagnostics.map(\.code.rawValue)) }
    }

    /// The note filed as `notes/day1/v.docx` of the fixture meeting, read.
    static func read(_ body: String, custom: String? = nil, name: String = "v.docx") throws -> Outcome {
        try read(bytes: try docx(body, custom: custom), name: name)
    }

    static func read(bytes: Data, name: String = "v.docx") throws -> Outcome {
        let source = MeetingFixture.source.with("notes/day1/\(name)", bytes: bytes)
        let (meeting, bag) = MeetingReader.read(source)
        let path = "notes/day1/\(name)"
        return Outcome(items: meeting?.items.filter { $0.origin.path == path } ?? [],
                       diagnostics: bag.all.filter { $0.span.path == path })
    }

    struct Hidden: CustomTestStringConvertible, Sendable {
        var name: String
        var runs: String
        var warning: String?
        var testDescription: String { name }
    }

    /// Ways the secret hides inside a point that is otherwise read; it never reaches the item.
    static let hidden: [Hidden] = [
        Hidden(name: "deleted run", runs: "<w:del w:id=\"1\" w:author=\"x\">" + r("\(secret) ", "").replacingOccurrences(of: "w:t ", with: "w:delText ").replacingOccurrences(of: "</w:t>", with: "</w:delText>") + "</w:del>", warning: "tracked deletions"),
        Hidden(name: "moved away", runs: "<w:moveFrom w:id=\"2\" w:author=\"x\">" + r(secret) + "</w:moveFrom>", warning: "tracked deletions"),
        Hidden(name: "vanish", runs: r(secret, "<w:vanish/>"), warning: "hidden text"),
        Hidden(name: "web hidden", runs: r(secret, "<w:webHidden/>"), warning: "hidden text"),
        Hidden(name: "hidden by character style", runs: r(secret, "<w:rStyle w:val=\"Hide\"/>"), warning: "hidden text"),
        Hidden(name: "field instruction", runs: "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"mailto:\(secret)@x.org\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("the list") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", warning: nil),
        Hidden(name: "comment reference", runs: "<w:commentRangeStart w:id=\"0\"/>" + r("said ") + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>", warning: "comments"),
        Hidden(name: "footnote reference", runs: "<w:r><w:footnoteReference w:id=\"2\"/></w:r>", warning: "footnotes"),
        Hidden(name: "text box", runs: "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p>" + r(secret) + "</w:p></w:txbxContent></w:drawing></mc:Choice></mc:AlternateContent></w:r>", warning: "text boxes"),
        Hidden(name: "equation", runs: "<m:oMath><m:r><m:t>\(secret)</m:t></m:r></m:oMath>", warning: "equations"),
    ]

    @Test(arguments: hidden)
    func hiddenTextNeverReachesAnItem(variant: Hidden) throws {
        let body = Self.head + Self.p(Self.r("Regularisation is not an amnesty, ") + variant.runs + Self.r(" as states know."), style: "ListBullet")
        let out = try Self.read(body)
        #expect(out.items.count == 1 && out.texts.allSatisfy { !$0.contains(Self.secret) }, "\(out.texts)")
        #expect(out.texts.first?.hasPrefix("Regularisation is not an amnesty,") == true, "\(out.texts)")
        if let w = variant.warning {
            #expect(out.diagnostics.contains { $0.code == .wordContentSkipped && $0.message.contains(w) }, "\(out.diagnostics)")
        }
        #expect(!out.diagnostics.contains { $0.severity == .error }, "\(out.diagnostics)")
    }

    @Test func aWholeDeletedOrHiddenParagraphIsNoItem() throws {
        let deleted = "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/></w:pPr><w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>\(Self.secret) spoke.</w:delText></w:r></w:del></w:p>"
        let hiddenStyle = Self.p(Self.r("\(Self.secret) spoke."), style: "HiddenPara")
        for body in [deleted, hiddenStyle] {
            let out = try Self.read(Self.head + Self.harmless + body)
            #expect(out.texts == ["Regular pathways matter for everyone."], "\(out.texts)")
        }
    }

    @Test func insertionsContentControlsAndFieldResultsAreRead() throws {
        let body = Self.head + Self.p("<w:ins w:id=\"1\" w:author=\"x\">" + Self.r("Inserted point") + "</w:ins>"
            + "<w:sdt><w:sdtContent>" + Self.r(" in a control") + "</w:sdtContent></w:sdt>"
            + "<w:fldSimple w:instr=\" DATE \">" + Self.r(" dated today") + "</w:fldSimple>"
            + "<w:hyperlink r:id=\"rId9\">" + Self.r(" and linked") + "</w:hyperlink>", style: "ListBullet")
        let out = try Self.read(body)
        #expect(out.texts == ["Inserted point in a control dated today and linked"], "\(out.texts)")
        guard case .text(let inlines)? = out.items.first?.content else { Issue.record("no item"); return }
        #expect(inlines.contains { if case .link(let d, _) = $0 { return d == "https://example.org/x" }; return false }, "\(inlines)")
        #expect(out.diagnostics.contains { $0.code == .wordContentSkipped && $0.message.contains("insertions") })
    }

    struct Slip: CustomTestStringConvertible, Sendable {
        var name: String
        var paragraph: String
        var code: DiagnosticCode
        var testDescription: String { name }
    }

    /// What a rapporteur meant as structure or a clearance, and a careless reader would print.
    static let slips: [Slip] = [
        Slip(name: "bold line naming an internal section", paragraph: p(r("States first", "<w:b/>")), code: .headingLikeLine),
        Slip(name: "label with a colon", paragraph: p(r("States first: two governments could lead.")), code: .headingLikeLine),
        Slip(name: "capitals in bold", paragraph: p(r("QUESTIONS FOR GOVERNMENTS", "<w:b/>")), code: .headingLikeLine),
        Slip(name: "lower-case label of the internal section", paragraph: p(r("states first: the two leaders")), code: .headingLikeLine),
        Slip(name: "misspelt mark", paragraph: p(r("Point [interal]"), style: "ListBullet"), code: .badAttribute),
        Slip(name: "Spanish key in the mark", paragraph: p(r("Point [acto 2]"), style: "ListBullet"), code: .badAttribute),
        Slip(name: "key without a value", paragraph: p(r("Point [region]"), style: "ListBullet"), code: .badAttribute),
        Slip(name: "mark not last", paragraph: p(r("Point [internal] and more text."), style: "ListBullet"), code: .badAttribute),
        Slip(name: "mark in bold", paragraph: p(r("Point ") + r("[internal]", "<w:b/>"), style: "ListBullet"), code: .badAttribute),
        Slip(name: "mark split into bold", paragraph: p(r("Point [inter") + r("nal]", "<w:b/>"), style: "ListBullet"), code: .badAttribute),
        Slip(name: "mark then a full stop", paragraph: p(r("Point [internal]."), style: "ListBullet"), code: .badAttribute),
        Slip(name: "braces then a full stop", paragraph: p(r("Point {.internal}."), style: "ListBullet"), code: .badAttribute),
        Slip(name: "misspelt header field", paragraph: "", code: .unknownField),
        Slip(name: "unknown heading in a localised style", paragraph: p(r("Estrategia interna"), style: "Ttulo1"), code: .unknownSection),
    ]

    @Test(arguments: slips)
    func aSlipStopsTheBuildAtItsParagraph(slip: Slip) throws {
        let head = slip.code == .unknownField ? Self.p(Self.r("session: d1-act2")) + Self.p(Self.r("clearence: public"))
            + Self.p(Self.r("Key messages"), style: "Heading2") : Self.head
        let out = try Self.read(head + Self.harmless + slip.paragraph)
        let hit = out.diagnostics.first { $0.code == slip.code && $0.severity == .error }
        #expect(hit != nil, "\(slip.name): \(out.diagnostics.map { DiagnosticRenderer.line($0) })")
        #expect(hit?.span.start.column == 1)
        // Unsure what was meant: the strictest reading, as in Markdown.
        #expect(out.items.filter { $0.content.plainText.hasPrefix("Point") }.allSatisfy { $0.clearance == .internal },
                "\(out.items.map { ($0.content.plainText, $0.clearance) })")
    }

    @Test func marksOfEveryShapeAreReadAndBracketsOfProseAreText() throws {
        let body = Self.head
            + Self.p(Self.r("One [act 2; internal]"), style: "ListBullet")
            + Self.p(Self.r("Two [ Internal ; Act 2 ]"), style: "ListBullet")
            + Self.p(Self.r("Three [government, women]"), style: "ListBullet")
            + Self.p(Self.r("Four [act=2 ; same=k1]"), style: "ListBullet")
            + Self.p(Self.r("Five {.internal}"), style: "ListBullet")
            + Self.p(Self.r("Six, as agreed [sic], stays public [translated]"), style: "ListBullet")
        let out = try Self.read(body)
        #expect(!out.diagnostics.contains { $0.severity == .error }, "\(out.diagnostics.map { DiagnosticRenderer.line($0) })")
        let byText = Dictionary(out.items.map { ($0.content.plainText, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["One"]?.clearance == .internal && byText["One"]?.acts == ["2"])
        #expect(byText["Two"]?.clearance == .internal)
        #expect(byText["Three"]?.clearance == .government && byText["Three"]?.tags == ["women"])
        #expect(byText["Four"]?.same == "k1")
        #expect(byText["Five"]?.clearance == .internal)
        #expect(byText["Six, as agreed [sic], stays public [translated]"]?.clearance == .public, "\(byText.keys)")
    }

    @Test func aTitleStyleAndALocalisedHeadingStyleAreHeadings() throws {
        let body = Self.p(Self.r("session: d1-act2")) + Self.p(Self.r("Mensajes clave"), style: "Ttulo1") + Self.harmless
            + Self.p(Self.r("States first"), style: "Title") + Self.p(Self.r("Strategy here."), style: "ListBullet")
        let out = try Self.read(body)
        #expect(!out.diagnostics.contains { $0.severity == .error }, "\(out.diagnostics.map { DiagnosticRenderer.line($0) })")
        #expect(out.items.map(\.clearance) == [.public, .internal], "\(out.items.map(\.sectionID))")
    }

    @Test func guidanceIsDroppedAndTypedGuidanceWarned() throws {
        let body = Self.head + Self.p(Self.r("What are civil society's key messages?"), style: "Guide")
            + Self.p(Self.r("\(Self.secret) thinks the visa must stay."), style: "MyGuide") + Self.harmless
        let out = try Self.read(body)
        #expect(out.texts == ["Regular pathways matter for everyone."], "\(out.texts)")
        #expect(out.diagnostics.contains { $0.code == .wordContentSkipped && $0.message.contains("guidance style") && $0.span.start.line == 4 },
                "\(out.diagnostics.map { DiagnosticRenderer.line($0) })")
    }

    @Test func invisibleCharactersInWordAreWarnedAndSeenThrough() throws {
        let out = try Self.read(Self.head + Self.p(Self.r("A point with a zero\u{200B}width space."), style: "ListBullet"))
        #expect(out.diagnostics.contains { $0.code == .invisibleCharacter }, "\(out.diagnostics.map { DiagnosticRenderer.line($0) })")
        #expect(out.texts == ["A point with a zerowidth space."], "\(out.texts)")
    }

    @Test func wordsLockFileAndAnOldDocAreErrorsThatSayWhatToDo() throws {
        let lock = MeetingFixture.source.with("notes/day1/~$v.docx", bytes: Data([0x0A, 0x41, 0x42]))
        let d1 = MeetingReader.read(lock).1.all.first { $0.span.path == "notes/day1/~$v.docx" }
        #expect(d1?.code == .unreadableFile && d1?.hint?.contains("close the document") == true, "\(String(describing: d1))")
        let doc = MeetingFixture.source.with("notes/day1/v.doc", bytes: Data([0xD0, 0xCF, 0x11, 0xE0]))
        let d2 = MeetingReader.read(doc).1.all.first { $0.span.path == "notes/day1/v.doc" }
        #expect(d2?.code == .unreadableFile && d2?.hint?.contains(".docx") == true, "\(String(describing: d2))")
    }

    @Test func theFirstLineAndTheTemplatePropertyMustAgree() throws {
        let mismatch = try Self.read(Self.head + Self.harmless, custom: "d1-act3")
        #expect(mismatch.diagnostics.contains { $0.code == .sessionMismatch && $0.span.start.line == 1 })
        #expect(mismatch.items.isEmpty || mismatch.diagnostics.contains { $0.severity == .error })
        let agree = try Self.read(Self.head + Self.harmless, custom: "d1-act2")
        #expect(!agree.diagnostics.contains { $0.severity == .error })
    }

    // MARK: found by the red-team review of the Word reader

    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    static let point = p(r("Regularisation is not an amnesty."), style: "ListBullet")

    /// Ways Word hides text that a reader matching names literally would print.
    @Test func textWordHidesIsNeverRead() throws {
        let secret = Self.secret
        let cases: [(String, Data)] = [
            ("document defaults hide everything", try Self.docx(Self.head + Self.p(Self.r(secret + " hidden by defaults."), style: "ListBullet"),
                                                              docDefaults: "<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>")),
            ("specVanish", try Self.docx(Self.head + Self.p(Self.r("Visible point. ") + Self.r(secret, "<w:specVanish/>"), style: "ListBullet"))),
            ("a field in a field's instruction", try Self.docx(Self.head + Self.p(Self.r("Point: ")
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF 1 = 1 </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>QUOTE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + Self.r(secret) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + Self.r("shown") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", style: "ListBullet"))),
            ("a field's instruction across paragraphs", try Self.docx(Self.head + Self.p(Self.r("Point ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>QUOTE</w:instrText></w:r>", style: "ListBullet")
                + Self.p(Self.r(secret + " in code") + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + Self.r("shown result") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", style: "ListBullet"))),
            ("a table style that hides", try Self.docx(Self.head + Self.point + "<w:tbl><w:tblPr><w:tblStyle w:val=\"HiddenTable\"/></w:tblPr><w:tr><w:tc>" + Self.p(Self.r(secret)) + "</w:tc></w:tr></w:tbl>",
                                                      extraStyles: "<w:style w:type=\"table\" w:styleId=\"HiddenTable\"><w:name w:val=\"Hidden table\"/><w:rPr><w:vanish/></w:rPr></w:style>")),
            ("vanish under another prefix", try Self.docx(Self.head + Self.p(Self.r("Visible. ") + "<w:r><w:rPr><h:vanish xmlns:h=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/></w:rPr><w:t>\(secret)</w:t></w:r>", style: "ListBullet"))),
            ("styles at another path", try Self.docx(Self.head + Self.p(Self.r("Visible. ") + Self.r(secret, "<w:rStyle w:val=\"Hide\"/>"), style: "ListBullet"), stylesPart: "st.xml")),
            ("a decoy document.xml", try Self.docx(Self.head + Self.point, main: "word/main.xml",
                                                   extraParts: [("word/document.xml", "<w:document \(Self.w)><w:body>\(Self.head)\(Self.p(Self.r(secret), style: "ListBullet"))</w:body></w:document>")])),
        ]
        for (name, bytes) in cases {
            let out = try Self.read(bytes: bytes)
            #expect(!out.texts.contains { $0.contains(secret) }, "\(name): \(out.texts)")
            #expect(!out.texts.isEmpty || out.diagnostics.contains { $0.severity == .error }, "\(name): nothing read, nothing said")
        }
    }

    /// A run or a heading in a namespace Word does not read, or under a wrapper this reader does not
    /// know, stops the note instead of losing what it holds.
    @Test func contentThisReaderCannotPlaceStopsTheNote() throws {
        let heading = Self.p(Self.r("States first"), style: "Heading2")
        let cases: [(String, String)] = [
            ("alternate content around a heading", "<mc:AlternateContent><mc:Choice Requires=\"w14\">\(heading)</mc:Choice><mc:Fallback>\(heading)</mc:Fallback></mc:AlternateContent>"),
            ("a wrapper of an unknown namespace", "<x:wrap xmlns:x=\"urn:x-unknown\">\(heading)</x:wrap>"),
            ("imported content", "<w:altChunk r:id=\"rId7\"/>" + Self.p(Self.r("after"), style: "ListBullet")),
            ("a data-bound control", "<w:sdt><w:sdtPr><w:dataBinding w:xpath=\"/a\" w:storeItemID=\"{1}\"/></w:sdtPr><w:sdtContent>\(Self.p(Self.r("cached text"), style: "ListBullet"))</w:sdtContent></w:sdt>"),
        ]
        for (name, body) in cases {
            let out = try Self.read(Self.head + Self.point + body + Self.p(Self.r("Strategy point."), style: "ListBullet"))
            let stopped = out.diagnostics.contains { $0.severity == .error }
            let altChunk = name == "imported content"
            #expect(stopped, "\(name): \(out.texts)")
            if !altChunk { #expect(!out.texts.contains("Strategy point.") || out.diagnostics.contains { $0.code == .unreadableFile }, "\(name)") }
        }
    }

    /// A run in a namespace Word does not know is not shown by Word, and not read here.
    @Test func aRunOfAForeignNamespaceIsNotRead() throws {
        let out = try Self.read(Self.head + Self.p(Self.r("Shown ") + "<w:r xmlns:w=\"urn:x-junk\"><w:t>\(Self.secret)</w:t></w:r>", style: "ListBullet"))
        #expect(out.texts == ["Shown"], "\(out.texts)")
    }

    /// What Word shows as part of a point (indented under it, a continuation style, a mark in a
    /// table cell) keeps the point's clearance, or stops the build.
    @Test func whatWordShowsUnderAnInternalPointStaysInternal() throws {
        let extra = "<w:style w:type=\"paragraph\" w:styleId=\"ListContinue\"><w:name w:val=\"List Continue\"/></w:style>"
        let body = Self.head + Self.p(Self.r("Leader point. [internal]"), style: "ListBullet")
            + Self.p(Self.r("continuation: two governments could lead."), style: "ListContinue")
            + "<w:p><w:pPr><w:ind w:left=\"720\"/></w:pPr>" + Self.r("indented under it.") + "</w:p>"
            + Self.p(Self.r("• Typed point [internal]")) + "<w:p><w:pPr><w:ind w:left=\"720\"/></w:pPr>" + Self.r("◦ typed sub-point") + "</w:p>"
        let out = try Self.read(bytes: try Self.docx(body, extraStyles: extra))
        #expect(!out.diagnostics.contains { $0.severity == .error }, "\(out.diagnostics.map { DiagnosticRenderer.line($0) })")
        #expect(out.items.count == 5 && out.items.allSatisfy { $0.clearance == .internal }, "\(out.items.map { ($0.content.plainText, $0.clearance) })")
        // A mark or a heading in a table cell: an error, and the table internal.
        for cell in [Self.r("champion [internal]"), "<w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>" + Self.r("States first")] {
            let table = "<w:tbl><w:tr><w:tc>\(Self.p(Self.r("State")))</w:tc><w:tc>\(Self.p(Self.r("Who")))</w:tc></w:tr><w:tr><w:tc>\(Self.p(Self.r("Canada")))</w:tc><w:tc><w:p>\(cell)</w:p></w:tc></w:tr></w:tbl>"
            let t = try Self.read(Self.head + table)
            #expect(t.diagnostics.contains { $0.severity == .error }, "\(t.texts)")
            #expect(t.items.allSatisfy { $0.clearance == .internal })
        }
    }

    /// Marks written another way: read as marks, or an error — never printed as text.
    @Test func marksWrittenAnotherWayAreNeverText() throws {
        let endings = ["(internal)", "［internal］", "⟦internal⟧", "[uso interno]", "[gobierno]", "[confidential]",
                       "[not for governments]", "[keep internal]", "(solo gobiernos)", "[<![CDATA[internal]]>]"]
        for end in endings {
            let out = try Self.read(Self.head + Self.p(Self.r("Point " + end), style: "ListBullet"))
            let item = out.items.first { $0.content.plainText.hasPrefix("Point") }
            #expect(item?.clearance == .internal, "\(end): \(out.items.map { ($0.content.plainText, $0.clearance) })")
        }
        // A bracket closed by a symbol character of an ordinary font is still a mark.
        let sym = try Self.read(Self.head + Self.p(Self.r("Point [internal") + "<w:r><w:sym w:font=\"Arial\" w:char=\"005D\"/></w:r>", style: "ListBullet"))
        #expect(sym.items.first?.clearance == .internal, "\(sym.texts)")
        // A field of the front matter under a heading is an error, not a point.
        let late = try Self.read(Self.head + Self.point + Self.p(Self.r("clearance: internal")))
        #expect(late.diagnostics.contains { $0.code == .badFrontMatter && $0.severity == .error })
        #expect(!late.texts.contains("clearance: internal"))
    }
}
