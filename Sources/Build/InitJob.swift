import Diagnostics
import Foundation

/// `stocktake init DIR [--example]`: a new meeting folder — the small commented skeleton, or the
/// example meeting — refusing to overwrite anything.
public struct InitJob: Sendable {
    public var directory: String
    public var example: Bool
    public var installation: Installation

    public init(directory: String, example: Bool = false, installation: Installation = .locate()) {
        self.directory = directory; self.example = example; self.installation = installation
    }

    /// What to do next, printed after the folder is made.
    public var nextSteps: String {
        """
        created \(directory)\(example ? " (the Puerto Vallarta example)" : ": a commented meeting of two sessions, three people and two notes")
        next:
          cd \(directory)
          stocktake check                          # read and validate; writes nothing
          stocktake build --output ../Output       # every PDF, into a folder outside the meeting
        then edit meeting.yaml (every field is commented), roster.csv and notes/ — see docs/meeting-folder.md
        and docs/rapporteur-guide.md
        """
    }

    public func run() -> JobResult {
        var bag = DiagnosticBag()
        let fm = FileManager.default
        if fm.fileExists(atPath: directory) {
            bag.error(.outputFailed, at: .file(directory), "'\(directory)' already exists; choose a new folder")
            return JobResult(diagnostics: bag)
        }
        do {
            try fm.copyItem(at: example ? installation.exampleMeeting : installation.skeletonMeeting,
                            to: URL(fileURLWithPath: directory))
        } catch {
            bag.error(.outputFailed, at: .file(directory), "cannot create the meeting folder: \(errorMessage(error))")
        }
        return JobResult(diagnostics: bag)
    }
}
