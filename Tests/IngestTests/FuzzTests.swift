import Diagnostics
import Foundation
import Ingest
import Testing
import TestSupport

/// Deterministic mutations of the fixture meeting's files fed to the reader: whatever comes in,
/// the answer is diagnostics with real positions, never a crash or a hang.
@Suite struct FuzzTests {
    typealias PRNG = SplitMix64

    static let interesting: [UInt8] = Array("{}[]:-#`<>\"'|*&!%@,.=\n\r\t ".utf8) + [0x00, 0xC3, 0xA9, 0xFF, 0xE2, 0x80]

    static func mutate(_ data: Data, _ rng: inout PRNG) -> Data {
        var bytes = [UInt8](data)
        switch rng.below(6) {
        case 0 where !bytes.isEmpty:   // flip bits of a few bytes
            for _ in 0...rng.below(4) { bytes[rng.below(bytes.count)] ^= UInt8(1 << rng.below(8)) }
        case 1:   // truncate
            bytes = Array(bytes.prefix(rng.below(bytes.count + 1)))
        case 2, 3:   // duplicate or delete a line
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            let i = rng.below(lines.count)
            if rng.below(2) == 0 { lines.insert(lines[i], at: i) } else if lines.count > 1 { lines.remove(at: i) }
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        default:   // insert syntax characters
            for _ in 0...rng.below(3) {
                bytes.insert(interesting[rng.below(interesting.count)], at: rng.below(bytes.count + 1))
            }
        }
        return Data(bytes)
    }

    @Test func mutatedMeetingsGiveOnlyDiagnostics() {
        var rng = PRNG(state: 0x5EED_2017)
        let base = MeetingFixture.source
        let paths = base.files.keys.sorted()
        var runs = 0, withErrors = 0
        for _ in 0..<2000 {
            var source = base
            for _ in 0...rng.below(2) {
                let path = paths[rng.below(paths.count)]
                var data = source.files[path]!
                for _ in 0...rng.below(3) { data = Self.mutate(data, &rng) }
                source.files[path] = data
            }
            let (meeting, bag) = MeetingReader.read(source)
            runs += 1
            if bag.hasErrors { withErrors += 1 }
            for d in bag.all {
                #expect(d.span.start.line >= 1 && d.span.start.column >= 1, "\(d)")
                #expect(paths.contains(d.span.path), "\(d)")
            }
            if let meeting {
                #expect(meeting.items.enumerated().allSatisfy { $0.offset == $0.element.id })
                #expect(meeting.items.allSatisfy { item in item.parent.map { meeting.items[$0].clearance <= item.clearance } ?? true })
            }
        }
        #expect(runs == 2000)
        #expect(withErrors > 400)   // the mutations do break things
    }
}
