import Foundation
import Diagnostics
import Model

/// Turns the blocks of one note or regional outcome into items (SPEC 1): headings choose the
/// section (and, in an outcome, the act); every list item, nested ones too, every paragraph and
/// every table under a section is one item, with its attributes applied and checked.
struct ItemBuilder {
    let context: ItemContext
    let meeting: Meeting
    let index: ReferenceIndex
    let sections: SectionMatcher
    /// Id of the first item this builder makes (items are numbered across the meeting).
    let firstID: Int
    var items: [Item] = []
    var diagnostics = DiagnosticBag()

    private var section: Section?
    private var act: String?
    /// After a heading that names nothing, its content is skipped without more errors.
    private var skipping = false
    private var reportedContentBefore = false

    init(context: ItemContext, meeting: Meeting, index: ReferenceIndex, sections: SectionMatcher, firstID: Int) {
        self.context = context; self.meeting = meeting; self.index = index
        self.sections = sections; self.firstID = firstID
    }

    mutating func build(_ blocks: [MarkdownBlock]) {
        for block in blocks {
            switch block {
            case .heading(let level, let inlines, let span):
                heading(level: level, text: inlines.plainText, span: span)
            case .html(_, let span):
                diagnostics.error(.rawHTML, at: span, "raw HTML is not allowed in notes", hint: "write Markdown instead")
            case .thematicBreak:
                continue
            default:
                guard let section else {
                    if !skipping && !reportedContentBefore {
                        diagnostics.error(.contentBeforeSection, at: block.span,
                                          "content before the first section heading belongs to no section",
                                          hint: "put it under a heading such as '## \(meeting.sections.first?.heading ?? "Key messages")'")
                        reportedContentBefore = true
                    }
                    continue
                }
                emit(block, section: section, parent: nil, depth: 0)
            }
        }
    }

    private mutating func heading(level: Int, text: String, span: SourceSpan) {
        if context.isOutcome && level == 1 {
            section = nil
            act = actHeading(text, span: span)
            skipping = act == nil
            reportedContentBefore = false
            return
        }
        if let found = sections.section(for: text) {
            section = found
            skipping = false
        } else {
            diagnostics.error(.unknownSection, at: span, "unknown section '\(text)'", hint: sections.suggestion(for: text))
            section = nil
            skipping = true
        }
    }

