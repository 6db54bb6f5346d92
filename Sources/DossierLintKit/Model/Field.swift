import DossierSyntax

/// The result of reading a field as a type.
public enum FieldValue<Value> {
    /// The field holds a value of the type.
    case value(Value)
    /// The field is absent or null.
    case missing
    /// The field holds something that is not of the type; the problem says what.
    case invalid(FieldProblem)

    /// The value, or `nil` when missing or invalid.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}

/// Why a field is not of the type read, worded only when asked: a rule that
/// merely tries a reading (is it `true`?) pays nothing for the words.
public struct FieldProblem: Sendable {
    private let describe: @Sendable () -> Message

    /// A problem worded by `describe` when it is shown.
    public init(_ describe: @escaping @Sendable () -> Message) { self.describe = describe }

    /// A problem already worded.
    public init(_ message: Message) { describe = { message } }

    /// The problem, in Chinese and English.
    public var message: Message { describe() }
    /// The problem in Chinese.
    public var zh: String { message.zh }
    /// The problem in English.
    public var en: String { message.en }
}

/// A located, read-only view of one place in a dossier tree: a node (or its
/// absence) with the JSON Pointer that leads to it.
///
/// Navigating into absent fields is allowed and yields absent fields whose
/// location is that of the nearest existing ancestor (with an empty range), so
/// a "cannot verify" finding still points somewhere useful.
///
/// A field reads its node in place (`NodeAddress`), and keeps the tree alive through its
/// origin: making, copying and reading a field copies no node. An absent field's origin
/// holds the field it is below and the key or index it was asked for.
public struct Field: @unchecked Sendable {
    /// The node, or `nil` when absent.
    public var node: Node? { address?.node }
    /// The node's address in the tree its origin keeps, or `nil` when absent.
    private let address: NodeAddress?
    /// The node's location, or the nearest existing ancestor's.
    public var location: SourceLocation {
        if let address { return address.location }
        return origin.location
    }
    /// The node the steps start from, with its pointer.
    private let origin: FieldOrigin
    /// The steps from the origin to the node: positions, not names, so that reading a field
    /// allocates nothing. The pointer text is built only when asked for (a finding), never
    /// while rules navigate. None for an absent field.
    ///
    /// A field has no stored optional of a class: this toolchain destroys one through the
    /// optional's type metadata (some 60 instructions), and rules destroy fields by the
    /// thousand.
    private let steps: FieldSteps

