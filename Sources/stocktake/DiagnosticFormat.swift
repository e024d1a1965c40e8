import ArgumentParser
import Diagnostics
import Foundation

/// `--format text|json` for the diagnostics a command prints to stderr.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints diagnostics: text to stderr, coloured only on a terminal without NO_COLOR; JSON to
/// stdout, alone there, so that it can be piped into a JSON reader (SPEC 5).
func emit(_ diagnostics: [Diagnostic], format: DiagnosticFormat) {
    switch format {
    case .json:
        var out = DiagnosticRenderer.json(diagnostics)
        if !out.hasSuffix("\n") { out += "\n" }
        StandardOutput.write(out)
    case .text:
        let color = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        StandardError.write(DiagnosticRenderer.text(diagnostics, color: color))
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
