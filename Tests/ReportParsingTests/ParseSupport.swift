import Foundation
import TestSupport
import DocumentModel
import TextInput
import TextNormalization
@testable import ReportParsing

/// Reads, normalizes and parses a text extract the way the facade does.
func parse(_ text: String, template: String? = nil) throws -> Report {
    let doc = try ExtractReader.read(text, path: "test.txt", encoding: .utf8)
    let clean = Normalizer(options: NormalizationOptions(lexicon: Lexicon(Templates.vocabulary))).normalize(doc)
    return ReportParser(options: ParserOptions(template: template)).parse(clean)
}

/// Parses a tab-separated text as if OCR had read it: every page an OCR page, every cell read
/// with a confidence (the parser accepts labels read with a wrong character only from OCR).
/// Cells whose text `unreadable` accepts are marked as OCR marks a number it could not read (low
/// confidence, ``Span/unreadableNumber``).
/// Spans whose text `readAsNothing` accepts become empty and unreadable: ink OCR read as nothing.
func parseAsScan(_ text: String, unreadable: (String) -> Bool = { _ in false },
                 readAsNothing: (String) -> Bool = { _ in false }) throws -> Report {
    var doc = try ExtractReader.read(text, path: "scan.txt", encoding: .utf8)
    for p in doc.pages.indices {
        doc.pages[p].origin = .ocr
        for l in doc.pages[p].lines.indices {
            for s in doc.pages[p].lines[l].spans.indices {
                let text = doc.pages[p].lines[l].spans[s].text
                if readAsNothing(text) { doc.pages[p].lines[l].spans[s].text = "" }
                let unread = unreadable(text) || readAsNothing(text)
                doc.pages[p].lines[l].spans[s].confidence = unread ? 40 : 90
                doc.pages[p].lines[l].spans[s].unreadableNumber = unread
            }
        }
    }
    let clean = Normalizer(options: NormalizationOptions(lexicon: Lexicon(Templates.vocabulary))).normalize(doc)
    return ReportParser().parse(clean)
}

/// The repository root, from this file's path.
let repoRoot = Repository.root

func sample(_ relative: String) throws -> String {
    try String(contentsOf: repoRoot.appendingPathComponent(relative), encoding: .utf8)
}

extension Report {
    func value(_ path: String) -> Double? { cell(path)?.value?.value }
    func status(_ path: String) -> CellStatus? { cell(path)?.status }
}

