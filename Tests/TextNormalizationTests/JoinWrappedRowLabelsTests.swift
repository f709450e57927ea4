import Testing
import DocumentModel
import TextNormalization

@Suite struct JoinWrappedRowLabelsTests {
    let rule = JoinWrappedRowLabels(matcher: ColumnMatcher(tolerance: 1.5))

    @Test func tailGoesToTheRowAbove() {
        let t = Table(rows: [
            row([cell("5.要求行政机关确认或重新出具已", x: 14, line: 1), cell("0", x: 40, line: 1), cell("35", x: 46, line: 1)]),
            row([cell("获取信息", x: 14, line: 2)]),
        ])
        let repair = rule.apply(t)
        let (out, joins) = (repair.table, repair.repairs)
        #expect(texts(out) == [["5.要求行政机关确认或重新出具已获取信息", "0", "35"]])
        #expect(joins == 1)
    }

    /// Regression (the 2019 report's tight print scanned at 240 dpi): the blank row
    /// `2.其他法律行政法规禁止公开`, its two tight lines read `和人`, was taken for the tail of
    /// `1.属于国家秘密` above it, and the row lost. In a table drawn with rules, a label under a rule
    /// across its column is a cell of its own (`ruledAbove`), never the tail of the one above.
    @Test func aLabelUnderARuleDrawnAcrossItsColumnIsNoTail() {
        var own = cell("和人", x: 14, line: 2)
        own.ruledAbove = true
        let t = Table(rows: [
            row([cell("1.属于国家秘密", x: 14, line: 1), cell("14", x: 40, line: 1)]),
            row([own]),
        ])
        #expect(texts(rule.apply(t).table) == [["1.属于国家秘密", "14"], ["和人"]])
        // The same line in the same drawn cell as the label above (no rule between): its tail.
        own.ruledAbove = false
        #expect(texts(rule.apply(Table(rows: [t.rows[0], row([own])])).table) == [["1.属于国家秘密和人", "14"]])
        // On the next page (a row split by the page's end), the rule at the page's top is the
        // printer's: the tail goes on the row above as before.
        var continued = cell("和人", x: 14, line: 1, page: 2)
        continued.ruledAbove = true
        #expect(texts(rule.apply(Table(rows: [t.rows[0], row([continued])])).table) == [["1.属于国家秘密和人", "14"]])
    }

