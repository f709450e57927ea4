import Testing
import DocumentModel
import TextNormalization

@Suite struct JoinBrokenParagraphsTests {
    let rule = JoinBrokenParagraphs()

    func lines(_ t: [String]) -> [ProseLine] {
        t.enumerated().map { ProseLine(text: $1, ref: SourceRef(page: 1, line: $0 + 1)) }
    }

    @Test func longLineWithoutSentenceEndContinues() {
        let first = String(repeating: "使领导干部充分认识到推行政务公开", count: 5) + "也是实行依法"
        let (p, joins) = rule.apply(lines([first, "行政，转变工作作风。"]), typicalLength: 200)
        #expect(p.count == 1)
        #expect(p[0].text.hasSuffix("实行依法行政，转变工作作风。"))
        #expect(joins == 1)
    }

    @Test func wrappedFullLinesJoinAndSentenceEndsStop() {
        let (p, _) = rule.apply(lines([
            "2024年，阆中市住房和城乡建设局认真贯彻落实党中央、国务院关于政务公开工作的",
            "部署要求，进一步调整优化公开目录，深入拓展公开渠道，持续丰富公开形式，及时",
            "回应社会关切。",
            "（一）主动公开。全年通过政府网站主动公开政府信息191条，",
        ]), typicalLength: 39)
        #expect(p.count == 2)
        #expect(p[0].text.hasPrefix("2024年") && p[0].text.hasSuffix("回应社会关切。"))
    }

    @Test func shortLinesAndNewItemsDoNotJoin() {
        let (p, _) = rule.apply(lines(["一、总体情况", "2022年，全镇认真贯彻落实党中央的部署要求，进一步调整优化公开目录深入拓展", "二、主动公开政府信息情况"]), typicalLength: 39)
        #expect(p.map(\.text) == ["一、总体情况", "2022年，全镇认真贯彻落实党中央的部署要求，进一步调整优化公开目录深入拓展", "二、主动公开政府信息情况"])
    }

    @Test func latinWordsJoinWithASpace() {
        #expect("Open".joinedText("Government") == "Open Government")
        #expect("实行依法".joinedText("行政") == "实行依法行政")
    }

    @Test func itemStarts() {
        for s in ["一、总体情况", "（二）依申请公开", "(3)其他", "1、强化思想认识", "2.重复申请", "第二十条第（一）项"] {
            #expect(ItemNumber.startsItem(s), "\(s)")
        }
        for s in ["2022年，全镇", "12345热线", "行政，转变"] {
            #expect(!ItemNumber.startsItem(s), "\(s)")
        }
    }

    /// Regression (t2019-ukai, pdftotext -layout): the title, as long as a full line, ran into
    /// the first paragraph, and the report lost its title and agency.
    @Test func theReportTitleDoesNotRunIntoTheFirstParagraph() {
        let title = "铜陵市郊区财政局2020年政府信息公开工作年度报告"
        let (p, joins) = rule.apply(lines([title, "本报告根据《条例》编制。"]), typicalLength: 30)
        #expect(p.map(\.text) == [title, "本报告根据《条例》编制。"])
        #expect(joins == 0)
    }

    /// Regression (synthetic-22 scanned sideways): once OCR read the large title as one block, its
    /// lost last character (`告`) no longer stood between it and the body, the title cut short ran
    /// into the first paragraph, and the report lost the agency and year its title names.
    @Test func aTitleWhoseLastCharacterWasLostDoesNotRunIntoTheFirstParagraph() {
        let title = "平遥县柳河乡人民政府2022年政府信息公开工作年度报"
        let body = "本年度报告根据《中华人民共和国政府信息公开条例》要求编制。"
        let (p, joins) = rule.apply(lines([title, body]), typicalLength: 30)
        #expect(p.map(\.text) == [title, body])
        #expect(joins == 0)
        // Its `告` wrapped alone onto the next line completes it; prose that wraps inside `年度报告`
        // elsewhere is still one paragraph.
        #expect(rule.apply(lines([title, "告"]), typicalLength: 30).paragraphs.map(\.text) == [title + "告"])
        #expect(rule.apply(lines(["根据上级要求，我单位认真编制了本年度报", "告，现予公布。"]), typicalLength: 20).joins == 1)
    }
}

extension JoinBrokenParagraphsTests {
    /// Regression (平潭's narrow Chromium print, born-digital, and its scans): the line
    /// `…14层；邮编：` wrapped before its `350400；电话/传真：…`; the colon ended the paragraph there,
    /// and the report had no postcode. A contact's label ending a line is followed by its value.
    @Test func aContactLabelEndingALineJoinsItsValue() {
        let (p, _) = rule.apply(lines(["验区北厝金井湾片区管委会大楼主楼14层；邮编：", "350400；电话/传真：0591-23165370；电子邮箱：", "pzxxgkb@163.com。"]), typicalLength: 25)
        #expect(p.map(\.text) == ["验区北厝金井湾片区管委会大楼主楼14层；邮编：350400；电话/传真：0591-23165370；电子邮箱：pzxxgkb@163.com。"])
        // A colon after words that are no contact's label still ends the line's sentence.
        let (q, _) = rule.apply(lines(["全年主要数据如下：", "2020年，我区共收到申请12件。"]), typicalLength: 10)
        #expect(q.count == 2)
    }
}
