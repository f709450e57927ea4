/// What the source holds for a template cell.
public enum CellStatus: String, Hashable, Sendable, CaseIterable {
    /// A number, alone in its cell.
    case value
    /// A number with a unit or a note (`75394432.52元`, `22（其中修订16件）`); the number is the value.
    case note
    /// Printed blank: empty, `—`, `/`, `无`. The value is null.
    case blank
    /// Text that is not a number (`详见附件`). The value is null.
    case text
    /// Not in the source at all: the row or table was lost from the extract. The value is null.
    case missing
    /// The row was found but its values could not be placed in columns with certainty. Null.
    case unplaced
    /// Read by OCR as a number that the table's identities contradict (an uncertain reading the
    /// identities imply another value for): null rather than a number probably misread; `raw`
    /// keeps the reading and `suggestion` the implied value.
    case contradicted
    /// A scan's cell with ink where a number is printed that OCR could not read as one (`i` or
    /// `all` for a pale `1`, `下` among numbers): null, in doubt, the reading in `raw`. Not
    /// `blank`: something is printed there.
    case unread

    /// Null where the source may print a value: lost, unplaced, contradicted or unread (not
    /// printed blank or as text). What `check --strict` fails on and the review page shows as
    /// missing.
    public var isOpen: Bool { self == .missing || self == .unplaced || self == .contradicted || self == .unread }
}
