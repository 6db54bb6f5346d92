// How messages write numbers, lists and deadlines.

import DossierLintKit

/// Formats a day count for messages: `7`, `7.5`, `0.25`.
public func formatDays(_ value: Double) -> String {
    if value == value.rounded() { return String(Int(value)) }
    var text = String(format2: value)
    while text.hasSuffix("0") { text.removeLast() }
    return text
}

extension String {
    /// `value` with two decimals, without Foundation.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        self = "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// Formats a ratio as a whole percentage for messages: `71 %`.
public func formatPercent(_ ratio: Double) -> String {
    "\(Int((ratio * 100).rounded(.down))) %"
}

/// A ratio as a percentage with at most one decimal, for messages: `77.8 %`, `80 %`.
func percentText(_ ratio: Double) -> String {
    formatDays((ratio * 1000).rounded() / 10) + " %"
}

/// Formats a whole number parameter for messages.
func wholeText(_ value: Double) -> String { String(Int(value)) }

/// "1 day", "5 days" for English messages.
func dayCountText(_ count: Int) -> String {
    count == 1 ? "1 day" : "\(count) days"
}

/// "a, b, c" for messages; "—" when empty.
func listText(_ items: [String]) -> String {
    guard !items.isEmpty else { return "—" }
    // A message stays readable when a list is long (30,000 sites): the first items, then how many more.
    guard items.count > listTextLimit else { return items.joined(separator: ", ") }
    return items.prefix(listTextLimit).joined(separator: ", ") + ", … (+\(items.count - listTextLimit))"
}

/// How many items `listText` names before it counts the rest.
let listTextLimit = 20

/// The last day something may be done, the day included: zh “最迟于 2026-10-21（含当日）”,
/// en “by 2026-10-21 at the latest”.
public func latestBy(_ day: Day) -> Message {
    Message(zh: "最迟于 \(day)（含当日）", en: "by \(day) at the latest")
}