    /// RFC 6901 JSON Pointer of this place.
    public var pointer: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        appendPointer(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `pointer`: made as bytes and turned into text once, as
    /// appending to a `String` costs several times more per piece.
    private func appendPointer(to bytes: inout [UInt8]) {
        if let below = origin.below {
            below.appendPointer(to: &bytes)
            if let key = origin.absentKey {
                JSONPointer.appendKey(key, to: &bytes)
            } else {
                JSONPointer.appendIndex(origin.absentIndex, to: &bytes)
            }
            return
        }
        bytes.append(contentsOf: origin.pointer.utf8)
        var address = origin.address
        for position in 0..<steps.count {
            let step = steps[position]
            if step.isKey, let (key, value) = address?.entry(at: step.index) {
                JSONPointer.appendKey(key, to: &bytes)
                address = value
            } else if !step.isKey, let element = address?.element(at: step.index) {
                JSONPointer.appendIndex(step.index, to: &bytes)
                address = element
            } else {
                preconditionFailure("a field's steps do not lead through its origin")
            }
        }
    }

    /// The node's source range; for an absent field, the empty range at `location`.
    public var range: SourceRange {
        guard let address else { return SourceRange(start: location, end: location) }
        return address.range
    }

    /// Creates a view of a node at a pointer.
    public init(node: Node?, pointer: String, location: SourceLocation) {
        let origin = FieldOrigin(node: node, pointer: pointer, location: node?.location ?? location)
        self.address = origin.address
        self.origin = origin
        self.steps = FieldSteps()
    }

    private init(address: NodeAddress?, origin: FieldOrigin, steps: FieldSteps) {
        self.address = address
        self.origin = origin
        self.steps = steps
    }

    /// The present child reached from this field by the entry or element at `index`: one
    /// more step, or, past the steps' capacity, a new origin at the child.
    private func present(_ child: NodeAddress, at index: Int, isKey: Bool) -> Field {
        if FieldSteps.Step.fits(index), let longer = steps.appending(FieldSteps.Step(index: index, isKey: isKey)) {
            return Field(address: child, origin: origin, steps: longer)
        }
        var pointer: [UInt8] = []
        appendPointer(to: &pointer)
        if isKey, let key = address?.key(at: index) {
            JSONPointer.appendKey(key, to: &pointer)
        } else {
            JSONPointer.appendIndex(index, to: &pointer)
        }
        return Field(
            address: child,
            origin: FieldOrigin(below: origin, at: child, pointer: String(decoding: pointer, as: UTF8.self)),
            steps: FieldSteps())
    }

    /// The absent child below this field, by key or index.
    private func absent(key: String?, index: Int) -> Field {
        Field(address: nil, origin: FieldOrigin(absentBelow: self, key: key, index: index), steps: FieldSteps())
    }

    /// Whether `other` is this field, reached the same way: the same present node of the same
    /// tree. `false` for absent fields, and for a field reached from another origin (so a
    /// cache keyed by fields may miss, never confuse two).
    public func isSamePlace(as other: Field) -> Bool {
        address != nil && other.address != nil && origin === other.origin && steps == other.steps
    }

    /// Whether the field is present and not null.
    public var exists: Bool {
        guard let address else { return false }
        return !address.isNull
    }

    /// A human-readable path (`audits[1].dates.end`) for messages.
    public var path: String { JSONPointer.path(ofTokens: JSONPointer.tokens(of: pointer)) }

    /// The member `key` of a mapping (absent when this is not a mapping).
    public subscript(key: String) -> Field {
        guard let (position, value) = address?.entry(forKey: key) else { return absent(key: key, index: 0) }
        return present(value, at: position, isKey: true)
    }

    /// The value of a mapping's entry at `position` (in source order), with its key; `nil` when
    /// this is not a mapping or has no such entry. For reading entries in an expected order
    /// without looking each key up.
    public func member(at position: Int) -> (key: String, field: Field)? {
        guard let (key, value) = address?.entry(at: position) else { return nil }
        return (key, present(value, at: position, isKey: true))
    }

    /// The element at `index` of a sequence.
    public subscript(index: Int) -> Field {
        guard let element = address?.element(at: index) else { return absent(key: nil, index: index) }
        return present(element, at: index, isKey: false)
    }

    /// The elements of a sequence (empty when absent or not a sequence).
    public var elements: [Field] {
        guard let address, address.isSequence, let count = address.count else { return [] }
        var result: [Field] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            result.append(present(address.element(at: index)!, at: index, isKey: false))
        }
        return result
    }

    /// Whether the field is a sequence (a list). Reads the node in place, unlike `node?.sequence`,
    /// which copies it.
    public var isSequence: Bool { address?.isSequence ?? false }

    /// Whether the field is a mapping. Reads the node in place.
    public var isMapping: Bool { address?.isMapping ?? false }

    /// The number of a sequence's elements or a mapping's entries; `nil` for a scalar or an
    /// absent field.
    public var itemCount: Int? { address?.count }

    /// The keys of a mapping, in source order.
    public var keys: [String] {
        guard let address, address.isMapping, let count = address.count else { return [] }
        return (0..<count).map { address.key(at: $0)! }
    }

    /// The members of a mapping, in source order (empty when absent or not a mapping): one
    /// pass, where looking each key up again would walk the mapping once per key.
    public var members: [(key: String, field: Field)] {
        guard let address, address.isMapping, let count = address.count else { return [] }
        return (0..<count).map { position in
            let (key, value) = address.entry(at: position)!
            return (key, present(value, at: position, isKey: true))
        }
    }

    // MARK: Typed reads

    private func describeFound() -> String {
        guard let node else { return "nothing" }
        if let text = node.scalarText {
            return node.scalarStyle?.isUnquoted == true ? "'\(text)'" : "the quoted text \"\(text)\""
        }
        return "a \(node.kindName)"
    }

