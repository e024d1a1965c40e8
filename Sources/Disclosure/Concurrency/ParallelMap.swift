import Foundation

/// `map` on all cores for independent, pure transforms; the results keep the input's order, so
/// the output is the same as a serial `map`'s.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ input: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, input.count))
        guard workers > 1 else { return input.map(transform) }
        let slots = Slots<R>(count: input.count)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var i = w
            while i < input.count {
                slots.set(i, transform(input[i]))
                i += workers
            }
        }
        return slots.values
    }

    /// Result slots written by index from several threads (each index once).
    private final class Slots<R>: @unchecked Sendable {
        private var storage: [R?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: R) { lock.lock(); storage[i] = value; lock.unlock() }
        var values: [R] { storage.map { $0! } }
    }
}
