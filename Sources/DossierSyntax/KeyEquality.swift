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
    static func index(of key: String, in entries: UnsafeBufferPointer<MappingEntry>) -> Int? {
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