    private func describeFoundInChinese() -> String {
        guard let node else { return "空" }
        if let text = node.scalarText {
            return node.scalarStyle?.isUnquoted == true ? "'\(text)'" : "带引号的文本“\(text)”"
        }
        return node.sequence != nil ? "列表" : "映射"
    }

    private func invalid(_ zhType: String, _ enType: String) -> FieldProblem {
        FieldProblem { [self] in
            Message(
                zh: "\(path) 应为\(zhType)，实际为 \(describeFoundInChinese())",
                en: "\(path) should be \(enType), found \(describeFound())")
        }
    }

    /// What a typed read finds: nothing (absent or null), a collection, or a scalar's text.
    private enum Found {
        case missing
        case collection
        case scalar(String, ScalarStyle)
    }

    /// What the field holds, its scalar read once.
    private var found: Found {
        guard let address else { return .missing }
        guard let (text, style) = address.scalar else { return .collection }
        return Node.isNull(text, style) ? .missing : .scalar(text, style)
    }

    /// The field as text (any scalar).
    public var text: FieldValue<String> {
        switch found {
        case .missing: return .missing
        case .collection: return .invalid(invalid("文本", "text"))
        case .scalar(let text, _): return .value(text)
        }
    }

    /// The field as a date `YYYY-MM-DD`; `2026-02-30` is invalid.
    public var date: FieldValue<Day> {
        switch found {
        case .missing: return .missing
        case .scalar(let text, _): if let day = Day(text) { return .value(day) }
        case .collection: break
        }
        return .invalid(invalid("日期（YYYY-MM-DD）", "a date YYYY-MM-DD"))
    }

    /// The field as a boolean: unquoted `true`/`false` (also `True`, `TRUE`, ...).
    public var bool: FieldValue<Bool> {
        let text: String
        switch found {
        case .missing: return .missing
        case .scalar(let scalar, let style) where style.isUnquoted: text = scalar
        default: return .invalid(invalid("布尔值（true/false）", "a boolean true/false"))
        }
        guard let value = Node.boolean(text) else {
            return .invalid(invalid("布尔值（true/false）", "a boolean true/false"))
        }
        return .value(value)
    }

    /// The field as a decimal number (unquoted).
    public var number: FieldValue<Double> {
        let text: String
        switch found {
        case .missing: return .missing
        case .scalar(let scalar, let style) where style.isUnquoted: text = scalar
        default: return .invalid(invalid("数字", "a number"))
        }
        if let value = Field.shortDecimal(text) { return .value(value) }
        guard let value = Double(text), value.isFinite, !text.hasPrefix("0x"), !text.hasPrefix("+") else {
            return .invalid(invalid("数字", "a number"))
        }
        return .value(value)
    }

    /// The value of a short decimal, `-?[0-9]+(\.[0-9]+)?` with at most 15 digits in all, or `nil`
    /// for any other text. Such a number is an exact integer divided by an exact power of ten,
    /// so one division gives the correctly rounded value, the same as `Double(text)`, without
    /// its cost: most numbers of a dossier (days, counts, hours) are short.
    static func shortDecimal(_ text: String) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var negative = false
        var inFraction = false
        var first = true
        for byte in text.utf8 {
            defer { first = false }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if inFraction { fractionDigits += 1 }
                guard digits <= 15 else { return nil }
            case UInt8(ascii: "-") where first:
                negative = true
            case UInt8(ascii: ".") where !inFraction && digits > 0:
                inFraction = true
            default:
                return nil
            }
        }
        guard digits > 0, !inFraction || fractionDigits > 0 else { return nil }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// 10⁰ … 10¹⁵, each exact in a `Double`.
    private static let exactPowersOfTen: [Double] = (0...15).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    /// The field as a whole number (unquoted).
    public var integer: FieldValue<Int> {
        switch number {
        case .missing: return .missing
        case .invalid(let message): return .invalid(message)
        case .value(let value):
            guard value == value.rounded(), abs(value) < 1e15 else {
                return .invalid(invalid("整数", "a whole number"))
            }
            return .value(Int(value))
        }
    }

