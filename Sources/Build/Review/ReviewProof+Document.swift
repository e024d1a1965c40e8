import Disclosure
import Document

extension ReviewProof {
    /// The proof as a document for `secretariat/review.pdf`, on the given page set-up.
    func document(template: PageTemplate, date: DocumentDate) -> Document {
        var blocks: [Block] = [.heading(1, [.text("Review proof")])]
        blocks.append(.paragraph([.text("Secretariat only: this proof names participants. Struck through: what anonymisation replaced; "),
                                  .strong([.text("bold")]), .text(": what replaced it; "), .emphasis([.text("italic")]),
                                  .text(": a suspicion printed as written. Each mention has a decision key.")]))
        var summary = counts.map { "\($0.kind): \($0.count)" }.joined(separator: " · ")
        if summary.isEmpty { summary = "Anonymisation changed nothing and found nothing suspicious." }
        blocks.append(.paragraph(summary))
        let waiting = undecided
        blocks.append(.heading(2, [.text("Waiting for a decision")]))
        if waiting.isEmpty {
            blocks.append(.paragraph("Nothing: every suspicion is decided, and build --release may run."))
        } else {
            blocks.append(.paragraph([.strong([.text("\(waiting.count) mention\(waiting.count == 1 ? "" : "s") block build --release until decided.")])]))
            blocks.append(Block(.list(ListBlock(items: waiting.map { r in
                ListItem([.text("\(r.span.description) · "), .emphasis([.text(r.original)]), .text(" (\(r.kind.rawValue)) · "), .code(r.key)])
            }))))
        }
        blocks.append(.paragraph([.tag(Self.howToDecide)]))
        blocks.append(.heading(2, [.text("Grouped as recurring messages")]))
        blocks.append(.paragraph("The report prints each group's first item and counts the others under it. "
                                 + "A wrong merge is undone by stocktake review decide KEY split on a member's item key."))
        if groups.isEmpty { blocks.append(.paragraph("No group.")) }
        for g in groups {
            blocks.append(.paragraph([.tag("\(g.lead.span.description) · item \(g.leadKey) · \(g.tag)")]))
            blocks.append(.paragraph([.strong([.text("Printed: ")]), .text(g.lead.plainText)]))
            blocks.append(Block(.list(ListBlock(items: g.members.map { m in
                ListItem([.text("\(m.item.span.description) · "), .code(m.key), .text(" · " + m.item.plainText)])
            }))))
        }
        for f in files {
            blocks.append(.heading(2, [.text(f.path)]))
            for e in f.entries {
                let (before, after) = Self.replaced(e)
                let suspected = Self.suspected(e)
                blocks.append(.paragraph([.tag("\(e.item.span.description) · read by \(Self.readers(e.item.clearance)) · item \(e.itemKey)")]))
                // Located at the item, so that a character no font draws is reported in its note.
                var b = Block.paragraph([.strong([.text("Before: ")])] + Self.runs(e.before, before, replaced: true, suspected: suspected))
                var a = Block.paragraph([.strong([.text("After: ")])] + Self.runs(e.after, after, replaced: false, suspected: suspected))
                b.span = e.item.span; a.span = e.item.span
                blocks.append(b); blocks.append(a)
                let lines = e.marks.map { m -> ListItem in
                    let r = m.record
                    let what: [Run] = r.isRewrite
                        ? [.strikethrough([.text(r.original)]), .text(" → "), .strong([.text(r.replacement)])]
                        : [.emphasis([.text(r.original)]), .text(" (\(r.kind.rawValue))")]
                    return ListItem([.text("\(r.span.start.line):\(r.span.start.column) ")] + what
                                    + [.text(" · \(r.reason) · "), .code(m.key), .text(" · \(Self.status(r))")])
                }
                var marks = Block(.list(ListBlock(items: lines)))
                marks.span = e.item.span
                blocks.append(marks)
            }
        }
        let metadata = Metadata(title: "\(title) — review proof", author: "", subject: "Secretariat only", date: date)
        return Document(metadata: metadata, template: template, blocks: blocks)
    }

    static func runs(_ text: String, _ flagged: [String], replaced: Bool, suspected: [String]) -> [Run] {
        segments(text, marked: flagged).flatMap { piece, hit -> [Run] in
            if hit { return [replaced ? .strikethrough([.text(piece)]) : .strong([.text(piece)])] }
            return segments(piece, marked: suspected).map { $1 ? .emphasis([.text($0)]) : .text($0) }
        }
    }
}
