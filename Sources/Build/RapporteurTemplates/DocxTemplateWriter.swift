import Foundation
import Ingest
import ZIPFoundation

/// Writes a rapporteur template as a Word file (`.docx`): WordprocessingML written directly, a
/// handful of parts, the styles the note reader knows (Heading 1, List Bullet, the guidance
/// styles it drops), the session id in the custom property `stocktake-session` (SPEC 1).
/// Hand-written because no Swift library here writes DOCX; the parts follow ECMA-376 and open in
/// Word, LibreOffice and python-docx.
enum DocxTemplateWriter {
    static func data(for template: RapporteurTemplate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/custom.xml", customProperties(session: template.session.id)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/document.xml", document(template)),
            ("word/styles.xml", styles(language: template.language)),
            ("word/numbering.xml", numbering),
        ]
        // A fixed date: the same meeting gives the same bytes.
        let date = Date(timeIntervalSince1970: 946_728_000)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 forbids most control characters.
                if c.value < 0x20 && c != "\t" && c != "\n" && c != "\r" { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    private static func paragraph(_ text: String, style: String, box: Bool = false) -> String {
        let border = box ? "<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/></w:pBdr>" : ""
        let run = text.isEmpty ? "" : "<w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
        return "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(border)</w:pPr>\(run)</w:p>"
    }

    static func document(_ t: RapporteurTemplate) -> String {
        var body = ""
        var inSections = false
        for p in t.paragraphs {
            switch p {
            case .field(let f): body += paragraph(f, style: "Normal")
            case .title(let x): body += paragraph(x, style: "StocktakeTitle")
            case .guidance(let x): body += paragraph(x, style: "StocktakeGuidance")
            case .box(let lines): for l in lines { body += paragraph(l, style: "StocktakeGuidance", box: true) }
            case .heading(let h):
                body += paragraph(h, style: "Heading1")
                inSections = true
            }
            // Under each section's guidance, an empty bullet to type into.
            if case .guidance = p, inSections { body += paragraph("", style: "ListBullet") }
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" \
            w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>
            """
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        </Relationships>
        """

    static func customProperties(session: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
        xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
        <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="\(WordNoteReader.sessionProperty)">\
        <vt:lpwstr>\(escape(session))</vt:lpwstr></property></Properties>
        """
    }

    static func styles(language: String) -> String {
        let lang = ["es": "es-ES", "fr": "fr-FR"][language] ?? "en-GB"
        func style(_ id: String, _ name: String, basedOn: String? = "Normal", extra: String = "", ppr: String = "", rpr: String = "") -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
                + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "") + extra
                + "<w:qFormat/><w:pPr>\(ppr)</w:pPr><w:rPr>\(rpr)</w:rPr></w:style>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>\
            <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="\(lang)" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            \(style("Heading1", "heading 1", extra: "<w:next w:val=\"ListBullet\"/>", ppr: "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"80\"/><w:outlineLvl w:val=\"0\"/>", rpr: "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>"))\
            \(style("Heading2", "heading 2", extra: "<w:next w:val=\"ListBullet\"/>", ppr: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/>", rpr: "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"))\
            \(style("StocktakeTitle", "Stocktake Title", ppr: "<w:spacing w:before=\"120\" w:after=\"120\"/>", rpr: "<w:b/><w:color w:val=\"595959\"/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>"))\
            \(style("StocktakeGuidance", "Stocktake Guidance", ppr: "<w:spacing w:after=\"80\"/>", rpr: "<w:i/><w:color w:val=\"767676\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>"))\
            \(style("ListBullet", "List Bullet", ppr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:ind w:left=\"360\" w:hanging=\"360\"/>"))\
            \(style("ListBullet2", "List Bullet 2", ppr: "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:ind w:left=\"720\" w:hanging=\"360\"/>"))\
            \(style("ListNumber", "List Number", ppr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr><w:ind w:left=\"360\" w:hanging=\"360\"/>"))\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
            <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            </w:tblBorders></w:tblPr></w:style></w:styles>
            """
    }

    static let numbering: String = {
        func levels(_ format: String, _ texts: [String]) -> String {
            texts.enumerated().map { i, t in
                "<w:lvl w:ilvl=\"\(i)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(t)\"/>"
                    + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(360 * (i + 1))\" w:hanging=\"360\"/></w:pPr></w:lvl>"
            }.joined()
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>\(levels("bullet", ["•", "◦", "▪"]))</w:abstractNum>\
            <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>\(levels("decimal", ["%1.", "%2.", "%3."]))</w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
            </w:numbering>
            """
    }()
}