    /// `# Act 3`, `# ACT 3: Protection`, or an act's title → the act id; else reported.
    private mutating func actHeading(_ text: String, span: SourceSpan) -> String? {
        let folded = SectionMatcher.fold(text)
        var rest = Substring(folded)
        if rest.hasPrefix("act") {
            rest = rest.dropFirst(3).drop(while: { $0 == " " })
            let id = rest.prefix(while: { !($0 == ":" || $0 == " " || $0 == "–" || $0 == "—" || $0 == ",") })
            let clean = String(id).trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: ".")))
            if let hit = meeting.acts.first(where: { $0.id.lowercased() == clean }) { return hit.id }
            if !clean.isEmpty {
                diagnostics.error(.unknownAct, at: span, "unknown act '\(clean)' in heading '\(text)'",
                                  hint: Suggestion.hint(for: clean, among: meeting.acts.map(\.id)))
                return nil
            }
        }
        if let hit = meeting.acts.first(where: { SectionMatcher.fold($0.title) == folded }) { return hit.id }
        diagnostics.error(.unknownAct, at: span, "level-1 heading '\(text)' names no act",
                          hint: "write '# Act N' with an act id of meeting.yaml; level-2 headings name sections")
        return nil
    }

    private mutating func emit(_ block: MarkdownBlock, section: Section, parent: Item?, depth: Int) {
        switch block {
        case .paragraph(let inlines, let span):
            _ = add(.text(inlines), span: span, section: section, parent: parent, depth: depth)
        case .codeBlock(let code, let span):
            _ = add(.text([.code(code)]), span: span, section: section, parent: parent, depth: depth)
        case .table(let table, let span):
            // A table is one item; an attribute block cannot be written in it. Attribute-like text
            // in any cell is an error, and the table counts as internal (fail closed).
            let cells = [table.header] + table.rows
            // The source lines too: a cell beyond the header's count is dropped by the parser.
            let lines = (span.start.line...max(span.start.line, span.end.line)).map { [Inline.text(context.file.lineText($0))] }
            let sections = self.sections
            let literal = (cells.flatMap({ $0 }) + lines).lazy.compactMap({ ClearanceSlips.strayAttribute(in: $0) ?? ClearanceSlips.clearanceInWords(in: $0) }).first
            // A cell that reads like another section's heading ("States first"): that section's
            // rows must not print under this one's clearance.
            let heading = literal != nil ? nil : cells.flatMap({ $0 }).lazy
                .compactMap({ ClearanceSlips.headingCell(in: $0, sections: sections) }).first { $0.section.id != section.id }
            if let literal {
                diagnostics.error(.badAttribute, at: ClearanceSlips.locate(literal, in: span, file: context.file),
                                  "'\(literal)' in a table cell looks like an attribute block; a table takes none",
                                  hint: "move the row out of the table, or put the table under the section it belongs to")
            } else if let (line, named) = heading {
                diagnostics.error(.headingLikeLine, at: ClearanceSlips.locate(line, in: span, file: context.file),
                                  "'\(line)' in a table cell reads like the heading of section '\(named.heading)'",
                                  hint: "put the table under '## \(named.heading)', or reword the cell")
            }
            if var item = add(.table(table), span: span, section: section, parent: parent, depth: depth), literal != nil || heading != nil {
                item.clearance = .internal
                items[items.count - 1] = item
            }
        case .blockQuote(let blocks, _), .footnoteDefinition(_, let blocks, _):
            for b in blocks { emit(b, section: section, parent: parent, depth: depth) }
        case .list(let list, _):
            for item in list.items { listItem(item, section: section, parent: parent, depth: depth) }
        case .html(_, let span):
            diagnostics.error(.rawHTML, at: span, "raw HTML is not allowed in notes", hint: "write Markdown instead")
        case .heading(_, let inlines, let span):
            // A heading inside a quote or a list item is no section heading: one that names a
            // section is an error (it must never silently file content under the open section);
            // any other is kept as text, so that nothing is lost.
            if let named = sections.section(for: inlines.plainText) ?? sections.nearSection(for: inlines.plainText) {
                diagnostics.error(.headingLikeLine, at: span,
                                  "'\(inlines.plainText)' reads like the heading of section '\(named.heading)' but is inside a quote or a list",
                                  hint: "write it as a heading of its own, '## \(named.heading)', at the start of a line")
            } else {
                _ = add(.text(inlines), span: span, section: section, parent: parent, depth: depth)
            }
        case .thematicBreak:
            break
        }
    }

    private mutating func listItem(_ listItem: MarkdownListItem, section: Section, parent: Item?, depth: Int) {
        var inlines: [Inline] = []
        var textSpan = listItem.span
        var rest: [MarkdownBlock] = []
        for block in listItem.blocks {
            switch block {
            case .paragraph(let p, let span) where rest.isEmpty:
                if !inlines.isEmpty, p.plainText.trimmingCharacters(in: .whitespaces).hasPrefix("{") {
                    // An attribute block on a paragraph of its own: which paragraph is it for?
                    diagnostics.error(.badAttribute, at: span, "an attribute block on a paragraph of its own",
                                      hint: "put it at the end of the item's first paragraph")
                }
                if inlines.isEmpty { textSpan = span } else { inlines += [.lineBreak, .lineBreak] }
                inlines += p
            case .codeBlock(let code, _) where rest.isEmpty && !inlines.isEmpty:
                inlines += [.lineBreak, .code(code)]
            default:
                rest.append(block)
            }
        }
        var me = parent
        if !inlines.isEmpty {
            me = add(.text(inlines), span: textSpan, section: section, parent: parent, depth: depth, itemSpan: listItem.span)
        }
        let childDepth = me == nil ? depth : depth + 1
        for block in rest { emit(block, section: section, parent: me, depth: childDepth) }
    }

    /// The line breaks (soft or hard) in inline text.
    static func breakCount(_ inlines: [Inline]) -> Int {
        inlines.reduce(0) { n, inline in
            switch inline {
            case .softBreak, .lineBreak: return n + 1
            case .emphasis(let c), .strong(let c), .link(_, let c), .image(_, let c), .strikethrough(let c): return n + breakCount(c)
            case .text, .code, .footnoteReference: return n
            }
        }
    }

    /// The columns before a line's text: its indentation and block-quote markers.
    static func indent(of line: String) -> Int {
        var n = 0
        for c in line.unicodeScalars {
            guard c == " " || c == "\t" || c == ">" else { break }
            n += 1
        }
        return n
    }

    /// Makes an item: splits off and applies its attribute block, computes its clearance.
    private mutating func add(_ content: ItemContent, span: SourceSpan, section: Section, parent: Item?,
                              depth: Int, itemSpan: SourceSpan? = nil) -> Item? {
        var content = content
        var attributes: AttributeBlock?
        var failClosed = false
        var removedNames: [String] = []
        if case .text(let raw) = content {
            let (inlines, removed) = TextHygiene.clean(raw, removeInvisible: context.rule == .chathamHouse)
            removedNames = removed
            if !removed.isEmpty {
                diagnostics.warning(.invisibleCharacter, at: span,
                                    "invisible character\(removed.count == 1 ? "" : "s") \(removed.joined(separator: ", ")) removed from this item",
                                    hint: "text pasted from a web page or a chat often carries them; nothing else changed")
            }
            let (rest, block) = AttributeBlock.split(inlines, searchFrom: span, in: context.file, diagnostics: &diagnostics)
            if rest.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                if !inlines.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    diagnostics.error(.badAttribute, at: span, "an attribute block alone applies to no item",
                                      hint: "put it at the end of the item it is for, on the same paragraph")
                }
                return parent
            }
            content = .text(rest)
            attributes = block
            failClosed = checkSlips(rest, span: span, section: section)
        }
        var item = Item(id: firstID + items.count, content: content, span: itemSpan ?? span, origin: context.origin,
                        rule: context.rule, sectionID: section.id, role: section.role, clearance: section.clearance,
                        acts: parent?.acts ?? (act.map { [$0] } ?? context.acts), targets: parent?.targets ?? [],
                        regions: parent?.regions ?? context.regions, tags: parent?.tags ?? [],
                        rapporteur: context.rapporteur, parent: parent?.id, depth: depth)
        item.removedCharacters = removedNames
        if itemSpan != nil { item.textStart = span.start }
        if case .text(let inlines) = content {
            let lines = Self.breakCount(inlines)
            item.lineIndents = lines == 0 ? [] : (1...lines).map { Self.indent(of: context.file.lineText(span.start.line + $0)) }
        }
        if let a = attributes { apply(a, to: &item, section: section) }
        // Unsure which clearance the author meant: the stricter one (the build stops anyway).
        if failClosed { item.clearance = .internal }
        if let cap = context.cap { item.clearance = item.clearance.stricter(cap) }
        if let parent { item.clearance = item.clearance.stricter(parent.clearance) }
        items.append(item)
        return item
    }

    private mutating func apply(_ a: AttributeBlock, to item: inout Item, section: Section) {
        let where_ = "attribute block"
        if let act = a.act, let hit = index.actOrTarget(act.text, at: act.span, in: where_, diagnostics: &diagnostics) {
            // Under an outcome's `# Act N`, the item stays in act N and counts for it, also when it
            // names a target of another act (SPEC 4, coverage).
            item.acts = self.act.map { $0 == hit.act ? [$0] : [$0, hit.act] } ?? [hit.act]
            item.targets = hit.target.map { [$0] } ?? []
        }
        if let region = a.region, index.check(.region, region.text, at: region.span, in: where_, diagnostics: &diagnostics) {
            item.regions = [region.text]
        }
        for tag in a.tags where index.check(.tag, tag.text, at: tag.span, in: where_, diagnostics: &diagnostics) {
            if !item.tags.contains(tag.text) { item.tags.append(tag.text) }
        }
        item.same = a.same?.text
        if let c = a.clearance {
            if c < section.clearance {
                diagnostics.warning(.clearanceLoosened, at: a.span,
                                    "'.\(c.name)' cannot make an item of section '\(section.id)' (\(section.clearance.name)) more open; it stays \(section.clearance.name)")
            } else {
                item.clearance = c
            }
        }
    }

    /// Reports attribute-like text and heading-like lines in an item (`ClearanceSlips`); true
    /// when there was one.
    private mutating func checkSlips(_ inlines: [Inline], span: SourceSpan, section: Section) -> Bool {
        var found = false
        if let literal = ClearanceSlips.strayAttribute(in: inlines) {
            diagnostics.error(.badAttribute, at: ClearanceSlips.locate(literal, in: span, file: context.file),
                              "'\(literal)' looks like an attribute block but is not a valid one at the end of the item",
                              hint: "write one block, last on the item's line, e.g. 'text {.internal}'; nothing after it")
            found = true
        }
        if !found, let literal = ClearanceSlips.clearanceInWords(in: inlines) {
            diagnostics.error(.badAttribute, at: ClearanceSlips.locate(literal, in: span, file: context.file),
                              "'\(literal)' reads like a clearance written in words; in a Markdown note it would print as text",
                              hint: "end the item with an attribute block, e.g. 'text {.internal}', and delete '\(literal)'")
            found = true
        }
        if let (line, named) = ClearanceSlips.headingLikeLine(in: inlines, sections: sections), named.id != section.id {
            diagnostics.error(.headingLikeLine, at: ClearanceSlips.locate(line, in: span, file: context.file),
                              "'\(line)' reads like the heading of section '\(named.heading)' but is not a heading",
                              hint: "write it as a heading, '## \(named.heading)', or reword the line")
            found = true
        }
        return found
    }
}
