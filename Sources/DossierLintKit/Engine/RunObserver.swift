import DossierSyntax

/// What a run tells its caller as it goes, for the caller to show: the Kit
/// never prints.
public struct RunObserver: Sendable {
    /// A problem that does not stop the run: a registry or a file that cannot
    /// be read or parsed. Called in a deterministic order, from one thread at a time.
    public var problem: @Sendable (ParseError) -> Void
    /// Called once before the files are checked, with their number.
    public var starting: @Sendable (Int) -> Void
    /// Called with a file's display path when it is checked, from any thread.
    public var checked: @Sendable (String) -> Void
    /// Called once when every file is checked.
    public var finished: @Sendable () -> Void

    /// Creates an observer; by default it ignores everything.
    public init(
        problem: @escaping @Sendable (ParseError) -> Void = { _ in },
        starting: @escaping @Sendable (Int) -> Void = { _ in },
        checked: @escaping @Sendable (String) -> Void = { _ in }, finished: @escaping @Sendable () -> Void = {}
    ) {
        self.problem = problem
        self.starting = starting
        self.checked = checked
        self.finished = finished
    }
}
