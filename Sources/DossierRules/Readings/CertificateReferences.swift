import DossierLintKit

/// The certificate a re-certification certificate replaces, as named by
/// `certificates[].replaces`: either the number (text) of another certificate
/// of the dossier, or a mapping `{number, issued_on?, expires_on}` describing a
/// certificate issued in an earlier dossier.
struct ReplacedCertificate {
    /// The `replaces` field itself.
    let field: Field
    /// The field that holds the replaced certificate's number.
    let numberField: Field
    /// The replaced certificate's entry in `certificates`, when it is in the dossier.
    let entry: Field?
    /// The field that holds the replaced certificate's expiry date.
    let expiresField: Field

    /// Reads `replaces` of a certificate; `nil` when the certificate replaces none.
    init?(of certificate: Field, in dossier: Dossier) {
        let replaces = certificate["replaces"]
        guard replaces.exists else { return nil }
        field = replaces
        if replaces.isMapping {
            numberField = replaces["number"]
            entry = nil
            expiresField = replaces["expires_on"]
        } else {
            numberField = replaces
            let number = replaces.string
            let found = dossier["certificates"].elements.first {
                $0["number"].string == number && $0.pointer != certificate.pointer
            }
            entry = found
            expiresField = found?["expires_on"] ?? replaces["expires_on"]
        }
    }

    /// The replaced certificate's number, if written.
    var number: String? { numberField.string }

    /// Whether the replaced certificate's data can be read (it is in the dossier, or described by a mapping).
    var isDescribed: Bool { entry != nil || field.isMapping }
}

/// Looks up what certificates refer to.
enum CertificateReferences {
    /// The decision named by a certificate's `decision`, reporting "cannot verify"
    /// when the reference is missing or names no decision.
    static func decision(of certificate: Field, in context: RuleContext) -> Field? {
        guard let identifier = context.text(certificate["decision"]) else { return nil }
        guard let decision = context.dossier["decisions"].elements.first(where: { $0["id"].string == identifier })
        else {
            context.cannotVerify(
                certificate["decision"],
                Message(
                    zh: "\(certificate["decision"].path) 指向的认证决定 \(identifier) 不在 decisions 中",
                    en: "\(certificate["decision"].path) names the decision \(identifier), which is not in decisions"))
            return nil
        }
        return decision
    }

    /// As `decision(of:in:)`, the Chinese message naming the reference by its labels.
    static func namedDecision(of certificate: Field, in context: RuleContext) -> Field? {
        let reference = certificate["decision"]
        guard let identifier = context.text(reference) else { return nil }
        guard let decision = context.dossier["decisions"].elements.first(where: { $0["id"].string == identifier })
        else {
            context.cannotVerify(
                reference,
                Message(
                    zh: "\(context.name(reference).zh)为 \(identifier)，但档案的认证决定中没有编号为 \(identifier) 的决定",
                    en: "\(reference.path) names the decision \(identifier), which is not in decisions"))
            return nil
        }
        return decision
    }
}
