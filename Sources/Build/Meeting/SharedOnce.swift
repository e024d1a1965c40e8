import Foundation

/// A value computed once, by the first worker that needs it (the others wait for it): the
/// composers that several outputs share, and their digests.
final class SharedOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (@Sendable () -> Value)?
    private var stored: Value?

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        lock.lock(); defer { lock.unlock() }
        if let stored { return stored }
        let v = make!()
        stored = v
        make = nil
        return v
    }
}
