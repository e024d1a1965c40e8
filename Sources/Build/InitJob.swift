import Diagnostics
import Foundation

/// `stocktake init DIR`: copies the example meeting into a new folder, refusing to overwrite.
public struct InitJob: Sendable {
    public var directory: String
    public var installation: Installation

    public init(directory: String, installation: Installation = .locate()) {
        self.directory = directory; self.installation = installation
    }

    public func run() -> JobResult {
        var bag = DiagnosticBag()
        let fm = FileManager.default
        if fm.fileExists(atPath: directory) {
            bag.error(.outputFailed, at: .file(directory), "'\(directory)' already exists; choose a new folder")
            return JobResult(diagnostics: bag)
        }
        do {
            try fm.copyItem(at: installation.exampleMeeting, to: URL(fileURLWithPath: directory))
        } catch {
            bag.error(.outputFailed, at: .file(directory), "cannot create the meeting folder: \(error.localizedDescription)")
        }
        return JobResult(diagnostics: bag)
    }
}
