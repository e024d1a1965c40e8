import ArgumentParser
import Diagnostics
import Foundation

/// `--format text|json` for the diagnostics a command prints to stderr.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints diagnostics: text to stderr — on a terminal with the source line and a caret (coloured
/// unless NO_COLOR is set), piped as plain `path:line:col` lines; JSON to stdout, alone there, so
/// that it can be piped into a JSON reader (SPEC 5). Paths are relative to `root`.
func emit(_ diagnostics: [Diagnostic], format: DiagnosticFormat, root: String = ".") {
    switch format {
    case .json:
        var out = DiagnosticRenderer.json(diagnostics)
        if !out.hasSuffix("\n") { out += "\n" }
        StandardOutput.write(out)
    case .text:
        guard isatty(2) == 1 else {
            StandardError.write(DiagnosticRenderer.text(diagnostics))
            return
        }
        let color = ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var cache: [String: [Substring]?] = [:]
        StandardError.write(DiagnosticRenderer.rich(diagnostics, color: color) { path in
            if let lines = cache[path] { return lines }
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: root).appendingPathComponent(path)
            // Only small regular files: an excerpt is never worth reading a device or a FIFO.
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            let regular = (attributes?[.type] as? FileAttributeType) == .typeRegular
            let size = (attributes?[.size] as? Int) ?? Int.max
            let lines = regular && size <= 4 << 20
                ? (try? String(contentsOf: url, encoding: .utf8)).map { $0.split(separator: "\n", omittingEmptySubsequences: false) }
                : nil
            cache[path] = lines
            return lines
        })
    }
}

/// Whether to show a live progress line: text diagnostics on a terminal.
func showsProgress(format: DiagnosticFormat) -> Bool { format == .text && isatty(2) == 1 }

/// Replaces the live progress line on stderr (an empty line clears it).
func progressLine(_ text: String) {
    StandardError.write(("\r\u{1B}[K" + text))
}

/// Prints a progress or summary line to stderr.
func note(_ line: String) {
    StandardError.write((line + "\n"))
}
