import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads and checks files on all cores, one file in memory per core at a time.
struct FileScan {
    /// The files, in input order.
    var inputs: [InputFile]
    /// The checker of each input, in input order.
    var checkers: [FileChecker]
    /// Builds the dossiers' summaries for the repository rules, if they run.
    var summarize: DossierSummarizer?

    /// Checks every input in parallel and returns what `keep` makes of each,
    /// in input order; `observer` hears of each file as it is done.
    func run<Kept: Sendable>(
        files: FileSource, observer: RunObserver, keep: @Sendable (ScannedFile) -> Kept
    ) -> [Kept] {
        let slots = Slots<Kept>(count: inputs.count)
        scan(files: files, observer: observer) { index, scanned, _ in slots.set(index, keep(scanned)) }
        return slots.take()
    }

    /// Checks every input in parallel and hands each result to `deliver` in input order,
    /// as soon as it and every input before it are done: only results waiting for an
    /// earlier one are held. `deliver` is called on one thread at a time, mostly the first
    /// worker's (see `InOrder`).
    func run(files: FileSource, observer: RunObserver, deliver: @escaping (ScannedFile) -> Void) {
        let order = InOrder(count: inputs.count, deliver: deliver)
        scan(files: files, observer: observer, afterWorkers: order.finish) { index, scanned, worker in
            order.done(index, scanned, worker: worker)
        }
    }

    /// Scans every input on all cores, giving each result to `done` with its index and the
    /// number of the worker that checked it; then calls `afterWorkers`.
    private func scan(
        files: FileSource, observer: RunObserver, afterWorkers: () -> Void = {},
        done: @Sendable (Int, ScannedFile, _ worker: Int) -> Void
    ) {
        observer.starting(inputs.count)
        // Standard input is read once, up to one byte past its checker's limit.
        let standardInput: [UInt8]? = inputs.indices.first { inputs[$0].readPath == nil }.map {
            files.standardInput(checkers[$0].limits.maximumBytes + 1)
        }
        let next = NextIndex(below: inputs.count)
        let workers = min(inputs.count, FileScan.cores)
        let copiesLinters = inputs.count >= FileScan.filesForCopies * workers && workers > 1
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var ownLinters = OwnLinters()
            while let index = next.take() {
                var checker = checkers[index]
                if copiesLinters { checker.linter = ownLinters.copy(of: checker.linter) }
                done(index, scan(index, with: checker, files: files, standardInput: standardInput), worker)
                observer.checked(inputs[index].displayPath)
            }
        }
        afterWorkers()
        observer.finished()
    }

    /// The fewest files per worker for which each worker checks with a linter of its own
    /// (`Linter.copyForOneThread`): a copy costs about as many instructions as checking one
    /// and a half clean dossiers (2.6 M), some 4 % of a worker's 32 files.
    static let filesForCopies = 32

    /// The number of cores the scan runs on.
    static let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Reads and checks input `index` with `checker`.
    private func scan(
        _ index: Int, with checker: FileChecker, files: FileSource, standardInput: [UInt8]?
    ) -> ScannedFile {
        let input = inputs[index]
        if let failure = input.failure { return .unreadable(input.displayPath, message: failure) }
        guard let path = input.readPath else {
            if let data = standardInput, data.count > checker.limits.maximumBytes {
                return checker.refuse(path: input.displayPath, size: nil)
            }
            return checker.scan(
                path: input.displayPath, data: standardInput ?? [], requireSchema: false, summarize: summarize)
        }
        switch files.read(path, checker.limits.maximumBytes) {
        case .bytes(let data):
            return checker.scan(path: input.displayPath, data: data, requireSchema: !input.named, summarize: summarize)
        case .tooLarge(let size):
            return checker.refuse(path: input.displayPath, size: size)
        case .failed(let reason):
            return .unreadable(input.displayPath, message: "cannot read the file" + (reason.map { ": " + $0 } ?? ""))
        }
    }
}

/// The linters one worker of a scan checks with: its own copy of each linter it meets
/// (`Linter.copyForOneThread`), so that it counts no reference another worker counts.
private struct OwnLinters {
    /// Each linter met, with the worker's copy of it.
    private var copies: [(original: Linter, copy: Linter)] = []

    /// This worker's copy of `linter`, made the first time it is asked for.
    mutating func copy(of linter: Linter) -> Linter {
        if let kept = copies.first(where: { $0.original.checksAlike(linter) }) { return kept.copy }
        let copy = linter.copyForOneThread()
        copies.append((linter, copy))
        return copy
    }
}

/// The inputs not yet taken by a worker: each index from 0 to the count, once, in order.
private final class NextIndex: @unchecked Sendable {
    private let count: Int
    private var next = 0
    private let lock = Lock()

    init(below count: Int) { self.count = count }

    /// The next index, or `nil` when every index was taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// Results computed in parallel, handed on in index order as soon as they can be.
///
/// The first worker delivers them, one at a time, outside the lock: another worker that
/// finishes meanwhile leaves its result and goes on checking, instead of waiting for a report's
/// part to be written. One thread writing keeps the writer's own objects (a reporter's names
/// made once, its buffers) on one core: handed from core to core with the delivery, each of
/// their reference counts moved a cache line. Another worker delivers only when more than
/// `heldForFirstWorker` results are waiting (the first worker is held up by a long file, or
/// not running), and whatever is left is delivered by `finish`.
///
/// A delivered result is freed by the worker that made it, when it hands in its next one: its
/// objects' counts (a report's outcomes name the worker's own rules) stay on that worker's core.
final class InOrder: @unchecked Sendable {
    private var waiting: [Int: (result: ScannedFile, worker: Int)] = [:]
    private var next = 0
    /// Whether a thread is delivering: only one does, so results go out in order.
    private var delivering = false
    /// Delivered results, by the worker that made them, for it to free.
    private var delivered: [Int: [ScannedFile]] = [:]
    private let deliver: (ScannedFile) -> Void
    private let lock = Lock()
    /// How many results may wait for the first worker before another worker delivers them.
    static let heldForFirstWorker = 32

    init(count: Int, deliver: @escaping (ScannedFile) -> Void) { self.deliver = deliver }

    /// Takes result `index` of `worker` (0 for the first), frees that worker's delivered
    /// results, and delivers every result that is ready when the caller is the first worker,
    /// or when too many wait.
    func done(_ index: Int, _ value: ScannedFile, worker: Int) {
        lock.lock()
        waiting[index] = (value, worker)
        let freed = delivered.removeValue(forKey: worker)
        if !delivering && (worker == 0 || waiting.count > InOrder.heldForFirstWorker) { deliverReady() }
        lock.unlock()
        // Freed here, by the worker that made them, out of the lock.
        withExtendedLifetime(freed) {}
    }

    /// Delivers every result left, once every worker is done, and frees them all.
    func finish() {
        lock.lock()
        precondition(!delivering, "a scan's results delivered while its workers are done")
        deliverReady()
        delivered = [:]
        lock.unlock()
    }

    /// Delivers the results that are ready, in order, with the lock taken (and given back
    /// while each is delivered).
    private func deliverReady() {
        delivering = true
        while let ready = waiting.removeValue(forKey: next) {
            next += 1
            lock.unlock()
            deliver(ready.result)
            lock.lock()
            delivered[ready.worker, default: []].append(ready.result)
        }
        delivering = false
    }
}
