import Digest
import Document
import Disclosure
import Model

/// Turns aggregated messages into typeset blocks: the lead item's text (inline markup kept),
/// a quiet tag saying where it recurred, and the nested items as a sub-list.
struct MessageBlocks: Sendable {
    let texts: OutputTexts
    let provenance: @Sendable (ClearedItem) -> Provenance

    /// The runs of an item's text (a table item gives its cells' text; tables are separate blocks).
    func runs(_ item: ClearedItem) -> [Run] {
        switch item.content {
        case .text(let inlines): return Typographic.apply(MarkdownComposer.runs(inlines), language: item.language.rawValue)
        case .table: return []
        }
    }

    /// The language an item's block is marked with (its structure element's `/Lang`): Arabic when
    /// most of its letters are Arabic, nil (the document's) when most are of another script the
    /// detector does not know, else the detected en/es/fr.
    static func language(_ item: ClearedItem) -> String? {
        var latin = 0, arabic = 0, other = 0
        for u in item.content.plainText.unicodeScalars where u.properties.isAlphabetic {
            switch u.value {
            case 0...0x024F, 0x1E00...0x1EFF: latin += 1
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            default: other += 1
            }
        }
        if arabic > latin + other { return "ar" }
        if other > latin + arabic { return nil }
        return item.language.rawValue
    }

    /// "raised in 5 of 6 regional outcomes received · in 3 of 4 groups" (SPEC 4), or nil for a
    /// message raised once. Each part in the grammar of its language: the singular where the count
    /// of sources is one ("in 1 of 1 group", "dans 1 groupe sur 4").
    func recurrenceTag(_ r: Recurrence) -> String? {
        guard r.isRecurring else { return nil }
        var parts: [String] = []
        func tag(_ key: String, _ n: Int, _ m: Int? = nil) -> String {
            var args = ["n": "\(n)"]
            if let m { args["m"] = "\(m)" }
            var k = key
            if m == 1, texts.optional(key + "_m1") != nil { k = key + "_m1" }
            else if n == 1, texts.optional(key + "_one") != nil { k = key + "_one" }
            return texts(k, args)
        }
        if r.outcomes > 0 { parts.append(tag("tag_outcomes", r.outcomes, r.outcomesReceived)) }
        if r.groups > 0 { parts.append(tag("tag_groups", r.groups, r.groupSessions)) }
        if r.tables > 0 { parts.append(tag("tag_tables", r.tables, r.tableSessions)) }
        if r.otherSessions > 0 { parts.append(tag("tag_sessions", r.otherSessions)) }
        // Each part holds together ("raised in 5 of 9 regional outcomes received" never breaks);
        // the dot stays with the part before it, and a line may break after it.
        let held = parts.map { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }
        let frame = texts("tag_raised", ["parts": "\u{1}"]).replacingOccurrences(of: " ", with: "\u{00A0}")
        return frame.replacingOccurrences(of: "\u{1}", with: held.joined(separator: "\u{00A0}· "))
    }

    /// One message as blocks; `number` ("3.2") makes it a numbered paragraph of the report.
    func blocks(_ message: RecurringMessage, number: String? = nil) -> [Block] {
        let lead = message.lead
        var out: [Block] = []
        if case .table(let t) = lead.content {
            out.append(Block(.table(TableShape.table(t)), span: lead.span, provenance: provenance(lead)))
        } else {
            var text: [Run] = []
            if let number { text.append(.strong([.text(number)])); text.append(.text("\u{2003}")) }
            text += runs(lead)
            if let tag = recurrenceTag(message.recurrence) { text.append(.text(" ")); text.append(.tag(tag)) }
            out.append(Block(.paragraph(text), span: lead.span, provenance: provenance(lead)))
        }
        out[0].items = message.items.map(\.id)
        out[0].language = Self.language(lead)
        if !message.children.isEmpty {
            out.append(subList(message.children))
        }
        return out
    }

    /// Messages as a bullet list (handouts, briefing packs).
    func bulletList(_ messages: [RecurringMessage]) -> Block {
        let items = messages.map { m -> ListItem in
            var blocks = [Block]()
            if case .table(let t) = m.lead.content {
                blocks.append(Block(.table(TableShape.table(t)), span: m.lead.span, provenance: provenance(m.lead)))
            } else {
                var text = runs(m.lead)
                if let tag = recurrenceTag(m.recurrence) { text.append(.text(" ")); text.append(.tag(tag)) }
                blocks.append(Block(.paragraph(text), span: m.lead.span, provenance: provenance(m.lead)))
            }
            blocks[0].items = m.items.map(\.id)
            blocks[0].language = Self.language(m.lead)
            if !m.children.isEmpty { blocks.append(subList(m.children)) }
            return ListItem(blocks)
        }
        return Block(.list(ListBlock(items: items)))
    }

    func subList(_ items: [ClearedItem]) -> Block {
        Block(.list(ListBlock(items: items.map { child in
            var block = Block(.paragraph(runs(child)), span: child.span, provenance: provenance(child))
            if case .table(let t) = child.content {
                block = Block(.table(TableShape.table(t)), span: child.span, provenance: provenance(child))
            }
            block.items = [child.id]
            block.language = Self.language(child)
            return ListItem([block])
        })))
    }
}
