/// Copies in storage of their own, for threads that read the same values many times at once.
///
/// Every read of a shared string or array from two cores counts references to one object,
/// and the cache line holding its count then moves from core to core on each count. A thread
/// that reads a value on every dossier (a rule's parameters) works faster with its own copy.
extension String {
    /// The same text in storage of its own (a text of up to 15 bytes is kept in the value
    /// itself, and has none to share).
    package var unsharedCopy: String {
        guard utf8.count > String.longestInPlace else { return self }
        return String(decoding: Array(utf8), as: UTF8.self)
    }

    /// The most UTF-8 bytes a text keeps in the value itself, with no storage to share.
    static let longestInPlace = 15
}

extension Node {
    /// The same node, with its positions, in storage of its own: its texts, keys and lists
    /// share nothing with this node's.
    package var unsharedCopy: Node {
        switch content {
        case .scalar(let text, let style):
            return Node(.scalar(text.unsharedCopy, style), at: location, end: end)
        case .sequence(let elements):
            return Node(.sequence(elements.map(\.unsharedCopy)), at: location, end: end)
        case .mapping(let entries):
            return Node(.mapping(entries.map(\.unsharedCopy)), at: location, end: end)
        }
    }
}

extension MappingEntry {
    /// The same entry in storage of its own (see `Node.unsharedCopy`).
    package var unsharedCopy: MappingEntry {
        MappingEntry(key: key.unsharedCopy, keyLocation: keyLocation, value: value.unsharedCopy)
    }
}
