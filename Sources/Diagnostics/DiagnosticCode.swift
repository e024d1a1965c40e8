/// The closed list of diagnostic codes (SPEC section 2). Every code is documented in the README's
/// table; a test checks that the two agree. Add a case here and a row there together.
public enum DiagnosticCode: String, Sendable, CaseIterable, Codable {
    // Files and encodings
    case missingFile = "missing-file"
    case unreadableFile = "unreadable-file"
    case notUTF8 = "not-utf8"
    case fileTooLarge = "file-too-large"
    // YAML and front matter
    case yamlSyntax = "yaml-syntax"
    case missingField = "missing-field"
    case invalidValue = "invalid-value"
    case unknownField = "unknown-field"
    case badFrontMatter = "bad-front-matter"
    // Identity and references
    case duplicateID = "duplicate-id"
    case unknownSession = "unknown-session"
    case unknownAct = "unknown-act"
    case unknownTarget = "unknown-target"
    case unknownRegion = "unknown-region"
    case unknownPerson = "unknown-person"
    case unknownSection = "unknown-section"
    case unknownTag = "unknown-tag"
    case unknownCountry = "unknown-country"
    case unknownOrganisation = "unknown-organisation"
    case tableWithoutSeats = "table-without-seats"
    case actNotInSession = "act-not-in-session"
    // CSV
    case csvFieldCount = "csv-field-count"
    case csvSyntax = "csv-syntax"
    case csvMissingColumn = "csv-missing-column"
    // Notes and outcomes
    case emptyNote = "empty-note"
    case badAttribute = "bad-attribute"
    case contentBeforeSection = "content-before-section"
    case rawHTML = "raw-html"
    case nestingTooDeep = "nesting-too-deep"
    case clearanceLoosened = "clearance-loosened"
    case headingLikeLine = "heading-like-line"
    case invisibleCharacter = "invisible-character"
    case wordContentSkipped = "word-content-skipped"
    case sessionMismatch = "session-mismatch"
    // Warnings about content that is legal but suspicious
    case sessionWithoutNotes = "session-without-notes"
    case actWithoutInput = "act-without-input"
    case itemReachesNoOutput = "item-reaches-no-output"
    case staleDecision = "stale-decision"
    case releaseBlocked = "release-blocked"
    case surnameAtSentenceStart = "surname-at-sentence-start"
    case governmentItemNamesState = "government-item-names-state"
    case suspicion = "suspicion"
    // Disclosure
    case redaction = "redaction"
    case leak = "leak"
    // Templates, typesetting and output
    case unknownTemplate = "unknown-template"
    case badTemplate = "bad-template"
    case missingGlyph = "missing-glyph"
    case outputFailed = "output-failed"
    case internalError = "internal-error"
}
