import DossierLintKit

/// 3.6: the body has at least 10 registered full-time ITSMS auditors.
struct RegisteredAuditorCountRule: RepositoryRule {
    static let identifier = "registered-auditor-count"

    func check(_ context: RepositoryContext) {
        guard let registry = context.repository.registry else {
            context.cannotVerify(
                file: context.repository.anchorFile, SummaryPlace(pointer: "", location: .start),
                Message(
                    zh: "仓库没有人员登记文件（registry.yaml，格式版本“\(registrySchema)”），无法得知认证机构的人员",
                    en: "the repository has no registry file (registry.yaml, schema: \(registrySchema)) listing the "
                        + "body's personnel"))
            return
        }
        guard let minimum = context.parameter("minimum_full_time_auditors")
        else { return }
        let registered = registry.personnel.filter(RegistryPersonnel.isRegisteredAuditor)
        let fullTime = registered.filter { $0["full_time"].bool.value == true }
        let unknown = registered.filter { $0["full_time"].bool.value == nil }
        guard Double(fullTime.count) < minimum else { return }
        let field = RegistryPersonnel.listField(registry)
        if Double(fullTime.count + unknown.count) >= minimum {
            context.cannotVerify(
                file: registry.path, SummaryPlace(field),
                Message(
                    zh: "已登记 \(fullTime.count) 名专职注册审核员，另有 \(unknown.count) 名注册审核员未写明是否专职，"
                        + "无法判断是否达到 \(Int(minimum)) 名",
                    en: "\(fullTime.count) registered full-time auditors are listed and \(unknown.count) more lack "
                        + "full_time: whether there are \(Int(minimum)) cannot be told"))
            return
        }
        context.report(
            registryField: field,
            Message(
                zh: "经注册的 ITSMS 专职审核员只有 \(RegistryPersonnel.listing(fullTime))，少于 \(Int(minimum)) 名",
                en: "only \(RegistryPersonnel.listing(fullTime)) registered full-time ITSMS auditors, fewer than "
                    + "\(Int(minimum))"))
    }
}
