import DossierLintKit

/// What the 5.2.3 rules share: they judge only a cycle carried out as a
/// transfer (`programme.cycle: transfer`), from `application.transfer`.
enum TransferCondition {
    /// `application.transfer` when the programme's cycle is a transfer; `nil`
    /// otherwise (after a "cannot verify" finding when the transfer record is missing).
    static func transferRecord(_ context: RuleContext) -> Field? {
        guard context.dossier["programme"]["cycle"].string == "transfer" else { return nil }
        let transfer = context.dossier["application"]["transfer"]
        guard transfer.exists else {
            context.cannotVerify(
                transfer,
                Message(
                    zh: "\(cycleName(context))为“\(context.label("transfer", of: "programme_cycle").zh)”，"
                        + "但缺少转换记录（\(context.name(transfer).zh)）",
                    en: "the programme is a transfer (programme.cycle: transfer) but application.transfer is missing"))
            return nil
        }
        return transfer
    }

    /// “审核方案的认证周期类型”: the name of `programme.cycle` in Chinese messages.
    private static func cycleName(_ context: RuleContext) -> String {
        context.name(pointer: "/programme/cycle").zh
    }

    /// Reports that condition `number` of 5.2.3 fails, so the cycle must be an initial certification.
    static func report(_ context: RuleContext, at field: Field, number: Int, _ reason: Message) {
        context.report(
            field,
            Message(
                zh: "不满足 5.2.3（\(number)）：\(reason.zh)；不能实施认证转换，应按初次认证开展"
                    + "（\(cycleName(context))应为“\(context.label("initial", of: "programme_cycle").zh)”）",
                en: "5.2.3 (\(number)) does not hold: \(reason.en); no transfer is allowed, the certification "
                    + "must be an initial one (programme.cycle: initial)"))
    }
}
