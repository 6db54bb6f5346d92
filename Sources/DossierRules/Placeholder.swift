public enum DossierRulesPlaceholder { public static var files: Int { embeddedRulePackFiles.count } }