    /// The field as a list of texts (a sequence of scalars).
    public var texts: FieldValue<[String]> {
        guard let address, !address.isNull else { return .missing }
        guard address.isSequence, let count = address.count else { return .invalid(invalid("列表", "a list")) }
        var result: [String] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            guard let (text, _) = address.element(at: index)!.scalar else {
                return .invalid(invalid("文本列表", "a list of texts"))
            }
            result.append(text)
        }
        return .value(result)
    }

    /// The text value, or `nil` (no diagnostics; for lookups such as `type`).
    public var string: String? { text.value }
}

/// Where a field's steps start: a node (the document's root, or a node a field was made
/// for) with its pointer text; or, for an absent field, the field it is below and the key
/// or index that is missing there.
private final class FieldOrigin: Sendable {
    /// What keeps the tree alive: every address below the origin is read from it.
    let anchor: NodeAnchor?
    /// The origin's node, or `nil` for an absent one.
    let address: NodeAddress?
    /// The pointer text (empty for an absent field's origin, whose pointer is made from `below`).
    let pointer: String
    /// The node's location, or the one given for an absent node; for an absent field's
    /// origin, the location of the nearest existing node above it.
    let location: SourceLocation
    /// For an absent field's origin: the field it is below.
    let below: Field?
    /// For an absent field's origin: the member name (unescaped), or `nil` for an element.
    let absentKey: String?
    /// For an absent field's origin: the element index, when `absentKey` is `nil`.
    let absentIndex: Int

    init(node: Node?, pointer: String, location: SourceLocation) {
        let anchor = node.map(NodeAnchor.init)
        self.anchor = anchor
        self.address = anchor?.root
        self.pointer = pointer
        self.location = location
        self.below = nil
        self.absentKey = nil
        self.absentIndex = 0
    }

    /// A new origin at `address`, in the tree that `origin` keeps.
    init(below origin: FieldOrigin, at address: NodeAddress, pointer: String) {
        self.anchor = origin.anchor
        self.address = address
        self.pointer = pointer
        self.location = address.location
        self.below = nil
        self.absentKey = nil
        self.absentIndex = 0
    }

    /// The origin of the absent child of `parent` by `key`, or by `index` when `key` is `nil`.
    init(absentBelow parent: Field, key: String?, index: Int) {
        self.anchor = nil
        self.address = nil
        self.pointer = ""
        self.location = parent.location
        self.below = parent
        self.absentKey = key
        self.absentIndex = index
    }
}

/// Up to six steps from a field's origin, each the position of a mapping entry or of a
/// sequence element, packed in two words with their count: a field costs no allocation to make.
private struct FieldSteps: Sendable, Equatable {
    /// One step: a position, and whether it is a mapping entry's (else an element's).
    struct Step {
        let raw: UInt64

        /// Whether `index` can be a step (positions below 2¹⁹).
        static func fits(_ index: Int) -> Bool { index >= 0 && index < 1 << 19 }

        init(index: Int, isKey: Bool) { raw = UInt64(index) << 1 | (isKey ? 1 : 0) }
        init(raw: UInt64) { self.raw = raw }

        var index: Int { Int(raw >> 1) }
        var isKey: Bool { raw & 1 == 1 }
    }

    private static let width: UInt64 = 20
    private static let perWord = 3
    private static let mask: UInt64 = (1 << width) - 1
    /// Where the count sits in `low`, above its three steps.
    private static let countShift: UInt64 = 60
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// How many steps there are.
    var count: Int { Int(low >> FieldSteps.countShift) }

    subscript(position: Int) -> Step {
        let word = position < FieldSteps.perWord ? low : high
        let shift = UInt64(position % FieldSteps.perWord) * FieldSteps.width
        return Step(raw: word >> shift & FieldSteps.mask)
    }

    /// These steps and one more, or `nil` when there is no room.
    @inline(__always)
    func appending(_ step: Step) -> FieldSteps? {
        let count = self.count
        guard count < 2 * FieldSteps.perWord else { return nil }
        var result = self
        let shift = UInt64(count % FieldSteps.perWord) * FieldSteps.width
        if count < FieldSteps.perWord { result.low |= step.raw << shift } else { result.high |= step.raw << shift }
        result.low = result.low & ~(0xF << FieldSteps.countShift) | UInt64(count + 1) << FieldSteps.countShift
        return result
    }
}
