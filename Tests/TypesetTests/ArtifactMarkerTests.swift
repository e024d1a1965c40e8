import CArtifacts
import Foundation
import Testing

/// The artifact step's lexer (Sources/CArtifacts) on content streams written to trap it: what it
/// wraps, what it refuses, and that it never changes a byte of what Cairo wrote.
@Suite struct ArtifactMarkerTests {
    static let open = "\n/Artifact BMC\n", close = "\nEMC\n"

    /// The marked stream, or nil when the step refuses it (the stream then stays as written).
    static func mark(_ s: String) -> String? { mark(Array(s.utf8)).map { String(decoding: $0, as: UTF8.self) } }
    static func mark(_ bytes: [UInt8]) -> [UInt8]? {
        var out: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = bytes.withUnsafeBufferPointer { stocktake_mark_artifacts($0.baseAddress, $0.count, &out, &length) }
        defer { free(out) }
        guard status == 0, let out else { #expect(out == nil); return nil }
        return Array(UnsafeBufferPointer(start: out, count: length))
    }

    /// The input again, once the markers the step inserted are taken out.
    static func unmarked(_ s: String) -> String {
        s.replacingOccurrences(of: open, with: "").replacingOccurrences(of: close, with: "")
    }

    @Test func furnitureBeforeAnElementIsWrappedAndNothingElseChanges() {
        // (The input's own EMC stands between spaces: `unmarked` takes out the step's "\nEMC\n".)
        let input = "1 0 0 -1 0 792 cm\nq\n0.45 g BT /f 1 Tf (page 5 of 40) Tj ET\n/P << /MCID 0 >> BDC\nBT (Body) Tj ET EMC Q\n"
        let marked = Self.mark(input)!
        #expect(marked.components(separatedBy: "/Artifact BMC").count == 2)
        #expect(Self.unmarked(marked) == input)
        // State before the first painting stays outside; the artifact closes before the element.
        #expect(marked.hasPrefix("1 0 0 -1 0 792 cm\nq\n0.45 g" + Self.open + " BT"))
        #expect(marked.contains("ET" + Self.close + "\n/P << /MCID 0 >> BDC"))
    }

    @Test func operatorsInsideStringsCommentsAndNamesAreNotOperators() {
        let input = "BT (a \\) BDC EMC \\( ET) Tj ET % BDC EMC ET\n/BDC gs BT <28454d4329> Tj ET\n"
        let marked = Self.mark(input)!
        #expect(Self.unmarked(marked) == input)
        #expect(marked.hasSuffix(Self.close))
        #expect(marked.components(separatedBy: "/Artifact BMC").count == 2)
        // Nested parentheses in a string, and a dictionary holding a string with ">>" in it.
        let nested = "/Span << /ActualText (a >> (b) c) >> BDC BT ((x) y) Tj ET EMC\n"
        #expect(Self.mark(nested).map(Self.unmarked) == nested)
    }

    @Test func aSpanWithoutMCIDNestsInsideAnArtifact() {
        let input = "BT (far half) Tj /Span << /ActualText <feff0020> >> BDC EMC (Round 1) Tj ET\n"
        let marked = Self.mark(input)!
        #expect(marked.components(separatedBy: "/Artifact BMC").count == 2)
        #expect(Self.unmarked(marked) == input)
    }

    @Test func alreadyMarkedContentIsLeftAlone() {
        let input = "/P << /MCID 0 >> BDC BT (x) Tj ET EMC /Artifact BMC 0 0 m 1 1 l S EMC\n"
        #expect(Self.mark(input) == input)
    }

    @Test func whatCannotBeMarkedCleanlyIsRefused() {
        for input in ["EMC", "/P << /MCID 0 >> BDC BT (x) Tj ET", "BT (x) Tj", "(unterminated Tj",
                      "BT (x) Tj /P << /MCID 3 >> BDC (y) Tj EMC ET", "<< /MCID 0 BDC", "<414243 Tj", "x ) Tj"] {
            #expect(Self.mark(input) == nil, "\(input)")
        }
    }

    @Test func inlineImageDataIsCopiedRaw() {
        let bytes = Array("q BI /W 2 /H 1 /BPC 8 /CS /G ID ".utf8) + [0x28, 0x45, 0x4D, 0x43] + Array(" EI Q\n".utf8)
        let marked = Self.mark(bytes)!
        let text = String(decoding: marked, as: UTF8.self)
        #expect(text.components(separatedBy: "/Artifact BMC").count == 2)
        #expect(Array(Self.unmarked(text).utf8) == bytes)
    }

    /// Random streams built from content-stream pieces: the step never crashes, and whatever it
    /// returns is the input with markers added, balanced.
    @Test func randomStreamsAreMarkedOrRefusedNeverBroken() {
        let pieces = ["BT", "ET", "q", "Q", "(a b)", "(\\))", "<41>", "/P << /MCID 1 >>", "/Span << /ActualText <feff> >>",
                      "BDC", "BMC", "EMC", "Tj", "1 0 0 1 5 5 cm", "0 0 m 9 9 l S", "/F1 1 Tf", "% c\n", "[(x) -20 (y)] TJ", "\n"]
        var seed: UInt64 = 0x5eed  // a fixed sequence: the test is deterministic
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        for _ in 0..<3000 {
            let input = (0..<(next() % 30)).map { _ in pieces[next() % pieces.count] }.joined(separator: " ")
            guard let marked = Self.mark(input) else { continue }
            #expect(Self.unmarked(marked) == input)
            #expect(marked.components(separatedBy: Self.open).count == marked.components(separatedBy: Self.close).count)
        }
    }
}
