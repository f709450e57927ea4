import Foundation
import Testing
import TestSupport
import TextNormalization

/// The rules run in one order, which the docs state.
@Suite struct RuleOrderTests {
    @Test func theArchitectureDocListsEveryRuleInTheOrderTheyRun() throws {
        let doc = try String(contentsOf: Repository.url("Docs/architecture.md"), encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "## Normalization rules").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        let listed = section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return String(line.dropFirst(3).prefix { $0 != "`" })
        }
        #expect(listed == Normalizer.ruleNames)
        #expect(Set(Normalizer.ruleNames).count == Normalizer.ruleNames.count)
    }

    @Test func tableRulesRunAfterTheRowsArePutTogether() {
        let names = Normalizer().tableRules(matcher: ColumnMatcher(tolerance: 1.5)).map { type(of: $0).name }
        #expect(names.first == SplitGroupLabelPieces.name)
        #expect(names[1] == JoinRowsSplitAcrossPages.name)
        #expect(names.last == DropRepeatedHeaderRows.name)
        #expect(names.count == 8)
    }
}
