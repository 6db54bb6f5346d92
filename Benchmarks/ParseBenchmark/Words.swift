/// Word lists for realistic Chinese dossier content.
enum Words {
    static let cities = ["北京", "上海", "深圳", "广州", "杭州", "成都", "武汉", "南京", "西安", "苏州", "天津", "重庆", "长沙", "合肥"]
    static let districts = ["海淀", "朝阳", "浦东新", "南山", "天河", "西湖", "高新", "江宁", "雁塔", "工业园", "滨海新", "渝北", "岳麓", "蜀山"]
    static let roads = ["中关村", "科技园", "创新", "软件园", "学院", "金融", "东方", "星火", "长江", "黄河", "文一西", "天府"]
    static let brands = ["华信", "数智", "云海", "鼎盛", "恒通", "中科", "泰和", "星辰", "博远", "汇联", "鸿图", "致远", "启明", "睿达"]
    static let trades = ["信息技术", "软件", "数据服务", "网络科技", "系统集成", "云计算", "智能科技", "信息系统工程"]
    static let suffixes = ["有限公司", "股份有限公司", "有限责任公司"]
    static let surnames = [
        "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
    ]
    static let givenNames = [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国", "志强",
        "晓燕",
    ]
    static let titles = ["总经理", "董事长", "首席信息官", "运维总监", "副总经理"]
    static let services = [
        "信息系统硬件和软件运行维护服务", "数据中心基础设施运行维护服务", "云平台运营及技术支持服务", "应用软件开发与运维服务",
        "网络安全运营服务", "桌面运维及IT服务台服务", "数据库运维服务", "信息系统集成及运维服务",
    ]
    static let customers = ["金融行业", "政府机关", "医疗卫生机构", "制造企业", "教育机构", "能源企业", "交通运输企业"]
    static let processes = [
        "事件管理", "问题管理", "变更管理", "发布和部署管理", "服务级别管理", "容量管理", "信息安全管理", "供应商管理",
        "配置管理", "服务连续性和可用性管理", "业务关系管理", "服务报告",
    ]
    static let documents = ["服务目录", "服务级别协议", "变更记录", "事件处理单", "容量计划", "供方评价表", "内审检查表", "管理评审报告", "培训记录", "配置项清单"]
    static let roles = ["运维工程师", "服务台主管", "变更经理", "配置管理员", "质量负责人", "信息安全专员"]
    static let clauses = [
        "4.4", "5.1", "6.1", "7.2", "7.5.3", "8.2.3", "8.3.3", "8.4.1", "8.5.1.3", "8.6.1", "8.7.1", "9.2", "9.3",
        "10.2",
    ]
    static let scopeCodes = [
        "01.01", "01.02", "02.01", "02.02", "03.01", "04.01", "04.02", "04.03", "05.01", "05.02", "06.01", "06.03",
    ]
    static let shiftNames = ["白班", "夜班", "中班", "周末值守"]
    static let coverage = [
        "conformity_evidence", "performance_monitoring", "legal_compliance_performance", "operational_control",
        "internal_audit_and_management_review", "management_responsibility", "complaints_handling", "changes",
        "certificate_use", "corrective_actions_review",
    ]
    static let reportItems = [
        "body_name", "client_name_address_representative", "audit_type", "combined_audit", "criteria",
        "objectives_and_achievement", "scope_and_time", "deviations_from_plan", "programme_issues", "team_members",
        "dates_and_places", "findings_and_conclusions", "significant_changes", "certificate_and_mark_control",
        "previous_corrective_actions", "unresolved_issues", "sampling_disclaimer", "recommendation",
    ]
    static let recordKinds = [
        "application_form", "application_review", "contract", "audit_programme", "audit_time_rationale", "audit_plan",
        "meeting_attendance", "onsite_records", "nonconformity_reports", "audit_report", "decision_record",
    ]
}
