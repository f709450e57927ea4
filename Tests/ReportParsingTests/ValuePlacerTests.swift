import Testing
import DocumentModel
@testable import ReportParsing

/// Placing a row's values in its columns from the positions the input gives.
@Suite struct ValuePlacerTests {
    func item(_ kind: StreamItem.Kind, _ text: String, field: Int, x0: Double, x1: Double) -> StreamItem {
        StreamItem(kind: kind, text: text, raw: text, key: text, ref: SourceRef(page: 1, line: 1), x0: x0, x1: x1,
                   field: field, group: 0, inTable: true)
    }

    /// Regression (a scanned table without rules whose columns came from its numbers: two of
    /// seven no row fills): a row of five fields for seven columns was left unplaced although the
    /// header read column by column gave every column's place. Each value goes under the one
    /// column whose header it overlaps; one under two headers, or two under one, is not placed.
    @Test func fewerFieldsThanColumnsGoUnderTheirHeaders() {
        let headers: [ClosedRange<Double>] = [0...10, 20...30, 40...50, 60...70]
        let stream = [item(.value, "821", field: 1, x0: 1, x1: 9), item(.empty, "", field: 2, x0: 12, x1: 38),
                      item(.value, "2", field: 3, x0: 61, x1: 64)]
        #expect(ValuePlacer.place(columns: 4, run: [0, 1, 2], groupFields: [0, 1, 2], stream: stream, grid: nil,
                                  headerExtents: headers) == .placed([0, nil, nil, 2]))
        // Without the header: the fields alone cannot say which columns are blank.
        guard case .unplaced = ValuePlacer.place(columns: 4, run: [0, 1, 2], groupFields: [0, 1, 2], stream: stream, grid: nil) else {
            Issue.record("placed without headers"); return
        }
        let across = [item(.value, "821", field: 1, x0: 5, x1: 25), item(.value, "2", field: 2, x0: 61, x1: 64)]
        guard case .unplaced = ValuePlacer.place(columns: 4, run: [0, 1], groupFields: [0, 1], stream: across, grid: nil,
                                                 headerExtents: headers) else {
            Issue.record("a value under two headers was placed"); return
        }
    }

    /// Regression (the 2019 report's tight print scanned at 300 dpi: a stroke of `度` in
    /// `四、结转下年度继续办理` taken for a rule): the words `昌继续办理` cut off the label stood in the
    /// field after it, and the row was left null as if they might be its first cell. With one field
    /// more than columns and the last filled, as a cell they would leave that field over: they end
    /// the label. With the last field empty they could be a cell, and the row stays unplaced.
    @Test func wordsAfterTheLabelEndItWhenAsACellTheyWouldLeaveAFilledFieldOver() {
        func row(last: String) -> [StreamItem] {
            [item(.label, "昌继续办理", field: 1, x0: 0, x1: 90), item(.value, "72", field: 2, x0: 100, x1: 110),
             item(.empty, "", field: 3, x0: 120, x1: 130), item(last.isEmpty ? .empty : .value, last, field: 4, x0: 140, x1: 150)]
        }
        #expect(ValuePlacer.place(columns: 3, run: [0, 1, 2, 3], groupFields: [0, 1, 2, 3], stream: row(last: "72"), grid: nil)
                == .placed([1, nil, 3]))
        guard case .unplaced(let why) = ValuePlacer.place(columns: 3, run: [0, 1, 2, 3], groupFields: [0, 1, 2, 3],
                                                           stream: row(last: ""), grid: nil) else {
            Issue.record("placed though the words could be the row's first cell"); return
        }
        #expect(why.contains("may end the label"))
    }
}
