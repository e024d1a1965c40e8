import Diagnostics

/// `stocktake check`: reads and validates a meeting folder and reports; writes nothing.
public struct CheckJob: Sendable {
    public var meeting: String?
    public var strict: Bool
    public var installation: Installation

    public init(meeting: String?, strict: Bool, installation: Installation = .locate()) {
        self.meeting = meeting; self.strict = strict; self.installation = installation
    }

    public func run() -> JobResult {
        var bag = DiagnosticBag()
        bag.error(.internalError, at: .file(meeting ?? "."), "check is not implemented yet")
        return JobResult(diagnostics: bag, internalFailure: true)
    }
}
