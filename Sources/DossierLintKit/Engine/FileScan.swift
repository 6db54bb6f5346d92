import Dispatch

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
        scan(files: files, observer: observer) { index, scanned in slots.set(index, keep(scanned)) }
        return slots.take()
    }

    /// Checks every input in parallel and hands each result to `deliver` in input order,
    /// as soon as it and every input before it are done: only results waiting for an
    /// earlier one are held. `deliver` is called on one thread at a time.
    func run(files: FileSource, observer: RunObserver, deliver: @escaping (ScannedFile) -> Void) {
        let order = InOrder(count: inputs.count, deliver: deliver)
        scan(files: files, observer: observer) { index, scanned in order.done(index, scanned) }
    }

    /// Scans every input on all cores, giving each result to `done` with its index.
    private func scan(files: FileSource, observer: RunObserver, done: @Sendable (Int, ScannedFile) -> Void) {
        observer.starting(inputs.count)
        // Standard input is read once, up to one byte past its checker's limit.
        let standardInput: [UInt8]? = inputs.indices.first { inputs[$0].readPath == nil }.map {
            files.standardInput(checkers[$0].limits.maximumBytes + 1)
        }
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let input = inputs[index]
            let scanned: ScannedFile
            if let failure = input.failure {
                scanned = .unreadable(input.displayPath, message: failure)
            } else if let path = input.readPath {
                switch files.read(path, checkers[index].limits.maximumBytes) {
                case .bytes(let data):
                    scanned = checkers[index].scan(
                        path: input.displayPath, data: data, requireSchema: !input.named, summarize: summarize)
                case .tooLarge(let size):
                    scanned = checkers[index].refuse(path: input.displayPath, size: size)
                case .failed(let reason):
                    scanned = .unreadable(
                        input.displayPath, message: "cannot read the file" + (reason.map { ": " + $0 } ?? ""))
                }
            } else if let data = standardInput, data.count > checkers[index].limits.maximumBytes {
                scanned = checkers[index].refuse(path: input.displayPath, size: nil)
            } else {
                scanned = checkers[index].scan(
                    path: input.displayPath, data: standardInput ?? [], requireSchema: false, summarize: summarize)
            }
            done(index, scanned)
            observer.checked(input.displayPath)
        }
        observer.finished()
    }
}

/// Results computed in parallel, handed on in index order as soon as they can be.
///
/// The thread whose result lets the next ones go delivers them, one at a time, outside the
/// lock: another thread that finishes meanwhile leaves its result and goes on checking, instead
/// of waiting for a report's part to be written.
private final class InOrder: @unchecked Sendable {
    private var waiting: [Int: ScannedFile] = [:]
    private var next = 0
    /// Whether a thread is delivering: only one does, so results go out in order.
    private var delivering = false
    private let deliver: (ScannedFile) -> Void
    private let lock = Lock()

    init(count: Int, deliver: @escaping (ScannedFile) -> Void) { self.deliver = deliver }

    func done(_ index: Int, _ value: ScannedFile) {
        lock.lock()
        waiting[index] = value
        guard !delivering else {
            lock.unlock()
            return
        }
        delivering = true
        while let ready = waiting.removeValue(forKey: next) {
            next += 1
            lock.unlock()
            deliver(ready)
            lock.lock()
        }
        delivering = false
        lock.unlock()
    }
}
