/// The parts both national templates share: the applications table (but for its `（六）` rows,
/// which come in both printed forms) and the review and litigation table.
enum SharedTables {
    static let applicantColumns: [ColumnTemplate] = [
        ColumnTemplate("natural_person", "自然人"),
        ColumnTemplate("commercial", "商业企业"),
        ColumnTemplate("research", "科研机构"),
        ColumnTemplate("social_welfare", "社会公益组织"),
        ColumnTemplate("legal_service", "法律服务机构"),
        ColumnTemplate("other_org", "其他"),
        ColumnTemplate("total", "总计"),
    ]

    static func row(_ key: String, _ label: String, _ phrases: [String], alternative: String? = nil,
                    variant: String? = nil, looseAfter: [String] = []) -> RowTemplate {
        RowTemplate(key, label: label, phrases: phrases.map(MatchKey.make), columns: applicantColumns,
                    alternative: alternative, variant: variant, looseAfter: looseAfter)
    }

    static let requestRows: [RowTemplate] = [
        row("new_received", "一、本年新收政府信息公开申请数量", ["本年新收"]),
        row("carried_over", "二、上年结转政府信息公开申请数量", ["上年结转"]),
        row("granted", "（一）予以公开", ["予以公开"]),
        row("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ["部分公开"]),
        row("denied.state_secret", "1.属于国家秘密", ["国家秘密"]),
        row("denied.prohibited_by_law", "2.其他法律行政法规禁止公开", ["禁止公开", "法律行政法规", "其他法律", "法规禁止"]),
        row("denied.security_stability", "3.危及“三安全一稳定”", ["三安全", "一稳定", "危及"]),
        row("denied.third_party_rights", "4.保护第三方合法权益", ["第三方"]),
        row("denied.internal_affairs", "5.属于三类内部事务信息", ["内部事务"]),
        row("denied.process_information", "6.属于四类过程性信息", ["过程性"]),
        row("denied.enforcement_files", "7.属于行政执法案卷", ["执法案卷"]),
        row("denied.query_matters", "8.属于行政查询事项", ["查询事项"]),
        row("unavailable.not_held", "1.本机关不掌握相关政府信息", ["不掌握"]),
        row("unavailable.needs_creation", "2.没有现成信息需要另行制作", ["另行制作", "没有现成"]),
        row("unavailable.unclear_after_correction", "3.补正后申请内容仍不明确", ["仍不明确", "补正后申请"]),
        row("not_processed.petition_complaint", "1.信访举报投诉类申请", ["信访", "举报投诉"]),
        row("not_processed.repeated", "2.重复申请", ["重复申请"]),
        row("not_processed.publications", "3.要求提供公开出版物", ["出版物"]),
        row("not_processed.excessive", "4.无正当理由大量反复申请", ["大量反复"]),
        row("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息", ["重新出具", "确认或重新"]),
        row("other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            ["不补正"], alternative: "other", variant: "split"),
        row("other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            ["缴纳费用", "收费通知"], alternative: "other", variant: "split"),
        row("other.other", "3.其他", ["3其他"], alternative: "other", variant: "split"),
        row("other", "（六）其他处理", ["其他处理"], alternative: "other", variant: "single"),
        row("total", "（七）总计", ["(七)总计", "七总计"],
            looseAfter: ["other", "other.other", "other.fee_unpaid", "other.no_correction", "not_processed.confirmation"]),
        row("carried_forward", "四、结转下年度继续办理", ["结转下年度", "下年度继续"]),
    ]

    static let requestTerms: [String] = [
        "申请人情况", "法人或其他组织", "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理",
        "（七）总计", "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
        "四、结转下年度继续办理", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "总计",
    ]

    static let requests = TableTemplate(
        key: "requests", rows: requestRows, terms: requestTerms,
        rowSum: .init(parts: ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org"], total: "total"),
        groupLabels: ["denied": "（三）不予公开", "unavailable": "（四）无法提供", "not_processed": "（五）不予处理", "other": "（六）其他处理"],
        identities: [
            .columnSum(name: "balance", rule: "new_received + carried_over = total + carried_forward",
                       lhs: ["new_received", "carried_over"], rhs: ["total", "carried_forward"], except: []),
            .columnSum(name: "results_sum", rule: "sum of result rows = total",
                       lhs: nil, rhs: ["total"], except: ["new_received", "carried_over", "carried_forward"]),
            .rowSum(name: "row_sum", rule: "six applicant columns = total"),
        ])

    static let reviewGroups: [(key: String, header: String)] = [
        ("review", "行政复议"),
        ("litigation_direct", "未经复议直接起诉"),
        ("litigation_after_review", "复议后起诉"),
    ]

    static let reviewColumns: [ColumnTemplate] = reviewGroups.flatMap { group in
        [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"), ("total", "总计")]
            .map { ColumnTemplate("\(group.key).\($0.0)", $0.1) }
    }

    static let reviewLitigation = TableTemplate(
        key: "review_litigation",
        rows: [RowTemplate("", label: "行政复议、行政诉讼", phrases: [], columns: reviewColumns)],
        terms: ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
        columnGroupLabels: Dictionary(uniqueKeysWithValues: reviewGroups.map { ($0.key, $0.key == "review" ? $0.header : "行政诉讼 " + $0.header) }),
        identities: [.groupSum(groups: reviewGroups.map(\.key), parts: ["upheld", "corrected", "other", "pending"], total: "total",
                               rule: "upheld + corrected + other + pending = total")])

    /// Where the tables start and stop (the same labels in both templates).
    static let anchors = TableAnchors(
        activeDisclosureStart: ["第二十条"],
        requestsStart: ["本年新收", "上年结转"],
        requestsWords: ["本年新收", "本列数据", "申请人情况"],
        reviewWords: ["行政复议", "行政诉讼", "复议后起诉", "直接起诉", "维持", "纠正", "审结", "其他结果"])

    /// Applications carried forward at the end of last year are carried over into this one.
    static let carried: [CrossYearIdentity] = applicantColumns.map { c in
        CrossYearIdentity(id: "cross_year.requests.carried.\(c.key)", rule: "carried_forward ({from}) = carried_over ({to}) (\(c.key))",
                          lhs: [.init(lastYear: true, path: "requests.carried_forward.\(c.key)")],
                          rhs: [.init(lastYear: false, path: "requests.carried_over.\(c.key)")])
    }
}
