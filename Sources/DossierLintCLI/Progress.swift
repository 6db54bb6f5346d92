import Dispatch
import DossierLintKit

/// Shows `[n/N] path` on standard error while files are checked, only when
/// standard error is a terminal (never in CI logs or redirected output).
/// Thread-safe; redraws at most every 100 ms, and clears its line at the end.
final class Progress: @unchecked Sendable {
    private let environment: CommandEnvironment
    private var total = 0
    private var enabled = false
    private let lock = Lock()
    private var done = 0
    private var lastDraw: UInt64 = 0
    private var drawn = false

    /// A reporter writing to `environment`'s standard error.
    init(environment: CommandEnvironment) {
        self.environment = environment
    }

    /// Starts reporting on `total` files.
    func start(_ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.total = total
        enabled = environment.errorIsTerminal && total > 0
    }

    /// Notes that `path` is done.
    func advance(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        guard enabled else { return }
        done += 1
        let now = DispatchTime.now().uptimeNanoseconds
        guard done == total || now - lastDraw >= 100_000_000 else { return }
        lastDraw = now
        drawn = true
        environment.writeError("\r\u{1B}[K[\(done)/\(total)] \(Progress.shortened(path))")
    }

    /// Clears the progress line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard enabled else { return }
        if drawn { environment.writeError("\r\u{1B}[K") }
        drawn = false
    }

    /// Runs `body`, which writes to the terminal, with the progress line cleared first,
    /// so that a report streaming onto the same terminal, or a problem, never lands on
    /// it; the next file done draws the line again, below.
    func writingAbove(_ body: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        if enabled && drawn {
            environment.writeError("\r\u{1B}[K")
            drawn = false
        }
        body()
    }

    /// The path's last 60 characters, so the line fits a terminal.
    static func shortened(_ path: String) -> String {
        path.count <= 60 ? path : "…" + path.suffix(59)
    }
}
