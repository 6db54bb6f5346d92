// Person-day counts and headcounts read from decimal text: rounding to the half
// day (5.4.2.3) and comparing without the noise of binary fractions.

/// Rounds a person-day count to the nearest half day (5.4.2.3); halves of a half round up.
public func roundedToHalfDay(_ value: Double) -> Double {
    (value * 2).rounded(.toNearestOrAwayFromZero) / 2
}

/// Tolerance for comparing day counts and headcounts read from decimal text.
let dayCountTolerance = 1e-9

/// Whether a day count is a whole multiple of `step` (0.5 for half days, 5.4.2.3).
func isMultiple(_ value: Double, of step: Double) -> Bool {
    guard step > 0 else { return true }
    let quotient = value / step
    return abs(quotient - quotient.rounded()) < 1e-6
}

/// ⌈value⌉, ignoring the noise of binary fractions (0.6 × √25 is 3, not 4).
func ceilingIgnoringNoise(_ value: Double) -> Int {
    Int((value - 1e-9).rounded(.up))
}
