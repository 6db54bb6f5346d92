#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Mapping keys met before, by their bytes: a key a parse has made once is handed out again,
/// not made anew. Dossiers written from one format share a few hundred keys, and a dossier
/// repeats most of them (`id`, `date`, `name` in every audit, person and site).
///
/// A key handed out again is the same `String` (equal bytes, shared storage): it costs no
/// allocation and no UTF-8 validation, and a long one is freed once, not once a mapping.
/// The table keeps at most `maximumKeys` keys of at most `maximumKeyBytes` bytes: a file of
/// unique keys fills it once and then has its keys made as they come, at the cost of a look.
///
/// One table per thread (`forThisThread`), used by one parse at a time: the strings it hands
/// out are counted by the thread that parses and frees the trees holding them.
final class KeyTable {
    /// The most keys a table keeps.
    static let maximumKeys = 2048
    /// The longest key a table keeps, in bytes.
    static let maximumKeyBytes = 48

    private struct Entry {
        var hash: UInt64
        var start: Int32
        var count: Int32
    }

    /// Positions in `entries`, plus one; 0 is an empty slot. Twice `maximumKeys`, so at most
    /// half full.
    private let slots: UnsafeMutablePointer<Int32>
    private static let slotCount = 2 * maximumKeys
    private let entries: UnsafeMutablePointer<Entry>
    private let keys: UnsafeMutablePointer<String>
    private let bytes: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var byteCount = 0
    /// The marks of `KeyMarks`, `markedLevels` rows of `maximumKeys`: a row per nesting level
    /// of the mappings being parsed.
    private let marks: UnsafeMutablePointer<UInt32>
    /// The number of the last mapping given marks; a row's mark equal to a mapping's number
    /// means the key was met in that mapping. Not private: a test starts it near its end.
    var mapping: UInt32 = 0

    init() {
        slots = .allocate(capacity: KeyTable.slotCount)
        slots.initialize(repeating: 0, count: KeyTable.slotCount)
        entries = .allocate(capacity: KeyTable.maximumKeys)
        keys = .allocate(capacity: KeyTable.maximumKeys)
        bytes = .allocate(capacity: KeyTable.maximumKeys * KeyTable.maximumKeyBytes)
        // Zeroed by `calloc`: its pages come zeroed from the system, so a thread that parses
        // shallow files neither writes nor touches the deep levels' rows.
        guard let zeroed = calloc(KeyTable.markedLevels * KeyTable.maximumKeys, MemoryLayout<UInt32>.stride) else {
            fatalError("no memory for the key table's marks")
        }
        marks = zeroed.bindMemory(to: UInt32.self, capacity: KeyTable.markedLevels * KeyTable.maximumKeys)
    }

    deinit {
        keys.deinitialize(count: count)
        keys.deallocate()
        entries.deallocate()
        slots.deallocate()
        bytes.deallocate()
        free(marks)
    }

    /// The number of keys kept.
    var keptCount: Int { count }

    /// The key whose UTF-8 is `text` (valid UTF-8, as the parsers hand it), `hash` its
    /// `wordHash`: the one made before for the same bytes, else one made now (and kept while
    /// there is room).
    func key(_ text: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String {
        keptKey(text, hash: hash).key
    }

    /// The key whose UTF-8 is `text`, as `key(_:hash:)`, with its number in the table: the same
    /// for the same bytes, from `0` to `maximumKeys - 1`; `-1` when the key is not kept (too
    /// long, or the table was full when it was first met). Two keys are the same exactly when
    /// both are kept with one number, or both are not kept and have the same bytes.
    func keptKey(_ text: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (key: String, id: Int) {
        guard text.count <= KeyTable.maximumKeyBytes, let base = text.baseAddress else {
            return (String(decoding: text, as: UTF8.self), -1)
        }
        let mask = KeyTable.slotCount - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let position = Int(slots[slot]) - 1
            if position < 0 { break }
            let entry = entries[position]
            if entry.hash == hash && Int(entry.count) == text.count
                && memcmp(bytes + Int(entry.start), base, text.count) == 0
            {
                return (keys[position], position)
            }
            slot = (slot + 1) & mask
        }
        let key = String(decoding: text, as: UTF8.self)
        guard count < KeyTable.maximumKeys else { return (key, -1) }
        (bytes + byteCount).update(from: base, count: text.count)
        entries[count] = Entry(hash: hash, start: Int32(byteCount), count: Int32(text.count))
        (keys + count).initialize(to: key)
        count += 1
        byteCount += text.count
        slots[slot] = Int32(count)
        return (key, count - 1)
    }

    /// The nesting levels of mappings whose kept keys are told apart by `KeyMarks`; deeper
    /// mappings compare their keys' hashes and bytes.
    static let markedLevels = 16

    /// The marks of a mapping's kept keys (see `keptKey`), one per key number: a mapping
    /// being parsed at nesting `level` (0 for the outermost) finds a repeated kept key in
    /// one look. `nil` for a level past `markedLevels`.
    ///
    /// A row serves one mapping at a time: a parse opens a mapping's marks when it starts
    /// and does not use them after its end, and mappings open at once are at different levels.
    func marks(level: Int) -> KeyMarks? {
        guard level < KeyTable.markedLevels else { return nil }
        mapping &+= 1
        if mapping == 0 {
            // Numbers went round: a mark left from four billion mappings ago must not match.
            marks.update(repeating: 0, count: KeyTable.markedLevels * KeyTable.maximumKeys)
            mapping = 1
        }
        return KeyMarks(row: marks + level * KeyTable.maximumKeys, mapping: mapping)
    }

    /// The kept keys met in one mapping (see `marks(level:)`).
    struct KeyMarks {
        fileprivate let row: UnsafeMutablePointer<UInt32>
        fileprivate let mapping: UInt32

        /// Notes kept key `id` as met in the mapping; whether it was met there before.
        @inline(__always)
        func markRepeated(_ id: Int) -> Bool {
            if row[id] == mapping { return true }
            row[id] = mapping
            return false
        }
    }

    /// This thread's table, made when first asked for and freed with the thread.
    static var forThisThread: KeyTable {
        if let table = pthread_getspecific(threadKey) {
            return Unmanaged<KeyTable>.fromOpaque(table).takeUnretainedValue()
        }
        let table = KeyTable()
        pthread_setspecific(threadKey, Unmanaged.passRetained(table).toOpaque())
        return table
    }

    /// The thread-specific slot of the tables, with the destructor that releases a thread's.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        let created = pthread_key_create(&key) { table in
            #if canImport(Darwin)
                Unmanaged<KeyTable>.fromOpaque(table).release()
            #else
                if let table { Unmanaged<KeyTable>.fromOpaque(table).release() }
            #endif
        }
        precondition(created == 0, "no thread-specific key for the key tables")
        return key
    }()
}
