import Diagnostics
import Document
import Foundation

/// Applies a template file's fields onto an `OutputTemplate`: only the fields present change, so
/// `extends` works by applying the child over its parent.
enum TemplateFields {
    static func apply(_ map: YAMLMapping, to t: inout OutputTemplate, diagnostics: inout DiagnosticBag) {
        if let node = map.value("page"), let page = YAMLMapping(node, what: "'page'", diagnostics: &diagnostics) {
            page.checkKeys(["paper", "landscape", "margins", "duplex", "chapter_starts_page", "footer", "header"], strict: true, diagnostics: &diagnostics)
            if let (name, span) = page.string("paper", diagnostics: &diagnostics) {
                if let paper = Paper.named(name) { t.page.paper = paper } else {
                    diagnostics.error(.badTemplate, at: span, "paper '\(name)' should be a4 or letter",
                                      hint: Suggestion.hint(for: name, among: ["a4", "letter"]))
                }
            }
            if let node = page.value("margins"), let m = YAMLMapping(node, what: "'margins'", diagnostics: &diagnostics) {
                m.checkKeys(["top", "bottom", "inside", "outside"], strict: true, diagnostics: &diagnostics)
                if let v = number(m, "top", &diagnostics) { t.page.margins.top = v }
                if let v = number(m, "bottom", &diagnostics) { t.page.margins.bottom = v }
                if let v = number(m, "inside", &diagnostics) { t.page.margins.inside = v }
                if let v = number(m, "outside", &diagnostics) { t.page.margins.outside = v }
            }
            if let v = page.bool("duplex", diagnostics: &diagnostics) { t.page.duplex = v }
            if let v = page.bool("landscape", diagnostics: &diagnostics) { t.page.landscape = v }
            if let v = page.bool("chapter_starts_page", diagnostics: &diagnostics) { t.page.chapterStartsPage = v }
            if page.value("footer") != nil { t.page.footerText = page.string("footer", diagnostics: &diagnostics)?.value ?? "" }
            if page.value("header") != nil { t.page.headerText = page.string("header", diagnostics: &diagnostics)?.value ?? "" }
        }
        if let (hex, span) = map.string("accent", diagnostics: &diagnostics) {
            if let c = Colour(hex: hex) { t.page.accent = c } else {
                diagnostics.error(.badTemplate, at: span, "accent '\(hex)' should be a colour like #1F4E79")
            }
        }
        if let (band, _) = map.string("band", diagnostics: &diagnostics) { t.page.band = band }
        if let v = map.bool("cover", diagnostics: &diagnostics) { t.cover = v }
        if let v = map.int("contents", range: 0...3, diagnostics: &diagnostics) { t.contentsDepth = v == 0 ? nil : v }
        if let node = map.value("styles"), let styles = YAMLMapping(node, what: "'styles'", diagnostics: &diagnostics) {
            let keys: [(String, WritableKeyPath<Styles, TextStyle>)] = [
                ("body", \.body), ("heading1", \.heading1), ("heading2", \.heading2), ("heading3", \.heading3),
                ("table", \.table), ("table_header", \.tableHeader), ("running_head", \.runningHead),
                ("caption", \.caption), ("tag", \.tag), ("cover_title", \.coverTitle)]
            styles.checkKeys(keys.map(\.0), strict: true, diagnostics: &diagnostics)
            for (key, path) in keys {
                guard let node = styles.value(key), let m = YAMLMapping(node, what: "style '\(key)'", diagnostics: &diagnostics) else { continue }
                style(m, into: &t.page.styles[keyPath: path], diagnostics: &diagnostics)
            }
        }
        if let node = map.value("lists"), let m = YAMLMapping(node, what: "'lists'", diagnostics: &diagnostics) {
            m.checkKeys(["indent", "item_space"], strict: true, diagnostics: &diagnostics)
            if let v = number(m, "indent", &diagnostics) { t.page.styles.listIndentMM = v }
            if let v = number(m, "item_space", &diagnostics) { t.page.styles.listItemSpace = v }
        }
        if let node = map.value("labels"), let m = YAMLMapping(node, what: "'labels'", diagnostics: &diagnostics) {
            for (lang, setNode) in node.mapping ?? [] {
                guard let code = lang.string, let set = YAMLMapping(setNode, what: "labels '\(code)'", diagnostics: &diagnostics) else { continue }
                set.checkKeys(["page", "contents", "draft", "figure", "not_released", "blank_page"], strict: true, diagnostics: &diagnostics)
                var labels = t.labelSets[code] ?? Labels()
                if let v = set.string("page", diagnostics: &diagnostics)?.value { labels.pageOfTotal = v }
                if let v = set.string("contents", diagnostics: &diagnostics)?.value { labels.contents = v }
                if let v = set.string("draft", diagnostics: &diagnostics)?.value { labels.draft = v }
                if let v = set.string("figure", diagnostics: &diagnostics)?.value { labels.figure = v }
                if let v = set.string("not_released", diagnostics: &diagnostics)?.value { labels.notReleased = v }
                if let v = set.string("blank_page", diagnostics: &diagnostics)?.value { labels.blankPage = v }
                t.labelSets[code] = labels
            }
            _ = m
        }
        if let node = map.value("texts") {
            for (lang, setNode) in node.mapping ?? [] {
                guard let code = lang.string else { continue }
                var texts = t.texts[code] ?? [:]
                for (k, v) in setNode.mapping ?? [] {
                    if let key = k.string, let value = v.string { texts[key] = value }
                    else { diagnostics.error(.badTemplate, at: v.span, "texts of '\(code)' should be 'key: text' lines") }
                }
                t.texts[code] = texts
            }
        }
    }

    private static func style(_ m: YAMLMapping, into s: inout TextStyle, diagnostics: inout DiagnosticBag) {
        m.checkKeys(["family", "size", "leading", "bold", "italic", "space_before", "space_after", "grey", "accent", "justify"],
                    strict: true, diagnostics: &diagnostics)
        if let (family, span) = m.string("family", diagnostics: &diagnostics) {
            let families = ["Noto Serif", "Noto Sans", "Noto Sans Arabic"]
            if families.contains(family) { s.family = family } else {
                diagnostics.error(.badTemplate, at: span, "font family '\(family)' is not among the bundled fonts (\(families.joined(separator: ", ")))",
                                  hint: Suggestion.hint(for: family, among: families))
            }
        }
        if let v = number(m, "size", &diagnostics) { s.size = v }
        if let v = number(m, "leading", &diagnostics) { s.leading = v }
        if let v = m.bool("bold", diagnostics: &diagnostics) { s.bold = v }
        if let v = m.bool("italic", diagnostics: &diagnostics) { s.italic = v }
        if let v = number(m, "space_before", &diagnostics) { s.spaceBefore = v }
        if let v = number(m, "space_after", &diagnostics) { s.spaceAfter = v }
        if let v = number(m, "grey", &diagnostics) { s.grey = min(1, v) }
        if let v = m.bool("accent", diagnostics: &diagnostics) { s.accent = v }
        if let v = m.bool("justify", diagnostics: &diagnostics) { s.justify = v }
    }

    /// A non-negative number (millimetres or points).
    static func number(_ m: YAMLMapping, _ key: String, _ diagnostics: inout DiagnosticBag) -> Double? {
        guard let (s, span) = m.string(key, diagnostics: &diagnostics) else { return nil }
        guard let v = Double(s), v >= 0, v < 1000 else {
            diagnostics.error(.badTemplate, at: span, "'\(key)' should be a number, not '\(s)'")
            return nil
        }
        return v
    }
}
