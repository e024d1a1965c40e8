import Testing
@testable import Disclosure

/// Words a hurried rapporteur breaks apart are read whole (SPEC 3.2: matching ignores line
/// breaks, hyphen style and inline markup): a word hyphenated at a line end, a stray mark typed
/// inside a word, a name spelt out in spaced capitals.
@Suite struct TokenizerJoinTests {
    func words(_ s: String) -> [String] { Tokenizer.tokenize(Array(s)).map(\.folded) }

    @Test func aWordHyphenatedAtALineEndIsOneWord() {
        #expect(words("Ms. Hoff-\nmann said") == ["ms", "hoffmann", "said"])
        #expect(words("Ms. Hoff- mann said") == ["ms", "hoffmann", "said"])
        #expect(words("PI-\nCUM presented") == ["picum", "presented"])
        // An ordinary compound keeps its hyphen's two words; a capital after a hyphen starts a word.
        #expect(words("long-term plans") == ["long", "term", "plans"])
        #expect(words("Mexico-Guatemala border") == ["mexico", "guatemala", "border"])
    }

    @Test func aStrayMarkInsideAWordIsPartOfIt() {
        #expect(words("Mr. Boa*teng said") == ["mr", "boateng", "said"])
        #expect(words("Ms. Flo_res_ said") == ["ms", "flores", "said"])
        #expect(words("2*3 and a*") == ["2", "3", "and", "a"])
        #expect(words("Kow@lski and Boa·teng") == ["kowlski", "and", "boateng"])
        // Not the marks that domains, pairs of states and names need.
        #expect(words("Mexico/Guatemala, O'Brien") == ["mexico", "guatemala", "o", "brien"])
    }

    @Test func spacedCapitalsSpellAWord() {
        #expect(words("Ms. K O W A L S K I insisted") == ["ms", "kowalski", "insisted"])
        #expect(words("F L O R E S said") == ["flores", "said"])
        #expect(words("Sra. P A Z habló") == ["sra", "paz", "hablo"])
        #expect(words("plan A B and C") == ["plan", "a", "b", "and", "c"])
    }

    /// A name typed in pieces is read whole where the pieces together are a word of a form: a
    /// period, slash, apostrophe or space inside it, or its letters spelt out one by one.
    @Test(arguments: ["Flo.res", "Flo/res", "Flo'res", "Flo’res", "Sra. Flo res", "F-l-o-r-e-s", "f l o r e s", "f.l.o.r.e.s",
                      "Kou.assi", "Mr. Kou assi", "Mor/ales", "Rosa Fl.", "Rosa Flo.", "Rosa Flor.", "Flo - res"])
    func aNameTypedInPiecesIsFound(_ typed: String) {
        let out = Fixture.rewrite("We heard that \(typed) said no.")
        #expect(out == "We heard that a civil-society participant said no.", "\(typed) → \(out)")
    }

    /// Ordinary words around separators stay: the pieces must make a word of a form.
    @Test(arguments: ["Press/release and flow.res", "She saw Rosa. Flowers grew.", "Plan B a s e d", "Rose mary grows", "Mexico/Guatemala"])
    func ordinaryPiecesStay(_ text: String) {
        #expect(Fixture.rewrite(text) == text)
    }

    /// A word wholly in Cyrillic or Greek is transliterated ("Боатенг" → boateng); a word that
    /// mixes scripts is a spoof, read letter by letter as it looks ("Cаnada" with a Cyrillic а).
    @Test func otherAlphabetsAreReadAsWords() {
        #expect(words("Кофи Боатенг said") == ["kofi", "boateng", "said"])
        #expect(words("C\u{0430}nada and Fl\u{043E}res") == ["canada", "and", "flores"])
        #expect(words("\u{0421}\u{043E}\u{0441}\u{043E}") == ["coco"])
        #expect(words("ﬂores Hoﬀmann") == ["flores", "hoffmann"])
    }
}
