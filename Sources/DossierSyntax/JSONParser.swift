/// A JSON (RFC 8259) parser that scans UTF-8 bytes and records positions.
public enum JSONParser {
    /// Parses a whole JSON text into a located tree.
    public static func parse(_ bytes: [UInt8], limits: SourceText.Limits = .standard) throws(ParseError) -> Node {
        throw ParseError(.syntax, "JSON parser not written yet", at: .start)
    }
}
