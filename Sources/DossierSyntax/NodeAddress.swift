/// Where a node sits in memory, inside a tree that something else keeps alive and unchanged:
/// the way readers walk a parsed tree without copying nodes.
///
/// Reading a `Node` value copies it, and a copy counts references to its text or its
/// children. An address reads the node in place: finding a key, an element or a scalar's text
/// costs no reference count and no copy of the node.
///
/// A tree's arrays are never changed once parsed (a change to a copy copies the array), so the
/// address of a node inside them stays valid for as long as the tree's root is alive. The
/// caller keeps the root alive: `NodeAnchor` holds a root at a fixed address, and an address
/// must not outlive the anchor it was reached from.
public struct NodeAddress: @unchecked Sendable, Equatable {
    @usableFromInline
    let pointer: UnsafePointer<Node>

    /// The address of the node at `pointer`. The caller keeps the node's tree alive and
    /// unchanged while the address is used.
    @inlinable
    public init(unsafe pointer: UnsafePointer<Node>) { self.pointer = pointer }

    /// A copy of the node.
    @inlinable
    public var node: Node { pointer.pointee }

    /// Where the node starts.
    @inlinable
    public var location: SourceLocation { pointer.pointee.location }

    /// The node's source range.
    @inlinable
    public var range: SourceRange { SourceRange(start: pointer.pointee.location, end: pointer.pointee.end) }

    /// Whether the node is a null (see `Node.isNull`).
    @inlinable
    public var isNull: Bool { pointer.pointee.isNull }

    /// The scalar's text and style, or `nil` for a collection.
    @inlinable
    public var scalar: (text: String, style: ScalarStyle)? {
        if case .scalar(let text, let style) = pointer.pointee.content { return (text, style) }
        return nil
    }

    /// Whether the node is a sequence.
    @inlinable
    public var isSequence: Bool {
        if case .sequence = pointer.pointee.content { return true }
        return false
    }

    /// Whether the node is a mapping.
    @inlinable
    public var isMapping: Bool {
        if case .mapping = pointer.pointee.content { return true }
        return false
    }

    /// The number of a sequence's elements or a mapping's entries; `nil` for a scalar.
    @inlinable
    public var count: Int? {
        switch pointer.pointee.content {
        case .sequence(let elements): return elements.count
        case .mapping(let entries): return entries.count
        case .scalar: return nil
        }
    }

    /// The value of the mapping entry whose key is `key` (the same UTF-8 bytes), with the
    /// entry's position; `nil` when this is not a mapping or has no such key.
    public func entry(forKey key: String) -> (position: Int, value: NodeAddress)? {
        guard let entries = entries, let position = UTF8Key.index(of: key, in: entries) else { return nil }
        return (position, NodeAddress.value(of: entries.baseAddress! + position))
    }

    /// The key and value of a mapping's entry at `position` (in source order); `nil` when this
    /// is not a mapping or has no such entry.
    public func entry(at position: Int) -> (key: String, value: NodeAddress)? {
        guard let entries = entries, entries.indices.contains(position) else { return nil }
        return (entries[position].key, NodeAddress.value(of: entries.baseAddress! + position))
    }

    /// The key of a mapping's entry at `position`; `nil` when there is none.
    public func key(at position: Int) -> String? {
        guard let entries = entries, entries.indices.contains(position) else { return nil }
        return entries[position].key
    }

    /// The element at `index` of a sequence; `nil` when this is not a sequence or has no such
    /// element.
    public func element(at index: Int) -> NodeAddress? {
        guard let elements = elements, elements.indices.contains(index) else { return nil }
        return NodeAddress(unsafe: elements.baseAddress! + index)
    }

    /// A mapping's entries where they are, or `nil` for another node. The array is taken and
    /// left at once, with nothing in between, so that reading it counts no reference: the
    /// tree, kept alive and unchanged by its anchor, keeps the entries where they are.
    @inline(__always)
    private var entries: UnsafeBufferPointer<MappingEntry>? {
        guard case .mapping(let entries) = pointer.pointee.content else { return nil }
        return entries.withUnsafeBufferPointer { $0 }
    }

    /// A sequence's elements where they are, or `nil` for another node (as `entries`).
    @inline(__always)
    private var elements: UnsafeBufferPointer<Node>? {
        guard case .sequence(let elements) = pointer.pointee.content else { return nil }
        return elements.withUnsafeBufferPointer { $0 }
    }

    /// The address of an entry's value.
    private static func value(of entry: UnsafePointer<MappingEntry>) -> NodeAddress {
        let offset = MemoryLayout<MappingEntry>.offset(of: \MappingEntry.value)!
        return NodeAddress(unsafe: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: Node.self))
    }
}

/// A node kept at a fixed address, so that the nodes of its tree can be read by address
/// (`NodeAddress`) for as long as the anchor lives.
public final class NodeAnchor: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Node>

    /// Keeps `root` (a copy of it, which shares its tree) at a fixed address.
    public init(_ root: Node) {
        storage = UnsafeMutablePointer<Node>.allocate(capacity: 1)
        storage.initialize(to: root)
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// The root's address.
    public var root: NodeAddress { NodeAddress(unsafe: UnsafePointer(storage)) }
}
