import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A mapping key compared by its UTF-8 bytes: the one definition of key
/// equality of both parsers. Canonically equivalent spellings (an NFC and an
/// NFD "café") are different keys, as they are different bytes.
struct UTF8Key: Hashable {
    var string: String

    init(_ string: String) { self.string = string }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        same(a.string, b.string)
    }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Whether two keys are the same key (equal UTF-8 bytes). Compares the
    /// byte counts first and then the contiguous bytes, without Unicode
    /// normalisation: this is on the path of every field lookup.
    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        let count = a.utf8.count
        guard count == b.utf8.count else { return false }
        if let equal = a.utf8.withContiguousStorageIfAvailable({ left in
            b.utf8.withContiguousStorageIfAvailable({ right in
                count == 0 || memcmp(left.baseAddress!, right.baseAddress!, count) == 0
            })
        }), let equal {
            return equal
        }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// The index of the entry whose key is `key` (equal UTF-8 bytes), or `nil`: the lookup
    /// of every field a rule reads. The wanted key's bytes are taken once, and an entry
    /// whose key has another byte count is passed over without looking at its bytes.
    static func index(of key: String, in entries: [MappingEntry]) -> Int? {
        entries.withUnsafeBufferPointer { index(of: key, in: $0) }
    }

    /// The index of the entry whose key is `key` among entries read in place.
    ///
    /// The position where the same key was last found (`KeyPositionHints`) is tried first:
    /// dossiers written from one template keep their keys in the same places, and rules ask
    /// for the same keys on every dossier. The hint is checked like any entry, so a wrong one
    /// costs a comparison and the scan.
    static func index(of key: String, in entries: UnsafeBufferPointer<MappingEntry>) -> Int? {
        if #available(macOS 15, *) {
            let hints = KeyPositionHints.shared
            let slot = hints.slot(for: key, among: entries.count)
            let hinted = hints.position(at: slot)
            if hinted < entries.count && sameFast(entries[hinted].key, key) { return hinted }
            let found = scan(for: key, in: entries)
            if let found { hints.remember(found, at: slot) }
            return found
        }
        return scan(for: key, in: entries)
    }

    /// Whether two keys are the same, first by their two words: the same words are the same
    /// string (a short string holds its bytes in them; a long one points at its storage).
    @inline(__always)
    static func sameFast(_ a: String, _ b: String) -> Bool {
        words(of: a) == words(of: b) || same(a, b)
    }

    /// The two words a string is made of, as they are: for telling strings apart quickly and
    /// for hashing them, never for reading their text.
    @inline(__always)
    static func words(of text: String) -> (UInt64, UInt64) {
        withUnsafeBytes(of: text) { ($0.load(as: UInt64.self), $0.load(fromByteOffset: 8, as: UInt64.self)) }
    }

    /// The scan of `index(of:in:)`.
    private static func scan(for key: String, in entries: UnsafeBufferPointer<MappingEntry>) -> Int? {
        var key = key
        return key.withUTF8 { wanted -> Int? in
            let count = wanted.count
            for index in entries.indices {
                guard entries[index].key.utf8.count == count else { continue }
                if count == 0 { return index }
                let equal = entries[index].key.utf8.withContiguousStorageIfAvailable { candidate in
                    memcmp(candidate.baseAddress!, wanted.baseAddress!, count) == 0
                }
                if equal ?? entries[index].key.utf8.elementsEqual(wanted) { return index }
            }
            return nil
        }
    }
}

/// Where keys were last found in their mappings, by a hash of the key's string: a hint for the
/// next lookup of the same key, shared by every thread (relaxed atomic words: a stale or
/// overwritten hint is only a wrong guess, which the lookup checks).
@available(macOS 15, *)
final class KeyPositionHints: @unchecked Sendable {
    /// The table of every lookup.
    static let shared = KeyPositionHints()

    private static let bits = 10
    private let slots: UnsafeMutablePointer<Atomic<Int>>

    private init() {
        let count = 1 << KeyPositionHints.bits
        slots = UnsafeMutablePointer<Atomic<Int>>.allocate(capacity: count)
        for index in 0..<count { (slots + index).initialize(to: Atomic(0)) }
    }

    /// The slot of `key` in a mapping of `count` entries: a hash of the key's two words and
    /// the count. The count tells apart the kinds of mapping that share a key (`id` of an
    /// audit, of a person, of a site), each with the key in a place of its own.
    @inline(__always)
    func slot(for key: String, among count: Int) -> Int {
        let (first, second) = UTF8Key.words(of: key)
        let mixed =
            (first &* 0x9E37_79B9_7F4A_7C15) ^ (second &* 0xC2B2_AE3D_27D4_EB4F)
            ^ (UInt64(truncatingIfNeeded: count) &* 0x1656_67B1_9E37_79F9)
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - KeyPositionHints.bits))
    }

    /// The position last remembered in `slot` (0 when none).
    @inline(__always)
    func position(at slot: Int) -> Int { slots[slot].load(ordering: .relaxed) }

    /// Remembers `position` in `slot`, writing only when it changes.
    @inline(__always)
    func remember(_ position: Int, at slot: Int) {
        if slots[slot].load(ordering: .relaxed) != position { slots[slot].store(position, ordering: .relaxed) }
    }
}
