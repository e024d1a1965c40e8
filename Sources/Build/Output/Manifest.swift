import Foundation

/// `manifest.json` (SPEC 4): every output with its audience, page count and SHA-256, paths
/// relative to the output folder, sorted by path so that the file itself is deterministic.
public struct Manifest: Codable, Equatable, Sendable {
    /// One output file.
    public struct Entry: Codable, Equatable, Sendable {
        public var path: String
        public var audience: String
        public var pages: Int?
        public var sha256: String
        public init(path: String, audience: String, pages: Int?, sha256: String) {
            self.path = path; self.audience = audience; self.pages = pages; self.sha256 = sha256
        }
    }

    public var outputs: [Entry]
    /// `build --release` (SPEC 3.4): true, with the number of review decisions applied and the
    /// hash of review.yaml; absent for a draft.
    public var released: Bool?
    public var decisions: Int?
    public var review: String?

    public init(outputs: [Entry], released: Bool? = nil, decisions: Int? = nil, review: String? = nil) {
        self.outputs = outputs.sorted { $0.path < $1.path }
        self.released = released; self.decisions = decisions; self.review = review
    }

    public func entry(_ path: String) -> Entry? { outputs.first { $0.path == path } }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{\"outputs\":[]}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a previous build's manifest; nil when there is none or it cannot be read.
    public static func read(from url: URL) -> Manifest? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }
}
