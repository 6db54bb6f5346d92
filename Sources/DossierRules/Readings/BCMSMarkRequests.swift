import DossierLintKit

/// Requests to use CESI's certification mark and the accreditation symbol (4.4,
/// `mark_requests`): what the client asked for, and whether the body approved it.
/// The rules of 4.4.1 and 4.4.2 judge approved uses; a request whose problems
/// the body raised (4.4.3) was refused as it should be.
enum BCMSMarkRequests {
    /// The outcomes of a request (4.4.3).
    static let outcomes = ["approved", "problems_raised"]

    /// Whether the body approved `request`; `false` when it raised problems, `nil`
    /// after a "cannot verify" (no or another outcome). `concern` says what in the
    /// request makes the outcome matter, for the message.
    static func isApproved(_ request: Field, concern: Message, context: RuleContext) -> Bool? {
        let field = request["outcome"]
        guard field.exists else {
            context.cannotVerify(
                field,
                Message(
                    zh: "\(concern.zh)，但缺少\(context.name(field).zh)，无法判断该使用是否获准",
                    en: "\(concern.en), but \(field.path) is missing, so whether that use was approved cannot be told"))
            return nil
        }
        guard let outcome = context.oneOf(field, outcomes, of: "bcms_mark_request_outcome") else { return nil }
        return outcome == "approved"
    }

    /// The entries of `request[key]` (`marks`, `media`) with their texts; `nil` after a "cannot verify".
    static func items(_ key: String, of request: Field, context: RuleContext) -> [(field: Field, value: String)]? {
        guard let list = context.list(request[key]) else { return nil }
        var result: [(field: Field, value: String)] = []
        for item in list {
            guard let value = context.text(item) else { return nil }
            result.append((item, value))
        }
        return result
    }
}
