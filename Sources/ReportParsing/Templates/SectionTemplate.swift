/// How one of the six sections is recognised: its number and the words its heading uses.
public struct SectionTemplate: Hashable, Sendable {
    public let number: Int
    public let key: String
    /// The usual heading.
    public let heading: String
    /// Any of these keyword sets (all words of one set) in a short line makes it this heading.
    public let keywordSets: [[String]]

    public static let all: [SectionTemplate] = [
        SectionTemplate(number: 1, key: "overview", heading: "一、总体情况", keywordSets: [["总体情况"], ["总体", "概况"], ["基本情况"]]),
        SectionTemplate(number: 2, key: "active_disclosure", heading: "二、主动公开政府信息情况",
                        keywordSets: [["主动公开", "情况"]]),
        SectionTemplate(number: 3, key: "requests", heading: "三、收到和处理政府信息公开申请情况",
                        keywordSets: [["收到和处理"], ["依申请公开", "情况"], ["处理政府信息公开申请"]]),
        SectionTemplate(number: 4, key: "review_litigation", heading: "四、政府信息公开行政复议、行政诉讼情况",
                        keywordSets: [["行政复议", "行政诉讼"], ["复议", "诉讼", "情况"]]),
        SectionTemplate(number: 5, key: "problems", heading: "五、存在的主要问题及改进情况",
                        keywordSets: [["存在的主要问题"], ["问题", "改进"], ["主要问题"]]),
        SectionTemplate(number: 6, key: "other_matters", heading: "六、其他需要报告的事项",
                        keywordSets: [["其他需要报告"], ["其他", "事项"]]),
    ]
}
