import Diagnostics

/// `stocktake build`: runs every stage for a meeting and swaps the results into the output folder.
public struct BuildJob: Sendable {
    public var meeting: String?
    public var output: String
    public var only: Set<OutputKind>
    public var strict: Bool
    public var keepGoing: Bool
    public var draft: Bool
    public var installation: Installation

    public init(meeting: String?, output: String, only: Set<OutputKind>, strict: Bool, keepGoing: Bool,
                draft: Bool, installation: Installation = .locate()) {
        self.meeting = meeting; self.output = output; self.only = only; self.strict = strict
        self.keepGoing = keepGoing; self.draft = draft; self.installation = installation
    }

    public func run() -> JobResult {
        var bag = DiagnosticBag()
        bag.error(.internalError, at: .file(meeting ?? "."), "build is not implemented yet")
        return JobResult(diagnostics: bag, internalFailure: true)
    }
}
