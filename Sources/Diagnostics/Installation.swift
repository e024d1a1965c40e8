import Foundation

/// Where the tool's own data lives: `Fonts/`, `Templates/`, `Data/` and `Examples/` of the package
/// (or of an installation, `make install`: `PREFIX/share/stocktake`). Found
/// from `STOCKTAKE_HOME`, else by walking up from the executable (`.build/…/stocktake`), else from
/// the working folder.
public struct Installation: Sendable {
    public var root: URL

    /// The tool's version (CHANGELOG.md).
    public static let version = "0.4.0"

    public init(root: URL) { self.root = root }

    public var fonts: URL { root.appendingPathComponent("Fonts") }
    public var templates: URL { root.appendingPathComponent("Templates") }
    /// The word lists of English, Spanish and French that ship with the tool (Debian's wamerican,
    /// wspanish and wfrench, each with its copyright file), so that no output depends on what the
    /// machine has installed.
    public var wordLists: [URL] {
        ["american-english", "spanish", "french"].map { root.appendingPathComponent("Data/words/\($0)") }
    }
    /// The hyphenation dictionaries of the three languages (libhyphen's format).
    public var hyphenation: [URL] {
        ["hyph_en_US.dic", "hyph_es.dic", "hyph_fr.dic"].map { root.appendingPathComponent("Data/hyphen/\($0)") }
    }
    public var exampleMeeting: URL { root.appendingPathComponent("Examples/puerto-vallarta-2017") }
    /// The small commented meeting `stocktake init` starts from.
    public var skeletonMeeting: URL { root.appendingPathComponent("Examples/new-meeting") }

    /// One error when the tool's own data is not where the binary looks (a binary copied alone),
    /// instead of an error per template and word list.
    public var problem: Diagnostic? {
        let fm = FileManager.default
        let missing = [fonts, templates] + wordLists + hyphenation
        guard missing.contains(where: { !fm.fileExists(atPath: $0.path) }) else { return nil }
        return .error(.missingFile, at: .file(root.path),
                      "stocktake cannot find its fonts, templates and word lists in '\(root.path)'",
                      hint: "run the binary from its repository or installation (make install PREFIX=…), or set STOCKTAKE_HOME to the folder holding Fonts/, Templates/ and Data/")
    }

    /// The installation this process runs from.
    public static func locate() -> Installation {
        let env = ProcessInfo.processInfo.environment
        if let home = env["STOCKTAKE_HOME"], !home.isEmpty {
            return Installation(root: URL(fileURLWithPath: home))
        }
        let exe = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? ".")
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<8 {
            if isRoot(dir) { return Installation(root: dir) }
            // `make install PREFIX=…`: PREFIX/bin/stocktake, its data in PREFIX/share/stocktake.
            let installed = dir.appendingPathComponent("share/stocktake")
            if isRoot(installed) { return Installation(root: installed) }
            dir = dir.deletingLastPathComponent()
        }
        return Installation(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    private static func isRoot(_ dir: URL) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: dir.appendingPathComponent("Fonts").path)
            && fm.fileExists(atPath: dir.appendingPathComponent("Templates").path)
    }
}