    /// Regression (the 2019 report printed in large type, scanned at 300 dpi): OCR read
    /// `8.属于行政查询事项` as junk, and the blank row `7.属于行政执法案卷` above it (its last
    /// character misread) was joined in front of it as the head of a wrapped label: row 7 took
    /// row 8's `10 2`, wrong numbers marked certain. Under a rule drawn across the column, the
    /// next row's label is a cell of its own, and the blank row stays a row.
    @Test func aBlankRowOverARuleDrawnAcrossItsColumnIsNoHead() {
        var junk = cell("= 询 TRE f 于 JB a", x: 14, line: 2)
        junk.ruledAbove = true
        let t = Table(rows: [
            row([cell("7.属于行政执法案 郑", x: 14, line: 1)]),
            row([junk, cell("10", x: 40, line: 2), cell("2", x: 46, line: 2)]),
        ])
        #expect(texts(rule.apply(t).table) == [["7.属于行政执法案 郑"], ["= 询 TRE f 于 JB a", "10", "2"]])
        // No rule between (one drawn cell over two lines, or no rules at all): the head, as before.
        junk.ruledAbove = false
        #expect(texts(rule.apply(Table(rows: [t.rows[0], row([junk] + t.rows[1].cells.dropFirst())])).table)
                    == [["7.属于行政执法案 郑= 询 TRE f 于 JB a", "10", "2"]])
        // The next row on the next page: the rule at its top is the printer's.
        var overleaf = cell("= 询 TRE f 于 JB a", x: 14, line: 1, page: 2)
        overleaf.ruledAbove = true
        #expect(rule.apply(Table(rows: [t.rows[0], row([overleaf, cell("10", x: 40, line: 1, page: 2)])])).repairs == 1)
    }

    /// Regression (a scan of 上海市科委's page printed at zoom 1.25): OCR lost `四、` from the section
    /// heading after the applications table's last row, and the heading was joined to that row's
    /// label as its wrapped tail: the row was lost (`row-missing`), and the next section's table
    /// with it. A label that is a whole term takes no tail the two do not make a term with.
    @Test func aWholeLabelTakesNoTailThatMakesNoTerm() {
        let lexicon = Lexicon(["四、结转下年度继续办理", "5.要求行政机关确认或重新出具已获取信息"])
        let guarded = JoinWrappedRowLabels(matcher: ColumnMatcher(tolerance: 1.5), lexicon: lexicon)
        let t = Table(rows: [
            row([cell("四、结转下年度继续办理", x: 3, line: 1), cell("1", x: 40, line: 1), cell("0", x: 46, line: 1)]),
            row([cell("政府信息公开行政复议、行政诉讼情况", x: 6, line: 2)]),
        ])
        #expect(texts(guarded.apply(t).table) == [["四、结转下年度继续办理", "1", "0"], ["政府信息公开行政复议、行政诉讼情况"]])
        // Without the table's terms, as before.
        #expect(rule.apply(t).repairs == 1)
        // A label that is not yet a whole term still takes its tail.
        let wrapped = Table(rows: [
            row([cell("5.要求行政机关确认或重新出具已", x: 14, line: 1), cell("0", x: 40, line: 1)]),
            row([cell("获取信息", x: 14, line: 2)]),
        ])
        #expect(texts(guarded.apply(wrapped).table) == [["5.要求行政机关确认或重新出具已获取信息", "0"]])
    }

    /// Regression (a scan of 上海市科委's page printed on A5, 240 dpi): OCR lost `四` from the last
    /// row's label, `、结转下年度继续办理`, and `三、` from the heading after it; the label was no
    /// whole term, so the heading and the review table's header row (`行政复议` `行政诉讼`) were
    /// joined to the row as its tail, and section 四's table was lost (15 cells). A label that
    /// lost its item number but kept the mark after it is a whole term too.
    @Test func aLabelThatLostItsItemNumberIsStillAWholeTerm() {
        let lexicon = Lexicon(["四、结转下年度继续办理", "行政复议", "1.属于国家秘密"])
        let guarded = JoinWrappedRowLabels(matcher: ColumnMatcher(tolerance: 1.5), lexicon: lexicon)
        let t = Table(rows: [
            row([cell("、结转下年度继续办理", x: 3, line: 1), cell("Z", x: 40, line: 1), cell("0", x: 46, line: 1)]),
            row([cell("政府信息公开行政复议、行政诉讼情况", x: 6, line: 2)]),
            row([cell("行政复议", x: 3, line: 3), cell("行政诉讼", x: 40, line: 3)]),
        ])
        #expect(texts(guarded.apply(t).table) == [["、结转下年度继续办理", "Z", "0"], ["政府信息公开行政复议、行政诉讼情况"], ["行政复议", "行政诉讼"]])
        // An arabic item number lost before its full stop, likewise.
        let dotted = Table(rows: [
            row([cell(".属于国家秘密", x: 3, line: 1), cell("4", x: 40, line: 1)]),
            row([cell("政府信息公开行政复议、行政诉讼情况", x: 6, line: 2)]),
        ])
        #expect(guarded.apply(dotted).repairs == 0)
        // A label's end with no mark before it is not taken for a whole term.
        let cut = Table(rows: [
            row([cell("结转下年度继续", x: 3, line: 1), cell("4", x: 40, line: 1)]),
            row([cell("办理", x: 6, line: 2)]),
        ])
        #expect(texts(guarded.apply(cut).table) == [["结转下年度继续办理", "4"]])
    }

    @Test func headStartingAnItemGoesToTheRowBelow() {
        let t = Table(rows: [
            row([cell("（一）予以公开", x: 12, line: 1), cell("0", x: 30, line: 1)]),
            row([cell("2.其他法律行政法规禁止", x: 13, line: 2)]),
            row([cell("4", x: 30, line: 3)]),
            row([cell("公开", x: 17, line: 4)]),
        ])
        #expect(texts(rule.apply(t).table) == [["（一）予以公开", "0"], ["2.其他法律行政法规禁止公开", "4"]])
    }

    /// Regression (平潭's print ruled only across, fed sideways, 200 dpi, seed 26): `（二）部分公开
    /// （区分处理的，只计这一` / `情形，不计其他情形) 6 0 0 0 0 0 6`, its `（二）` read `(一，`, was
    /// taken for the tail of `(一)了BT 6 0 0 0 0 1 7` (（一）予以公开 misread): the joined label
    /// named （二）部分公开, which got （一）'s values marked certain (`1` and `7` wrong), and （一）
    /// was lost. An opening bracket and a numeral start an item even with the closing bracket
    /// misread: the head of the row below.
    @Test func anItemWhoseClosingBracketWasMisreadIsAHeadNotATail() {
        let t = Table(rows: [
            row([cell("(一)了BT", x: 3, line: 1), cell("6", x: 40, line: 1), cell("1", x: 46, line: 1), cell("7", x: 52, line: 1)]),
            row([cell("(一，部分公开《区分处理的，只计这一", x: 3, line: 2)]),
            row([cell("情形，不计其他情形)", x: 3, line: 3), cell("6", x: 40, line: 3), cell("0", x: 46, line: 3), cell("6", x: 52, line: 3)]),
        ])
        #expect(texts(rule.apply(t).table) == [["(一)了BT", "6", "1", "7"], ["(一，部分公开《区分处理的，只计这一情形，不计其他情形)", "6", "0", "6"]])
        // A bracket and a numeral before Chinese are text (`（一般…`): a tail as before.
        let text = Table(rows: [
            row([cell("某某事项", x: 3, line: 1), cell("6", x: 40, line: 1)]),
            row([cell("（一般程序）", x: 3, line: 2)]),
        ])
        #expect(texts(rule.apply(text).table) == [["某某事项（一般程序）", "6"]])
    }

    /// Regression (the 2019 tight print scanned at 240 dpi, seed-29 probe): the blank row
    /// `4.保护第三方合法权益`, beside its group's label read `(=) AF ASF`, was a head (an item
    /// first) and went in front of the next row's label, `9.8 TRAN ASAE.` (5.属于三类内部事务信息
    /// misread): the joined label named row 4, which took row 5's `5`, a wrong number marked
    /// certain. A head numbered with digits does not go in front of a label starting with a digit
    /// (its own item number, even misread); a label starting otherwise still takes it.
    @Test func aNumberedHeadDoesNotStartALabelStartingWithADigit() {
        let t = Table(rows: [
            row([cell("(=) AF ASF", x: 3, line: 1), cell("4.保护第三方合法权益", x: 14, line: 1)]),
            row([cell("9.8 TRAN ASAE.", x: 14, line: 2), cell("5", x: 40, line: 2)]),
        ])
        #expect(texts(rule.apply(t).table) == [["(=) AF ASF", "4.保护第三方合法权益"], ["9.8 TRAN ASAE.", "5"]])
        let wrapped = Table(rows: [
            row([cell("2.其他法律行政法规禁止", x: 14, line: 1)]),
            row([cell("公开", x: 14, line: 2), cell("0", x: 40, line: 2)]),
        ])
        #expect(texts(rule.apply(wrapped).table) == [["2.其他法律行政法规禁止公开", "0"]])
    }

    /// Regression (the 2019 report printed without rules, scanned at 300 dpi, seed 28): （七）总计's
    /// label read `(+) 4计`, and the blank row （六）其他处理 above it, a head (an item), was put in
    /// front of it: the total row's values went to a label naming another row, and were lost. A
    /// numeral misread in brackets read whole (`(+)`, `(=)`) still starts an item; a bracketed
    /// digit or Chinese character (`(1)`, `（注）`) is as before.
    @Test func aBracketedNumeralMisreadStillStartsAnItem() {
        let t = Table(rows: [
            row([cell("（六）其他处理", x: 3, line: 1)]),
            row([cell("(+)", x: 3, line: 2), cell("4计", x: 14, line: 2), cell("767", x: 40, line: 2), cell("805", x: 52, line: 2)]),
        ])
        #expect(texts(rule.apply(t).table) == [["（六）其他处理"], ["(+)", "4计", "767", "805"]])
        // A bracketed Chinese character is text: a tail as before.
        let text = Table(rows: [
            row([cell("某某事项", x: 3, line: 1), cell("6", x: 40, line: 1)]),
            row([cell("(注)", x: 3, line: 2)]),
        ])
        #expect(texts(rule.apply(text).table) == [["某某事项(注)", "6"]])
    }

    /// Regression (the 2019 report printed without rules, scanned at 200 dpi, seed 25): the blank
    /// rows' labels `2.其他法律…公开 3.危及“三安全一稳定”…` were put in front of the label below,
    /// `“tT. IA) /ATALLL 公开5.属于三类内部事务信息`, whose junk start is no item; the three rows
    /// were then a column-ordered block, and row 5's `5` (any row's there) was left null. A head
    /// numbered with digits does not go in front of a label holding such an item after its start.
    @Test func aNumberedHeadDoesNotStartALabelHoldingAnotherNumberedItem() {
        let t = Table(rows: [
            row([cell("1.属于国家秘密", x: 3, line: 1), cell("14", x: 40, line: 1)]),
            row([cell("2.其他法律行政法规禁止公开3.危及“三安全一稳定”(=) AFP 4 vases Asean", x: 3, line: 2)]),
            row([cell("“tT. IA) mJ) /ATALLL公开5.属于三类内部事务信息", x: 3, line: 3), cell("5", x: 40, line: 3)]),
        ])
        #expect(rule.apply(t).repairs == 0)
        // A group label's head before a row's label with its own item number is still joined.
        let group = Table(rows: [
            row([cell("三、本年度办", x: 3, line: 1)]),
            row([cell("理结果（一）予以公开", x: 3, line: 2), cell("258", x: 40, line: 2)]),
        ])
        #expect(texts(rule.apply(group).table) == [["三、本年度办理结果（一）予以公开", "258"]])
    }

    @Test func headIsPrependedToTheLabelBelow() {
        let t = Table(rows: [
            row([cell("（二）部分公开（区分处理", x: 7, line: 1)]),
            row([cell("的，只计这一情形", x: 7, line: 2), cell("15", x: 30, line: 2)]),
        ])
        #expect(texts(rule.apply(t).table) == [["（二）部分公开（区分处理的，只计这一情形", "15"]])
    }

    @Test func titleAboveAHeaderRowStays() {
        let t = Table(rows: [
            row([cell("第二十条第（一）项", x: 12, line: 1)]),
            row([cell("信息内容", x: 1, line: 2), cell("本年制发件数", x: 11, line: 2)]),
        ])
        #expect(rule.apply(t).repairs == 0)
    }
}

/// Regression (t2019-chromium-web): a wrapped label without an item number above a label-less row
/// of values was taken for the tail of the row above (`行政许可其他对外管理服`).
@Suite struct HeadWithoutItemNumberTests {
    @Test func labelAboveALabelLessValueRowIsItsHead() {
        let rule = JoinWrappedRowLabels(matcher: ColumnMatcher(tolerance: 6))
        let t = Table(rows: [
            row([cell("行政许可", x: 60, line: 1), cell("43", x: 200, line: 1)]),
            row([cell("其他对外管理服", x: 60, line: 2)]),
            row([cell("259", x: 200, line: 3)]),
            row([cell("务事项", x: 66, line: 4)]),
        ])
        #expect(texts(rule.apply(t).table) == [["行政许可", "43"], ["其他对外管理服务事项", "259"]])
    }
}
