import Foundation
import Ingest
import Model

/// One build of the example meeting through the real `stocktake` binary, shared by the tests that
/// only read its outputs (built once per test process).
public struct ExampleBuild: Sendable {
    public let output: URL
    public let status: Int32
    public let stderr: String
    public let meeting: Meeting

    public static let example = PDFTools.packageRoot.appendingPathComponent("Examples/puerto-vallarta-2017")

    /// The shared build.
    public static let shared: ExampleBuild = build(example)

    /// Builds `meeting` into a fresh folder (or `output`), from `directory`, with extra environment.
    public static func build(_ meeting: URL, output: URL? = nil, arguments: [String] = [], in directory: URL? = nil,
                             environment: [String: String] = [:]) -> ExampleBuild {
        let out = output ?? PDFTools.temporaryFolder("stocktake-build").appendingPathComponent("Output")
        let run = PDFTools.run(PDFTools.stocktakeBinary.path, ["build", meeting.path, "--output", out.path] + arguments,
                               in: directory, environment: environment)
        let (read, _) = MeetingReader.read(DiskMeetingSource(root: meeting))
        return ExampleBuild(output: out, status: run.status, stderr: run.stderr, meeting: read!)
    }

    /// Every PDF under the output folder, as paths relative to it, sorted.
    public var pdfs: [String] {
        let all = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        return all.filter { $0.hasSuffix(".pdf") }.sorted()
    }

    public func url(_ path: String) -> URL { output.appendingPathComponent(path) }

    /// Copies a folder (the example) somewhere it may be changed.
    public static func copy(_ folder: URL) -> URL {
        let target = PDFTools.temporaryFolder("stocktake-meeting").appendingPathComponent(folder.lastPathComponent)
        try? FileManager.default.copyItem(at: folder, to: target)
        return target
    }
}
