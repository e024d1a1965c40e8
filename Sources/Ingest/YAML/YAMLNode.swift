import Diagnostics

/// A YAML value with the span where it starts in the meeting file (front matter lines already
/// offset to the Markdown file's lines). Scalars keep their raw text: the readers decide what a
/// value means, so `3` and `"3"` are both the act id `3`.
struct YAMLNode: Sendable {
    enum Kind: Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    var kind: Kind
    var span: SourceSpan

    var string: String? {
        if case .scalar(let s) = kind { return s }
        return nil
    }

    var isNull: Bool {
        if case .scalar(let s) = kind { return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL" }
        return false
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let s) = kind { return s }
        return nil
    }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let m) = kind { return m }
        return nil
    }

    /// The value of `key` in a mapping.
    subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.string == key }?.value
    }

    /// A word for messages: "a list", "a mapping", "a text".
    var kindName: String {
        switch kind {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
