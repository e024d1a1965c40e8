import ArgumentParser
import Diagnostics
import Foundation

/// `MEETING` as SPEC 5 gives it: the folder named, else the current folder when it holds
/// `meeting.yaml`, else a usage error (exit 64) that says how to name one.
func meetingFolder(_ given: String?, command: String) throws -> String {
    if let given { return given }
    if FileManager.default.fileExists(atPath: "meeting.yaml") { return "." }
    let example = Installation.locate().exampleMeeting.path
    throw ValidationError("""
        there is no meeting.yaml in the current folder: give the meeting folder, e.g. \
        'stocktake \(command) path/to/meeting' (the example: \(example); 'stocktake init DIR' writes a new meeting)
        """)
}
