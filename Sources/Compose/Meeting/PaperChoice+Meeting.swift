import Model

/// The meeting's paper as the typesetting template's.
enum PaperChoice {
    static func paper(_ p: Model.Paper) -> PagePaper { p == .letter ? .letter : .a4 }
}
