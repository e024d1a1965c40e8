import ArgumentParser
import Foundation

/// `MEETING` as SPEC 5 gives it: the folder named, else the current folder when it holds
/// `meeting.yaml`, else a usage error (exit 64) that says how to name one.
func meetingFolder(_ given: String?) throws -> String {
    if let given { return given }
    if FileManager.default.fileExists(atPath: "meeting.yaml") { return "." }
    throw ValidationError("""
        there is no meeting.yaml in the current folder: give the meeting folder, e.g. \
        'stocktake build path/to/meeting' (the example ships in Examples/puerto-vallarta-2017; \
        'stocktake init DIR' writes a new one)
        """)
}
