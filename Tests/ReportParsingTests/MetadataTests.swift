import Testing
@testable import ReportParsing
import DocumentModel

@Suite struct MetadataTests {
    @Test func agencyFromTitleWithTheYearFirstOrLast() {
        #expect(MetadataExtractor.agency(fromTitle: "友谊县兴隆镇人民政府2022年政府信息公开工作年度报告") == "友谊县兴隆镇人民政府")
        #expect(MetadataExtractor.agency(fromTitle: "2021年北京市朝阳区人民政府政府信息公开工作年度报告") == "北京市朝阳区人民政府")
        #expect(MetadataExtractor.agency(fromTitle: "关于铜陵市郊区财政局2020年度政府信息公开工作年度报告") == "铜陵市郊区财政局")
    }

    @Test func titleWrappedOverTwoLines() {
        #expect(MetadataExtractor.title(from: ["阆中市住房和城乡建设局2024年政府信息公开工作年度", "报告", "本年度报告根据…"])
                == "阆中市住房和城乡建设局2024年政府信息公开工作年度报告")
    }

    /// Regression: OCR split a large title where its letters stand apart (`…工作年度⇥报告`,
    /// `广州⇥市黄埔区…`); the line became a table row and the scans had no title, agency or year.
    /// A scan of 平潭's 2020 page (header row filled light blue, 240 dpi): its heading wraps
    /// `…工作年度报` over a lone `告`, which OCR read `人生`, and the title follows in body type. The
    /// three lines were joined into one title (`…年度报人生平潭…年度报告`). Regression (the scans of
    /// 平潭's Chromium prints, where `告` read `全`): the title in body type (`…2020年政府…`) was
    /// then taken, not the heading the born-digital print gives (`…2020年度政府…`). The heading
    /// whose `告` was misread is the title.
    @Test func aHeadingWhoseLastCharacterWasMisreadIsTheTitle() {
        let heading = "平潭综合实验区2020年度政府信息公开工作年度报告"
        #expect(MetadataExtractor.title(from: ["平潭综合实验区2020年度政府信息公开工作年度报", "人生", "平潭综合实验区2020年政府信息公开工作年度报告", "根据《条例》…"])
                == heading)
        #expect(MetadataExtractor.title(from: ["平潭综合实验区2020年度政府信息公开工作年度报", "全", "平潭综合实验区2020年政府信息公开工作年度报告", "根据《条例》…"])
                == heading)
        // Regression (the same page with white cells scanned at 200 dpi, a seal beside the
        // title): OCR put the misread `告` (`eS`) and the title in body type on the heading's line,
        // and the title was `…年度报eS平潭…年度报告4人`.
        #expect(MetadataExtractor.title(from: ["平潭综合实验区2020年度政府信息公开工作年度报eS平潭综合实验区2020年政府信息公开工作年度报告4人", "根据《条例》…"])
                == heading)
        // Where nothing stands for the `告` (the next line is the title again), the whole title
        // read after the cut one is the title.
        #expect(MetadataExtractor.title(from: ["平潭综合实验区2020年度政府信息公开工作年度报", "平潭综合实验区2020年政府信息公开工作年度报告", "根据《条例》…"])
                == "平潭综合实验区2020年政府信息公开工作年度报告")
        #expect(MetadataExtractor.title(from: ["平潭综合实验区2020年度政府信息公开工作年度报告"]) == "平潭综合实验区2020年度政府信息公开工作年度报告")
        // A title wrapped after its year is still joined.
        #expect(MetadataExtractor.title(from: ["某某市人民政府办公室2022年", "政府信息公开工作年度报告"]) == "某某市人民政府办公室2022年政府信息公开工作年度报告")
    }

    /// Regression (scans of the 2019 office report's prints: tight, zebra rows, a seal): OCR read
    /// the `年` of the large title's `工作年度报告` as `和4pil`, `和Tt`, `4`, and the title, agency
    /// line and all, carried the junk. The report's name is fixed; a digit or Latin letter there
    /// is its `年`.
    @Test func aMisreadYearCharacterInTheReportsNameIsRepaired() {
        for junk in ["和4pil", "和Tt", "4", "和4"] {
            #expect(MetadataExtractor.repairingReportName("2019年上海市人民政府办公厅政府信息公开工作\(junk)度报告")
                    == "2019年上海市人民政府办公厅政府信息公开工作年度报告")
        }
        // Regression (the 2019 report's Chromium print scanned at 200 dpi): `工作和度报告`.
        #expect(MetadataExtractor.repairingReportName("2019年上海市人民政府办公厅政府信息公开工作和度报告")
                == "2019年上海市人民政府办公厅政府信息公开工作年度报告")
        for kept in ["某某局2019年政府信息公开工作年度报告", "某某局2019年政府信息公开工作季度报告", "某某局2019年政府信息公开工作月度报告",
                     "某某局2019年政府信息公开工作报告", "某某局2019年政府信息公开工作半年度报告"] {
            #expect(MetadataExtractor.repairingReportName(kept) == kept)
        }
    }

    /// Regression (上海市科委's A5 print scanned at 200 and 300 dpi, seeds 29 and 30): the title
    /// read `2024年上海市科委政府信息公工作年度报告`, its `开` lost; no marker of the report's name
    /// was found, and the agency was `上海市科委政府信息公工作年度报告`. The name after `政府信息`
    /// with one character dropped or misread is the fixed name; an agency still holding `报告`
    /// is none.
    @Test func aReportNameWithOneCharacterLostIsRepaired() {
        #expect(MetadataExtractor.repairingReportName("2024年上海市科委政府信息公工作年度报告") == "2024年上海市科委政府信息公开工作年度报告")
        #expect(MetadataExtractor.repairingReportName("2024年上海市科委政府信息公升工作年度报告") == "2024年上海市科委政府信息公开工作年度报告")
        #expect(MetadataExtractor.repairingReportName("2024年上海市科委政府信息公开工乍年度报告") == "2024年上海市科委政府信息公开工作年度报告")
        #expect(MetadataExtractor.agency(fromTitle: MetadataExtractor.repairingReportName("2024年上海市科委政府信息公工作年度报告")) == "上海市科委")
        // Names that are printed so stay.
        for kept in ["某某局2019年政府信息公开工作年度报告", "某某局2019年政府信息公开工作季度报告", "某某局2019年政府信息公开工作半年度报告",
                     "某某局2019年政府信息公开年度报告", "某某局2019年政府信息公开工作报告", "某某局2019年度政府信息公开报告",
                     "某某局2019年政府信息公开工作年终报告"] {
            #expect(MetadataExtractor.repairingReportName(kept) == kept)
        }
        #expect(MetadataExtractor.agency(fromTitle: "2024年上海市科委政府信公工作年度报告") == nil)
    }

    /// Found while adding the Latin-junk repair: digits where the report name's `年` stands were
    /// taken for a misread `年`, so `…政府信息公开工作2020年度报告` lost its year from the title.
    /// A year there is printed, not junk.
    @Test func aYearInTheReportsNameIsNotJunk() {
        for kept in ["某某局政府信息公开工作2020年度报告", "某某局政府信息公开工作2020年报告"] {
            #expect(MetadataExtractor.repairingReportName(kept) == kept)
        }
    }

    @Test func aTitleSplitIntoCellsIsJoined() {
        func row(_ cells: [String], _ line: Int) -> TableRow {
            TableRow(cells: cells.map { Cell(text: $0, raw: $0, ref: SourceRef(page: 1, line: line)) }, ref: SourceRef(page: 1, line: line))
        }
        let blocks: [Block] = [
            .table(Table(rows: [row(["铜陵市郊区财政局2020年政府信息公开工作年度", "报告"], 1)])),
            .paragraph(Paragraph(text: "本报告根据《中华人民共和国政府信息公开条例》编制。", refs: [SourceRef(page: 1, line: 2)])),
        ]
        #expect(MetadataExtractor.title(from: MetadataExtractor.leadingLines(blocks)) == "铜陵市郊区财政局2020年政府信息公开工作年度报告")
        // Regression (平潭's fixed-layout print at 240 dpi, seed 29): the large heading read as
        // a table of four rows, `…公开工作年`, `ie`, `tl`, `报告`, its `度报` as Latin junk. Only
        // three rows were lines: no title, no agency, no year. Four are, and Latin junk between
        // `公开工作` and `报告` with `年` is the fixed name's `年度`.
        let rows: [Block] = [
            .table(Table(rows: [row(["平潭综合实验区", "2020年度政府信息公开工作年"], 1), row(["ie"], 2), row(["tl"], 3), row(["报告"], 4)])),
            .paragraph(Paragraph(text: "根据《中华人民共和国政府信息公开条例》要求，我区编制完成了本报告。", refs: [SourceRef(page: 1, line: 5)])),
        ]
        #expect(MetadataExtractor.leadingLines(rows).count == 4)
        let heading = MetadataExtractor.title(from: MetadataExtractor.leadingLines(rows)).map(MetadataExtractor.repairingReportName)
        #expect(heading == "平潭综合实验区2020年度政府信息公开工作年度报告")
        #expect(MetadataExtractor.repairingReportName("某某局2019年政府信息公开工作年i4报告") == "某某局2019年政府信息公开工作年度报告")
        #expect(MetadataExtractor.repairingReportName("某某局2019年政府信息公开工作总结报告") == "某某局2019年政府信息公开工作总结报告")
        // A table of values first is not a title.
        let table: [Block] = [.table(Table(rows: [row(["规章", "8", "256"], 1), row(["报告", "1", "2"], 2)]))]
        #expect(MetadataExtractor.title(from: MetadataExtractor.leadingLines(table)) == nil)
    }

    /// Regression (a scan fed sideways): the title wrapped its last character alone onto a line
    /// (`…年度报` / `告`), which OCR read as `Tass` and `号`; the scan had no title and no agency.
    /// Read as Latin junk, the `告` was printed and misread: the title is whole. Where OCR lost it
    /// (the prose follows), the agency and year are read from the line as printed; no title is
    /// made up.
    @Test func aTitleWhoseLastLineWasLostStillNamesTheAgency() {
        let prose = "本年度报告根据《中华人民共和国政府信息公开条例》要求编制。本年度报告数据的统计期限为2022年1月1日至2022年12月31日。"
        #expect(MetadataExtractor.title(from: ["平遥县柳河乡人民政府2022年政府信息公开工作年度报Tass号", prose])
                == "平遥县柳河乡人民政府2022年政府信息公开工作年度报告")
        let lines = ["平遥县柳河乡人民政府2022年政府信息公开工作年度报", prose]
        #expect(MetadataExtractor.title(from: lines) == nil)
        let named = MetadataExtractor.titleCutShort(from: lines)
        #expect(named == "平遥县柳河乡人民政府2022年政府信息公开工作年度报")
        #expect(MetadataExtractor.agency(fromTitle: named) == "平遥县柳河乡人民政府" && MetadataExtractor.year(fromTitle: named) == 2022)
        // A whole report name is not cut short; prose is not a title.
        #expect(MetadataExtractor.titleCutShort(from: ["本年度报告根据《条例》编制"]) == nil)
        #expect(MetadataExtractor.titleCutShort(from: ["根据2022年度报送要求"]) == nil)
    }


    /// Regression (平潭, grey rules, 200 dpi): the heading read `…工作年度报`, then the title again
    /// in body type read over two lines with a misread `信` (`…2020年政府人` `息公开工作年度报告`);
    /// the three were joined into the title `…年度报平潭…政府人息公开工作年度报告`. Lines in which a
    /// report's name breaks off are no title; the agency and year are still read from the first.
    @Test func linesWhereAReportNameBreaksOffAreNoTitle() {
        let lines = ["平潭综合实验区2020年度政府信息公开工作年度报", "平潭综合实验区2020年政府人", "息公开工作年度报告", "Dll"]
        #expect(MetadataExtractor.title(from: lines) == nil)
        #expect(MetadataExtractor.titleCutShort(from: lines) == "平潭综合实验区2020年度政府信息公开工作年度报")
        // The whole title read after the cut one is still the title.
        let whole = ["平潭综合实验区2020年度政府信息公开工作年度报", "平潭综合实验区2020年", "政府信息公开工作年度报告"]
        #expect(MetadataExtractor.title(from: whole) == "平潭综合实验区2020年政府信息公开工作年度报告")
    }
    @Test func periodWordings() {
        let a = MetadataExtractor.period(in: "本年度报告数据的统计期限为2022年1月1日至2022年12月31日。")
        #expect(a?.0 == "2022-01-01" && a?.1 == "2022-12-31")
        let b = MetadataExtractor.period(in: "统计期限自2023年1月1日起至12月31日止")
        #expect(b?.0 == "2023-01-01" && b?.1 == "2023-12-31")
        #expect(MetadataExtractor.period(in: "全年工作情况") == nil)
    }

    /// Regression (上海市科委 2024): `统计周期` was not a wording of the period, so the period was
    /// null, and its scan, whose body prints no title, had no year either.
    @Test func periodWordedAsStatisticsCycle() {
        let c = MetadataExtractor.period(in: "本年度报告中所列数据的统计周期为2024年1月1日至12月31日。")
        #expect(c?.0 == "2024-01-01" && c?.1 == "2024-12-31")
    }

    /// Regression (平潭's narrow print at 200 dpi, skewed a degree): `2020年1月1息起至2020年12月
    /// 31日止`, its first `日` misread, gave no period. A first date whose day mark is misread
    /// counts when the second date reads whole; a second date misread gives none.
    @Test func aPeriodsFirstDateWithItsDayMarkMisread() {
        let p = MetadataExtractor.period(in: "本报告所列数据的统计期限自2020年1月1息起至2020年12月31日止。")
        #expect(p?.0 == "2020-01-01" && p?.1 == "2020-12-31")
        #expect(MetadataExtractor.period(in: "统计期限自2020年1月1日起至2020年12 A Sl日止。") == nil)
    }

    /// Regression (probes of seeds 29 and 30: the 2019 tight print at 240 dpi, 平潭's no-rules
    /// print at 300 dpi, 上海市科委's A5 and picture-table prints): the second date's `日` misread
    /// (`12月31目止`, `12月31月止`), or a character read before it (`12月31有日`), and the period
    /// was null on four of eighteen scans. Its digits are read: the date is its month and day,
    /// before the word that ends the period or the `日`.
    /// Regression (平潭's scans at 200 and 300 dpi, seeds 29 and 30): `www.pingtan.gov.cn` read
    /// `www.pingtan.govcn`. No domain ends so: the dot of `.gov.cn` is put back.
    @Test func aGovernmentDomainWithItsDotLostIsGivenWhole() {
        #expect(MetadataExtractor.contact(in: "本报告电子版可在政府门户网站(www.pingtan.govcn)的专栏中下载。").url == "www.pingtan.gov.cn")
        #expect(MetadataExtractor.contact(in: "网站 https://www.pingtan.govcn/zwgk/ 下载").url == "https://www.pingtan.gov.cn/zwgk/")
        #expect(MetadataExtractor.contact(in: "网站 www.pingtan.gov.cn 下载").url == "www.pingtan.gov.cn")
        #expect(MetadataExtractor.contact(in: "网站 www.example.com/govcn 下载").url == "www.example.com/govcn")
    }

    @Test func aPeriodsSecondDateWithItsDayMarkMisread() {
        for (text, end) in [("统计期限从2019年1月1日到12月31目止。", "2019-12-31"),
                            ("统计期限自2020年1月1月起至2020年12月31月止。", "2020-12-31"),
                            ("统计周期为2024年1月1日至12月31有日。", "2024-12-31"),
                            ("统计周期为2024年1月1月至12月31有日。", "2024-12-31")] {
            let p = MetadataExtractor.period(in: text)
            #expect(p?.0 == String(end.prefix(4)) + "-01-01" && p?.1 == end, "\(text)")
        }
        // Two characters misread after the day, or a digit: no date.
        #expect(MetadataExtractor.period(in: "统计期限从2019年1月1日到12月31目目止。") == nil)
        #expect(MetadataExtractor.period(in: "统计期限从2019年1月1日到12月314止。") == nil)
    }

    /// Regression (平潭's scans): `邮编: 350400`, a space after the colon, gave no postcode; and
    /// `电话/传真：0591-23165370` no phone (the born-digital prints too).
    @Test func contactValuesAfterASpaceOrAFaxLabel() {
        let c = MetadataExtractor.contact(in: "联系地址:平潭综合实验区北厝金井湾片区管委会大楼主楼14层;邮编: 350400 ;电话/传真: 0591-23165370 ;电子邮箱: pzxxgkb@163.com。")
        #expect(c.postcode == "350400")
        #expect(c.phone == "0591-23165370")
        #expect(c.address == "平潭综合实验区北厝金井湾片区管委会大楼主楼14层")
        #expect(MetadataExtractor.contact(in: "邮编：350400；电话／传真：0591-23165370。").phone == "0591-23165370")
    }

    /// Regression (上海市科委's zoomed print at 240 dpi): `(https:/stcsm.sh.gov.cn)`, one slash
    /// read, gave no URL.
    @Test func aURLWithOneSlashReadIsGivenWhole() {
        #expect(MetadataExtractor.contact(in: "年度报告电子版可以通过市科委网站(https:/stcsm.sh.gov.cn)下载。").url == "https://stcsm.sh.gov.cn")
        #expect(MetadataExtractor.contact(in: "网站（http:/www.example.gov.cn/xxgk/）").url == "http://www.example.gov.cn/xxgk/")
        #expect(MetadataExtractor.contact(in: "网站（https://stcsm.sh.gov.cn）").url == "https://stcsm.sh.gov.cn")
        #expect(MetadataExtractor.contact(in: "比例为1:/2").url == nil)
    }

    /// Regression (上海市政府办公厅 2019): `及时发布调整后的机关职能、机构设置、办公地址、联系方式等信息`
    /// gave the address `、联系方式等信息`. A keyword followed by punctuation is prose, not a label.
    @Test func aContactKeywordInProseIsNoValue() {
        #expect(MetadataExtractor.contact(in: "及时发布调整后的机关职能、机构设置、办公地址、联系方式等信息。").address == nil)
        #expect(MetadataExtractor.contact(in: "办公地址、联系方式等信息。联系地址：临安区人民路184号。").address == "临安区人民路184号")
    }

    @Test func contactDetails() {
        let c = MetadataExtractor.contact(in: "（联系地址：临安区人民路184号，邮编：665420，联系电话：0695-4267438，电子邮箱：xxgk1@example.gov.cn）网址 https://www.example.gov.cn/xxgk/")
        #expect(c.address == "临安区人民路184号")
        #expect(c.postcode == "665420")
        #expect(c.phone == "0695-4267438")
        #expect(c.email == "xxgk1@example.gov.cn")
        #expect(c.url == "https://www.example.gov.cn/xxgk/")
    }

    /// A scan's `（联系电话：0595-9374008）` read with an ASCII closing bracket gave the phone
    /// `0595-9374008)`: the bracket closes the sentence, not the number.
    @Test func aPhoneDoesNotKeepTheBracketClosingItsSentence() {
        #expect(MetadataExtractor.contact(in: "如有疑问请与平遥县柳河乡人民政府联系《联系电话: 0595-9374008)。").phone == "0595-9374008")
        #expect(MetadataExtractor.contact(in: "联系电话：(0595-9374008").phone == "0595-9374008")
        #expect(MetadataExtractor.contact(in: "联系电话：(0595)9374008。").phone == "(0595)9374008")
    }

    @Test func nothingIsInvented() throws {
        let report = try parse(ReportText.make([:], title: "某某局政府信息公开工作年度报告").replacingOccurrences(of: "本年度报告数据的统计期限为2022年1月1日至2022年12月31日。", with: ""))
        #expect(report.metadata.year == nil)
        #expect(report.metadata.periodStart == nil)
        #expect(report.metadata.contact.phone == nil)
    }
}
