import Document

/// The typesetting paper (`Document.Paper`); this file imports Document alone so that the name
/// is not ambiguous with `Model.Paper`, nor hidden by the `Document` struct.
typealias PagePaper = Paper
