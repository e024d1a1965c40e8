/// The PDF's document information: title, author, subject, creator and the date it carries
/// (never the clock: the meeting's date, the front matter's, or `SOURCE_DATE_EPOCH`).
public struct Metadata: Hashable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var creator: String
    public var date: DocumentDate
    /// The document's language (BCP 47: `en`, `es`, `fr`), the catalog's `/Lang`.
    public var language: String

    public init(title: String, author: String = "", subject: String = "", creator: String = "stocktake",
                date: DocumentDate = .epoch1980, language: String = "en") {
        self.title = title; self.author = author; self.subject = subject; self.creator = creator; self.date = date
        self.language = language
    }
}

/// A UTC calendar date and time, as the PDF's creation and modification dates.
public struct DocumentDate: Hashable, Sendable, Comparable {
    public var year: Int, month: Int, day: Int
    public var hour: Int, minute: Int, second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.second = second
    }

    /// 1980-01-01T00:00:00Z: the date of a document that names none.
    public static let epoch1980 = DocumentDate(year: 1980, month: 1, day: 1)

    /// A date from seconds since 1970-01-01 UTC (e.g. `SOURCE_DATE_EPOCH`).
    public init(secondsSince1970 s: Int64) {
        let days = Int(s >= 0 ? s / 86400 : (s - 86399) / 86400)
        let rest = Int(s - Int64(days) * 86400)
        // Civil-from-days (Howard Hinnant's algorithm).
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d,
                  hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, the form cairo's PDF metadata takes.
    public var iso8601: String {
        func p(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(p(year, 4))-\(p(month, 2))-\(p(day, 2))T\(p(hour, 2)):\(p(minute, 2)):\(p(second, 2))Z"
    }

    /// `YYYY-MM-DD`.
    public var isoDay: String { String(iso8601.prefix(10)) }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month, a.day, a.hour, a.minute, a.second) < (b.year, b.month, b.day, b.hour, b.minute, b.second)
    }
}
