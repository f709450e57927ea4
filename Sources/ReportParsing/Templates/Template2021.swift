/// The 2021 national template (国办公开办函〔2021〕30号), reports for 2021 onwards.
public enum Template2021 {
    static let three: [ColumnTemplate] = [
        ColumnTemplate("issued", "本年制发件数", aliases: ["本年新制发件数"]),
        ColumnTemplate("repealed", "本年废止件数"),
        ColumnTemplate("in_force", "现行有效件数"),
    ]
    static let decisions = [ColumnTemplate("decisions", "本年处理决定数量")]

    public static let activeDisclosure = TableTemplate(
        key: "active_disclosure",
        rows: [
            RowTemplate("regulations", label: "规章", phrases: ["规章"], columns: three),
            RowTemplate("normative_documents", label: "行政规范性文件", phrases: ["规范性文件"], columns: three),
            RowTemplate("licensing", label: "行政许可", phrases: ["行政许可"], columns: decisions),
            RowTemplate("penalties", label: "行政处罚", phrases: ["行政处罚"], columns: decisions),
            RowTemplate("coercive_measures", label: "行政强制", phrases: ["行政强制"], columns: decisions),
            RowTemplate("fees", label: "行政事业性收费", phrases: ["事业性收费"],
                        columns: [ColumnTemplate("amount", "本年收费金额（单位：万元）", aliases: ["本年收费金额"])]),
        ],
        terms: ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "信息内容",
                "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额（单位：万元）", "本年收费金额"])

    public static let template = ReportTemplate(
        id: "2021",
        years: 2021...9999,
        activeDisclosure: activeDisclosure,
        requests: SharedTables.requests,
        reviewLitigation: SharedTables.reviewLitigation,
        defaultVariants: ["other": "split"],
        distinctiveHeaders: ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"],
        anchors: SharedTables.anchors,
        crossYear: SharedTables.carried + ["regulations", "normative_documents"].map { r in
            let p = "active_disclosure.\(r)"
            return CrossYearIdentity(id: "cross_year.\(p).in_force", rule: "in_force ({from}) + issued ({to}) - repealed ({to}) = in_force ({to})",
                                     lhs: [.init(lastYear: true, path: "\(p).in_force"), .init(lastYear: false, path: "\(p).issued"),
                                           .init(lastYear: false, path: "\(p).repealed", subtracted: true)],
                                     rhs: [.init(lastYear: false, path: "\(p).in_force")])
        })
}
