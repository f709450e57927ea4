/// The outcome of an identity check.
public enum CheckStatus: String, Hashable, Sendable {
    case pass
    case fail
    /// An operand is null (blank, missing, unplaced): the identity cannot be assessed.
    case notAssessable = "not_assessable"
}

/// One identity check over template cells. A failed check is a finding about the source, not an
/// error of the tool: the printed numbers are kept as printed.
public struct Check: Hashable, Sendable {
    /// Stable id, e.g. `requests.balance.natural_person`.
    public var id: String
    /// The identity in words, with key paths: `new_received + carried_over = total + carried_forward`.
    public var rule: String
    /// The operands by path, in the order of the rule; nil for a null operand.
    public var values: [(path: String, value: NumberValue?)]
    /// Left-hand side minus right-hand side, when assessable.
    public var difference: Double?
    public var status: CheckStatus
    /// How many of `values` are on the left-hand side.
    public var lhsCount: Int

    public init(id: String, rule: String, values: [(path: String, value: NumberValue?)], difference: Double?, status: CheckStatus,
                lhsCount: Int? = nil) {
        self.id = id
        self.rule = rule
        self.values = values
        self.difference = difference
        self.status = status
        self.lhsCount = lhsCount ?? max(0, values.count - 1)
    }

    public static func == (a: Check, b: Check) -> Bool {
        a.id == b.id && a.rule == b.rule && a.status == b.status && a.difference == b.difference
            && a.values.map(\.path) == b.values.map(\.path) && a.values.map(\.value) == b.values.map(\.value)
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(status)
    }
}

extension Check {
    /// The identity judged again with the operands at the paths of `replacing` taking those values
    /// instead (nil for a null): not assessable when an operand is then null.
    public func judged(with replacing: [String: NumberValue?]) -> Check {
        var out = self
        out.values = values.map { ($0.path, replacing[$0.path] ?? $0.value) }
        var l = 0.0, r = 0.0
        for (k, operand) in out.values.enumerated() {
            guard let v = operand.value?.value else {
                out.difference = nil
                out.status = .notAssessable
                return out
            }
            if k < lhsCount { l += v } else { r += v }
        }
        (out.difference, out.status) = CheckRunner.outcome(l, r)
        return out
    }
}
