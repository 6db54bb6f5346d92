import DossierLintKit

/// 5.1.3 (5): the application brings the IT service processes, the shifts and
/// the rotation; the client's shifts are recorded.
struct ApplicationServiceProcessesRule: Rule {
    static let identifier = "application-service-processes"

    func check(_ context: RuleContext) {
        Application.checkSubmittedDocuments(
            context, parameter: "required_documents",
            item: Message(zh: "信息技术服务的流程、班次及轮班情况", en: "the IT service processes, shifts and rotation"))
        let shifts = context.dossier["client"]["shifts"]
        guard shifts.elements.isEmpty else { return }
        context.report(
            shifts,
            Message(
                zh: "档案未记录\(context.name(shifts).zh)（缺失或为空列表；只有一个班次时也应记录该班次）",
                en: "the client's shifts are not recorded (client.shifts is missing or empty)"))
    }
}
