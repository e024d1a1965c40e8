import ArgumentParser
import Diagnostics
import Foundation

/// `--format text|json` for the diagnostics a command prints to stderr.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints diagnostics to stderr in the chosen format, coloured only on a terminal without NO_COLOR.
func emit(_ diagnostics: [Diagnostic], format: DiagnosticFormat) {
    let out: String
    switch format {
    case .json: out = DiagnosticRenderer.json(diagnostics)
    case .text:
        let color = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        out = DiagnosticRenderer.text(diagnostics, color: color)
    }
    StandardError.write(out)
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
