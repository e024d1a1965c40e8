import Foundation

/// What a build may write into (SPEC 2), checked before anything is read or written: never `''`,
/// `/`, the home folder, the meeting folder or a folder that contains it or lies inside it
/// (usage errors); an existing folder only when it is empty, holds a README alone, or holds a
/// previous build (its manifest); and never over a file in an owned folder that no build wrote.
public enum OutputFolderCheck {
    public enum Refusal: Error, Equatable, Sendable {
        /// A folder no build may write into (exit 64).
        case forbidden(String)
        /// A folder the build would take over files in (exit 1, naming the file).
        case foreignFile(String)
    }

    public static func check(output: String, meeting: URL, home: URL? = nil) -> Refusal? {
        guard !output.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .forbidden("the output folder is empty ('')")
        }
        let fm = FileManager.default
        let out = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
        let meetingURL = meeting.standardizedFileURL.resolvingSymlinksInPath()
        let envHome = ProcessInfo.processInfo.environment["HOME"].map { URL(fileURLWithPath: $0) }
        let homes = [home, envHome, fm.homeDirectoryForCurrentUser].compactMap { $0?.standardizedFileURL.resolvingSymlinksInPath().path }
        if out.path == "/" { return .forbidden("the output folder is the root folder '/'") }
        if homes.contains(out.path) { return .forbidden("the output folder is the home folder '\(out.path)'") }
        if out.path == meetingURL.path { return .forbidden("the output folder is the meeting folder '\(out.path)'") }
        if meetingURL.path.hasPrefix(out.path + "/") {
            return .forbidden("the output folder '\(out.path)' contains the meeting folder '\(meetingURL.path)'")
        }
        if out.path.hasPrefix(meetingURL.path + "/") {
            return .forbidden("the output folder '\(out.path)' lies inside the meeting folder '\(meetingURL.path)'")
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: out.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return .forbidden("the output folder '\(out.path)' is a file, not a folder") }
        guard let entries = try? fm.contentsOfDirectory(atPath: out.path) else {
            return .forbidden("the output folder '\(out.path)' cannot be read")
        }
        let visible = entries.filter { !$0.hasPrefix(".") }
        guard let manifest = Manifest.read(from: out.appendingPathComponent("manifest.json")) else {
            if visible.isEmpty || visible.allSatisfy({ $0.lowercased().hasPrefix("readme") }) { return nil }
            let shown = visible.sorted().prefix(3).joined(separator: ", ")
            return .forbidden("the output folder '\(out.path)' is not empty and holds no stocktake build (\(shown)\(visible.count > 3 ? ", …" : ""))")
        }
        // Every file in a folder the build owns must be one a build wrote.
        let written = Set(manifest.outputs.map(\.path))
        for entry in OutputTransaction.ownedEntries where !entry.contains(".") {
            let folder = out.appendingPathComponent(entry)
            guard let walker = fm.enumerator(atPath: folder.path) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = entry + "/" + relative
                var dir: ObjCBool = false
                fm.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &dir)
                if dir.boolValue { continue }
                if !written.contains(path) && path != "internal/redactions.csv" { return .foreignFile(path) }
            }
        }
        return nil
    }
}
