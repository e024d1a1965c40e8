import Disclosure
import Foundation

extension ReviewProof {
    /// One self-contained page: styles inline, no script, no external reference.
    func html() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Review proof — \(Self.escape(title))</title>
        <style>
        body{font:15px/1.5 "Noto Serif",Georgia,serif;max-width:52em;margin:2em auto;padding:0 1em;color:#111}
        h1,h2{font-family:"Noto Sans",Arial,sans-serif;color:#234}h2{margin-top:2em;border-bottom:1px solid #999}
        .entry{border-left:3px solid #bbb;padding:.3em .8em;margin:1em 0}.meta{font:13px "Noto Sans",Arial,sans-serif;color:#444}
        del{text-decoration:line-through;background:#eee}ins{text-decoration:underline;font-weight:bold;background:#fff3b0}
        mark{background:none;border-bottom:2px dotted #000;font-style:italic}code{font-size:13px}
        table{border-collapse:collapse;margin:.8em 0}td,th{border:1px solid #bbb;padding:.2em .6em;text-align:left}
        .wait{color:#8a1c1c;font-weight:bold}
        </style></head><body>
        <h1>Review proof — \(Self.escape(title))</h1>
        <p>Secretariat only: this page names participants. Struck through: what anonymisation replaced;
        <ins>underlined, bold</ins>: what replaced it; <mark>dotted, italic</mark>: a suspicion printed as written.
        Each mention has a decision key.</p>
        <h2>Summary</h2><table><tr><th>kind</th><th>count</th></tr>
        """
        for (kind, n) in counts { out += "<tr><td>\(Self.escape(kind))</td><td>\(n)</td></tr>" }
        out += "</table><table><tr><th>file</th><th>items</th><th>mentions</th><th>undecided</th></tr>"
        for f in files {
            let marks = f.entries.flatMap(\.marks)
            out += "<tr><td><a href=\"#\(Self.anchor(f.path))\"><code>\(Self.escape(f.path))</code></a></td><td>\(f.entries.count)</td>"
                + "<td>\(marks.count)</td><td>\(marks.filter(\.record.blocksRelease).count)</td></tr>"
        }
        out += "</table>\n"
        let waiting = undecided
        out += "<h2>Waiting for a decision</h2>\n"
        if waiting.isEmpty {
            out += "<p>Nothing: every suspicion is decided, and <code>build --release</code> may run.</p>\n"
        } else {
            out += "<p class=\"wait\">\(waiting.count) mention\(waiting.count == 1 ? "" : "s") block <code>build --release</code> until decided.</p><ul>\n"
            for r in waiting {
                out += "<li><a href=\"#\(r.key)\">\(Self.escape(r.span.description))</a> · <mark>\(Self.escape(r.original))</mark> (\(Self.escape(r.kind.rawValue))) · key <code>\(r.key)</code></li>\n"
            }
            out += "</ul>\n"
        }
        out += "<p class=\"meta\">\(Self.escape(Self.howToDecide))</p>\n"
        out += "<h2>Grouped as recurring messages</h2>\n"
        out += "<p>The report prints each group's first item and counts the others under it. A wrong merge is undone by "
            + "<code>stocktake review decide KEY split</code> on a member's item key.</p>\n"
        if groups.isEmpty { out += "<p>No group.</p>\n" }
        for g in groups {
            out += "<div class=\"entry\"><p class=\"meta\">\(Self.escape(g.lead.span.description)) · item \(g.leadKey) · \(Self.escape(g.tag))</p>\n"
            out += "<p>Printed: \(Self.escape(g.lead.plainText))</p>\n<ul>"
            for (item, key) in g.members {
                out += "<li>\(Self.escape(item.span.description)) · item <code>\(key)</code> · \(Self.escape(item.plainText))</li>"
            }
            out += "</ul></div>\n"
        }
        for f in files {
            out += "<h2 id=\"\(Self.anchor(f.path))\"><code>\(Self.escape(f.path))</code></h2>\n"
            for e in f.entries {
                let (before, after) = Self.replaced(e)
                let suspected = Self.suspected(e)
                out += "<div class=\"entry\"><p class=\"meta\">\(Self.escape(e.item.span.description)) · read by \(Self.readers(e.item.clearance)) · item \(e.itemKey)</p>\n"
                out += "<p>Before: " + Self.marked(e.before, before, tag: "del", also: suspected) + "</p>\n"
                out += "<p>After: " + Self.marked(e.after, after, tag: "ins", also: suspected) + "</p>\n<ul>"
                for m in e.marks {
                    let r = m.record
                    let what = r.isRewrite ? "<del>\(Self.escape(r.original))</del> → <ins>\(Self.escape(r.replacement))</ins>"
                        : "<mark>\(Self.escape(r.original))</mark> (\(Self.escape(r.kind.rawValue)))"
                    let status = r.blocksRelease ? "<span class=\"wait\">\(Self.escape(Self.status(r)))</span>" : Self.escape(Self.status(r))
                    out += "<li class=\"meta\" id=\"\(m.key)\">\(Self.escape(r.span.description)) · \(what) · \(Self.escape(r.reason)) · key <code>\(m.key)</code> · \(status)</li>"
                }
                out += "</ul></div>\n"
            }
        }
        return out + "</body></html>\n"
    }

    static func marked(_ text: String, _ flagged: [String], tag: String, also suspected: [String]) -> String {
        segments(text, marked: flagged).map { piece, hit in
            hit ? "<\(tag)>\(escape(piece))</\(tag)>"
                : segments(piece, marked: suspected).map { $1 ? "<mark>\(escape($0))</mark>" : escape($0) }.joined()
        }.joined()
    }

    /// An id for a file's heading: letters, digits and dashes only.
    static func anchor(_ path: String) -> String {
        "f-" + String(path.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
