import DocumentModel
import ReportParsing

/// Encodes a conversion as the report JSON described in Docs/report-json.md and validated by
/// Docs/report.schema.json.
public enum ReportJSON {
    public static func encode(_ c: Conversion) -> JSONValue {
        let r = c.report
        var summary: [String: JSONValue] = [:]
        for status in CellStatus.allCases {
            summary["cells_\(status.rawValue)"] = .int(r.cells.filter { $0.status == status }.count)
        }
        summary["cells"] = .int(r.cells.count)
        summary["checks_passed"] = .int(r.checks.filter { $0.status == .pass }.count)
        summary["checks_failed"] = .int(r.checks.filter { $0.status == .fail }.count)
        summary["checks_not_assessable"] = .int(r.checks.filter { $0.status == .notAssessable }.count)
        summary["warnings"] = .int(r.warnings.count)
        summary["uncertain_cells"] = .int(r.cells.filter(\.uncertain).count)

        return .object([
            "schema_version": .string(ToolInfo.schemaVersion),
            "tool": .object(["name": .string(ToolInfo.name), "version": .string(ToolInfo.version)]),
            "source": source(c),
            "pages": .array(c.clean.pages.map { p in
                .object(["number": .int(p.number), "text_source": .string(p.origin.rawValue),
                         "furniture_dropped": .int(p.furnitureDropped)])
            }),
            "metadata": metadata(r.metadata),
            "sections": .array(r.sections.map(section)),
            "tables": tables(r),
            "cells": .array(r.cells.map(cell)),
            "checks": .array(r.checks.map(check)),
            "warnings": .array(r.warnings.map(warning)),
            "summary": .object(summary),
            "normalization": .object(["repairs": .object(c.clean.repairs.mapValues { .int($0) })]),
        ])
    }

    static func source(_ c: Conversion) -> JSONValue {
        let s = c.document.source
        return .object([
            "path": .string(s.path),
            "kind": .string(s.kind.rawValue),
            "encoding": .optional(s.encoding),
            "layout": .string(s.layout.rawValue),
            "sha256": .optional(s.sha256),
            "page_count": .int(c.document.pages.count),
        ])
    }

    static func metadata(_ m: ReportMetadata) -> JSONValue {
        let period: JSONValue
        if m.periodStart != nil || m.periodEnd != nil {
            period = .object(["start": .optional(m.periodStart), "end": .optional(m.periodEnd)])
        } else {
            period = .null
        }
        return .object([
            "title": .optional(m.title),
            "agency": .optional(m.agency),
            "year": m.year.map(JSONValue.int) ?? .null,
            "template": .optional(m.template),
            "template_evidence": .optional(m.templateEvidence),
            "period": period,
            "contact": .object([
                "address": .optional(m.contact.address),
                "postcode": .optional(m.contact.postcode),
                "phone": .optional(m.contact.phone),
                "person": .optional(m.contact.person),
                "email": .optional(m.contact.email),
                "url": .optional(m.contact.url),
            ]),
        ])
    }

    static func ref(_ r: SourceRef?, into o: inout [String: JSONValue]) {
        o["page"] = r.map { .int($0.page) } ?? .null
        o["line"] = r.map { .int($0.line) } ?? .null
    }

    static func section(_ s: Section) -> JSONValue {
        var o: [String: JSONValue] = [
            "number": .int(s.number), "key": .string(s.key), "heading": .optional(s.heading),
            "heading_found": .bool(s.headingFound), "found": .bool(s.found), "text": .string(s.text),
        ]
        ref(s.ref, into: &o)
        return .object(o)
    }

    static func value(_ v: NumberValue?) -> JSONValue {
        v.map { JSONValue.printedNumber($0.text) } ?? .null
    }

    static func cell(_ c: CellRecord) -> JSONValue {
        .sorted([
            "confidence": c.confidence.map { .number(String(format1($0))) } ?? .null,
            "line": c.ref.map { .int($0.line) } ?? .null,
            "page": c.ref.map { .int($0.page) } ?? .null,
            "path": .string(c.path),
            "raw": .optional(c.raw),
            "row_label": .optional(c.rowLabel),
            "status": .string(c.status.rawValue),
            "suggestion": value(c.suggestion),
            "uncertain": .bool(c.uncertain),
            "value": value(c.value),
        ])
    }

    static func format1(_ d: Double) -> String {
        let r = (d * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// The three tables as nested objects of plain values (null where the cell has no number).
    static func tables(_ r: Report) -> JSONValue {
        let root = Tree()
        for c in r.cells {
            root.insert(value(c.value), at: c.path.split(separator: ".").map(String.init)[...])
        }
        return root.json()
    }

    /// The nested tables while they are built.
    final class Tree {
        var leaves: [String: JSONValue] = [:]
        var children: [String: Tree] = [:]
        var order: [String] = []

        func insert(_ v: JSONValue, at path: ArraySlice<String>) {
            guard let head = path.first else { return }
            if path.count == 1 {
                if leaves[head] == nil && children[head] == nil { order.append(head) }
                leaves[head] = v
                return
            }
            let child: Tree
            if let existing = children[head] { child = existing } else {
                child = Tree()
                children[head] = child
                order.append(head)
            }
            child.insert(v, at: path.dropFirst())
        }

        func json() -> JSONValue {
            .members(order.sorted().map { k in JSONMember(key: k, value: children[k]?.json() ?? leaves[k] ?? .null) })
        }
    }

    static func check(_ c: Check) -> JSONValue {
        .sorted([
            "difference": c.difference.map { .number(formatNumber($0)) } ?? .null,
            "id": .string(c.id),
            "rule": .string(c.rule),
            "status": .string(c.status.rawValue),
            "values": .array(c.values.map { .sorted(["path": .string($0.path), "value": value($0.value)]) }),
        ])
    }

    static func formatNumber(_ d: Double) -> String {
        if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    static func warning(_ w: ReportWarning) -> JSONValue {
        var o: [String: JSONValue] = ["code": .string(w.code), "message": .string(w.message), "paths": .array(w.paths.map(JSONValue.string))]
        ref(w.ref, into: &o)
        return .object(o)
    }
}
