/// The 2019 national template (国办公开办函〔2019〕60号), reports for 2019 and 2020 and some later.
public enum Template2019 {
    static let documents: [ColumnTemplate] = [
        ColumnTemplate("made", "本年新制作数量"),
        ColumnTemplate("published", "本年新公开数量"),
        ColumnTemplate("total_public", "对外公开总数量"),
    ]
    static let items: [ColumnTemplate] = [
        ColumnTemplate("previous_items", "上一年项目数量"),
        ColumnTemplate("change", "本年增/减", aliases: ["本年增减", "本年增/ 减"]),
        ColumnTemplate("decisions", "处理决定数量"),
    ]

    public static let activeDisclosure = TableTemplate(
        key: "active_disclosure",
        rows: [
            RowTemplate("regulations", label: "规章", phrases: ["规章"], columns: documents),
            RowTemplate("normative_documents", label: "规范性文件", phrases: ["规范性文件"], columns: documents),
            RowTemplate("licensing", label: "行政许可", phrases: ["行政许可"], columns: items),
            RowTemplate("other_services", label: "其他对外管理服务事项", phrases: ["对外管理服务", "其他对外管理"], columns: items),
            RowTemplate("penalties", label: "行政处罚", phrases: ["行政处罚"], columns: items),
            RowTemplate("coercive_measures", label: "行政强制", phrases: ["行政强制"], columns: items),
            RowTemplate("fees", label: "行政事业性收费", phrases: ["事业性收费"], columns: Array(items.prefix(2))),
            RowTemplate("procurement", label: "政府集中采购", phrases: ["集中采购"],
                        columns: [ColumnTemplate("projects", "采购项目数量"), ColumnTemplate("amount", "采购总金额")]),
        ],
        terms: ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项",
                "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
                "处理决定数量", "采购项目数量", "采购总金额"])

    public static let template = ReportTemplate(
        id: "2019",
        // Reports before 2019 followed older forms; this is the nearest the parser knows.
        years: 1990...2020,
        activeDisclosure: activeDisclosure,
        requests: SharedTables.requests,
        reviewLitigation: SharedTables.reviewLitigation,
        defaultVariants: ["other": "single"],
        distinctiveHeaders: ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "采购项目数量", "采购总金额", "其他对外管理服务事项", "政府集中采购"],
        anchors: SharedTables.anchors,
        crossYear: SharedTables.carried)
}
