import Foundation

/// Runs the PDF tools the tests read PDFs back with (pdftotext, pdfinfo, pdffonts, qpdf, mutool)
/// and the built `stocktake` binary, through `Process`.
public enum PDFTools {
    /// What a finished process left behind.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The package root (the folder holding Package.swift), found from this file's path.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The `stocktake` executable built beside the test bundle (`.build-X/debug/stocktake`).
    public static var stocktakeBinary: URL {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("stocktake")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue { return candidate }
            dir.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/stocktake")
    }

    /// Runs an executable found on PATH (or a full path) with arguments, in `directory`, with
    /// extra environment variables; waits and returns its output.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String] = [:]) -> Output {
        let process = Process()
        if tool.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [tool] + arguments
        }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out; process.standardError = err
        do { try process.run() } catch { return Output(status: -1, stdout: "", stderr: "\(error)") }
        // Read both pipes concurrently with the process so large outputs cannot block it.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `pdftotext -layout`-free text of a PDF (reading order), per page split by form feeds, with
    /// no-break spaces read as spaces and typographic quotes as straight ones (what a search
    /// finds); `rawText` keeps them.
    /// Typographic quotes and apostrophes are read as the straight ones the notes were typed with
    /// (issue 15 sets them per language; a search finds them either way).
    public static func text(_ pdf: URL) -> [String] {
        rawText(pdf).map(searchable)
    }

    public static func searchable(_ s: String) -> String {
        var t = s
        for (typographic, plain) in [("«\u{202F}", "\""), ("\u{202F}»", "\""), ("« ", "\""), (" »", "\""), ("\u{201C}", "\""),
                                     ("\u{201D}", "\""), ("«", "\""), ("»", "\""), ("\u{2018}", "'"), ("\u{2019}", "'"),
                                     ("\u{00A0}", " "), ("\u{202F}", " ")] {
            t = t.replacingOccurrences(of: typographic, with: plain)
        }
        return t
    }

    public static func rawText(_ pdf: URL) -> [String] {
        let out = run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).stdout
        var pages = out.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// The page count from `pdfinfo`.
    public static func pageCount(_ pdf: URL) -> Int? {
        let out = run("pdfinfo", [pdf.path]).stdout
        for line in out.split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// A fresh temporary folder for one test.
    public static func temporaryFolder(_ name: String = "stocktake-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