/// Builds a tab-separated report (the layout pdfplumber writes) from printed cell texts.
enum ReportText {
    static let applicants = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]

    static func make(_ values: [String: String], template: String = "2021", otherSingle: Bool = false,
                     labels: [String: String] = [:], title: String = "测试县人民政府2022年政府信息公开工作年度报告") -> String {
        func v(_ p: String) -> String { values[p] ?? "0" }
        var lines = [title, "", "本年度报告数据的统计期限为2022年1月1日至2022年12月31日。", "", "一、总体情况", "",
                     "全年主动公开政府信息100条。", "", "二、主动公开政府信息情况", ""]
        if template == "2021" {
            lines += ["第二十条第（一）项\t\t\t", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"]
            for (row, label) in [("regulations", "规章"), ("normative_documents", labels["normative_documents"] ?? "行政规范性文件")] {
                lines.append(([label] + ["issued", "repealed", "in_force"].map { v("active_disclosure.\(row).\($0)") }).joined(separator: "\t"))
            }
            lines += ["第二十条第（五）项\t\t\t", "信息内容\t本年处理决定数量\t\t", "行政许可\t\(v("active_disclosure.licensing.decisions"))\t\t",
                      "第二十条第（六）项\t\t\t", "信息内容\t本年处理决定数量\t\t",
                      "行政处罚\t\(v("active_disclosure.penalties.decisions"))\t\t", "行政强制\t\(v("active_disclosure.coercive_measures.decisions"))\t\t",
                      "第二十条第（八）项\t\t\t", "信息内容\t本年收费金额（单位：万元）\t\t", "行政事业性收费\t\(v("active_disclosure.fees.amount"))\t\t"]
        } else {
            lines += ["第二十条第（一）项\t\t\t", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量"]
            for (row, label) in [("regulations", "规章"), ("normative_documents", "规范性文件")] {
                lines.append(([label] + ["made", "published", "total_public"].map { v("active_disclosure.\(row).\($0)") }).joined(separator: "\t"))
            }
            lines += ["第二十条第（五）项\t\t\t", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量"]
            for (row, label) in [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")] {
                lines.append(([label] + ["previous_items", "change", "decisions"].map { v("active_disclosure.\(row).\($0)") }).joined(separator: "\t"))
            }
            lines += ["第二十条第（六）项\t\t\t", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量"]
            for (row, label) in [("penalties", "行政处罚"), ("coercive_measures", "行政强制")] {
                lines.append(([label] + ["previous_items", "change", "decisions"].map { v("active_disclosure.\(row).\($0)") }).joined(separator: "\t"))
            }
            lines += ["第二十条第（八）项\t\t\t", "信息内容\t上一年项目数量\t本年增/减\t",
                      "行政事业性收费\t\(v("active_disclosure.fees.previous_items"))\t\(v("active_disclosure.fees.change"))\t",
                      "第二十条第（九）项\t\t\t", "信息内容\t采购项目数量\t采购总金额\t",
                      "政府集中采购\t\(v("active_disclosure.procurement.projects"))\t\(v("active_disclosure.procurement.amount"))\t"]
        }
        lines += ["", "三、收到和处理政府信息公开申请情况", "",
                  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t",
                  "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
                  "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t"]
        func row(_ prefix: [String], _ key: String) -> String {
            (prefix + applicants.map { v("requests.\(key).\($0)") }).joined(separator: "\t")
        }
        lines.append(row(["一、本年新收政府信息公开申请数量", "", ""], "new_received"))
        lines.append(row(["二、上年结转政府信息公开申请数量", "", ""], "carried_over"))
        lines.append(row(["三、本年度办理结果", "（一）予以公开", ""], "granted"))
        lines.append(row(["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""], "partially_granted"))
        let denied = [("state_secret", "1.属于国家秘密"), ("prohibited_by_law", labels["prohibited_by_law"] ?? "2.其他法律行政法规禁止公开"),
                      ("security_stability", "3.危及“三安全一稳定”"), ("third_party_rights", "4.保护第三方合法权益"),
                      ("internal_affairs", "5.属于三类内部事务信息"), ("process_information", "6.属于四类过程性信息"),
                      ("enforcement_files", "7.属于行政执法案卷"), ("query_matters", "8.属于行政查询事项")]
        for (i, (k, l)) in denied.enumerated() { lines.append(row(["", i == 0 ? "（三）不予公开" : "", l], "denied.\(k)")) }
        for (i, (k, l)) in [("not_held", "1.本机关不掌握相关政府信息"), ("needs_creation", "2.没有现成信息需要另行制作"),
                            ("unclear_after_correction", "3.补正后申请内容仍不明确")].enumerated() {
            lines.append(row(["", i == 0 ? "（四）无法提供" : "", l], "unavailable.\(k)"))
        }
        for (i, (k, l)) in [("petition_complaint", "1.信访举报投诉类申请"), ("repeated", "2.重复申请"), ("publications", "3.要求提供公开出版物"),
                            ("excessive", "4.无正当理由大量反复申请"), ("confirmation", "5.要求行政机关确认或重新出具已获取信息")].enumerated() {
            lines.append(row(["", i == 0 ? "（五）不予处理" : "", l], "not_processed.\(k)"))
        }
        if template == "2019" || otherSingle {
            lines.append(row(["", "（六）其他处理", ""], "other"))
        } else {
            for (i, (k, l)) in [("no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                                ("fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                                ("other", "3.其他")].enumerated() {
                lines.append(row(["", i == 0 ? "（六）其他处理" : "", l], "other.\(k)"))
            }
        }
        lines.append(row(["", "（七）总计", ""], "total"))
        lines.append(row(["四、结转下年度继续办理", "", ""], "carried_forward"))
        lines += ["", "四、政府信息公开行政复议、行政诉讼情况", "",
                  "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t",
                  "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
                  "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计"]
        lines.append(["review", "litigation_direct", "litigation_after_review"].flatMap { g in
            ["upheld", "corrected", "other", "pending", "total"].map { v("review_litigation.\(g).\($0)") }
        }.joined(separator: "\t"))
        lines += ["", "五、存在的主要问题及改进情况", "", "公开内容还需丰富。", "", "六、其他需要报告的事项", "", "无。"]
        return lines.joined(separator: "\n") + "\n"
    }
}
