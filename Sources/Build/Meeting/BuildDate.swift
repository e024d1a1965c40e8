import Document
import Foundation

/// The date every PDF of a build carries (SPEC 4): `SOURCE_DATE_EPOCH` when set, else the
/// meeting's last date (for `render`, the front matter's date), else 1980-01-01 — never the clock.
enum BuildDate {
    static func resolve(meetingDates: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> DocumentDate {
        if let raw = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(raw.trimmingCharacters(in: .whitespaces)) {
            return DocumentDate(secondsSince1970: seconds)
        }
        for text in meetingDates.reversed() {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            if parts.count == 3 { return DocumentDate(year: parts[0], month: parts[1], day: parts[2]) }
        }
        return .epoch1980
    }
}
