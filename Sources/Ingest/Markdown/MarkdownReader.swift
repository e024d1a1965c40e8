internal import CCmark
import Diagnostics
import Model

/// The wall around libcmark-gfm: the only file that imports `CCmark`. Parses CommonMark with
/// GitHub tables into `Model.MarkdownBlock` trees whose spans point into the original file.
public enum MarkdownReader {
    /// Deepest block nesting (lists in lists, quotes in quotes) that is read; deeper content is
    /// reported as `nesting-too-deep` and skipped, so hostile input cannot exhaust the stack.
    public static let maximumDepth = 24

    /// Parses a Markdown file: front matter split off, body parsed with source positions.
    /// `documentExtensions` (for `render`) adds cmark-gfm's strikethrough, task lists, autolinks
    /// and footnotes to the tables that notes have too; notes keep their syntax small.
    public static func read(_ file: SourceFile, documentExtensions: Bool = false) -> (MarkdownDocument, DiagnosticBag) {
        var bag = DiagnosticBag()
        let split = FrontMatterSplitter.split(file, diagnostics: &bag)
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | (documentExtensions ? CMARK_OPT_FOOTNOTES : 0)) else {
            bag.error(.internalError, at: .file(file.path), "cannot create a CommonMark parser")
            return (MarkdownDocument(path: file.path, frontMatterText: nil, frontMatterLine: 0, blocks: []), bag)
        }
        defer { cmark_parser_free(parser) }
        for name in ["table"] + (documentExtensions ? ["strikethrough", "tasklist", "autolink"] : []) {
            if let e = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, e) }
        }
        var body = Array(split.body.utf8)
        body.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            bag.error(.internalError, at: .file(file.path), "CommonMark parser returned no document")
            return (MarkdownDocument(path: file.path, frontMatterText: split.frontMatter,
                                     frontMatterLine: split.frontMatterLine, blocks: []), bag)
        }
        defer { cmark_node_free(root) }
        var converter = Converter(file: file, diagnostics: bag)
        let blocks = converter.blocks(under: root, depth: 0)
        let document = MarkdownDocument(path: file.path, frontMatterText: split.frontMatter,
                                        frontMatterLine: split.frontMatterLine, blocks: blocks)
        return (document, converter.diagnostics)
    }
}

/// Walks cmark's node tree and builds Model values. Node types are compared by value; the
/// table extension's nodes are recognised by their type string.
private struct Converter {
    let file: SourceFile
    var diagnostics: DiagnosticBag
    /// Footnote definitions so far: cmark lists them in the order of their numbers.
    var footnotes = 0

    init(file: SourceFile, diagnostics: DiagnosticBag) {
        self.file = file
        self.diagnostics = diagnostics
    }

    func span(_ node: OpaquePointer) -> SourceSpan {
        let start = file.location(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
        let end = file.location(line: Int(cmark_node_get_end_line(node)), byteColumn: Int(cmark_node_get_end_column(node)))
        return SourceSpan(path: file.path, start: start, end: end)
    }

    func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            result.append(c)
            child = cmark_node_next(c)
        }
        return result
    }

    func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    func typeString(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    mutating func blocks(under node: OpaquePointer, depth: Int) -> [MarkdownBlock] {
        children(node).compactMap { block($0, depth: depth) }
    }

    mutating func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock? {
        let s = span(node)
        if depth > MarkdownReader.maximumDepth {
            diagnostics.error(.nestingTooDeep, at: s, "blocks nested more than \(MarkdownReader.maximumDepth) deep are not read")
            return nil
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(under: node, depth: 0), s)
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(under: node, depth: 0), s)
        case CMARK_NODE_LIST:
            let items = children(node).map { item in
                MarkdownListItem(blocks: blocks(under: item, depth: depth + 1), span: span(item),
                                 checked: typeString(item) == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil)
            }
            let list = MarkdownList(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                                    start: Int(cmark_node_get_list_start(node)), items: items)
            return .list(list, s)
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(under: node, depth: depth + 1), s)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(literal(node), s)
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(s)
        case CMARK_NODE_HTML_BLOCK:
            return .html(literal(node), s)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            footnotes += 1
            return .footnoteDefinition(String(footnotes), blocks(under: node, depth: depth + 1), s)
        default:
            if typeString(node) == "table" { return .table(table(node), s) }
            return nil
        }
    }

    mutating func table(_ node: OpaquePointer) -> MarkdownTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [MarkdownTable.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch raw[i] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in children(node) {
            let cells = children(row).map { inlines(under: $0, depth: 0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        return MarkdownTable(alignments: alignments, header: header, rows: rows)
    }

    mutating func inlines(under node: OpaquePointer, depth: Int) -> [Inline] {
        var result: [Inline] = []
        for child in children(node) {
            if depth > MarkdownReader.maximumDepth {
                result.append(.text(plain(child)))
                continue
            }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT: result.append(.text(literal(child)))
            case CMARK_NODE_CODE: result.append(.code(literal(child)))
            case CMARK_NODE_SOFTBREAK: result.append(.softBreak)
            case CMARK_NODE_LINEBREAK: result.append(.lineBreak)
            case CMARK_NODE_EMPH: result.append(.emphasis(inlines(under: child, depth: depth + 1)))
            case CMARK_NODE_STRONG: result.append(.strong(inlines(under: child, depth: depth + 1)))
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(child).map { String(cString: $0) } ?? ""
                result.append(.link(destination: url, inlines(under: child, depth: depth + 1)))
            case CMARK_NODE_IMAGE:
                let source = cmark_node_get_url(child).map { String(cString: $0) } ?? ""
                result.append(.image(source: source, inlines(under: child, depth: depth + 1)))
            case CMARK_NODE_FOOTNOTE_REFERENCE: result.append(.footnoteReference(literal(child)))
            case CMARK_NODE_HTML_INLINE:
                diagnostics.error(.rawHTML, at: span(child), "raw HTML is not allowed: '\(literal(child))'",
                                  hint: "write the text in Markdown")
            default:
                if typeString(child) == "strikethrough" {
                    result.append(.strikethrough(inlines(under: child, depth: depth + 1)))
                } else {
                    result.append(contentsOf: inlines(under: child, depth: depth + 1))
                }
            }
        }
        return result
    }

    func plain(_ node: OpaquePointer) -> String {
        var text = literal(node)
        for c in children(node) { text += plain(c) }
        return text
    }
}
