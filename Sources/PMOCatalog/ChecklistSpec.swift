import PMOSupport
import PMOYAML

/// The spec of a `Checklist`: items by phase and role, some of which check themselves.
package struct ChecklistSpec: Sendable, Hashable {
    /// How an item checks itself.
    package enum Verify: Sendable, Hashable {
        /// An expression over the project (same bindings as project rules).
        case assert(Located<String>)
        /// A rule of a project rule set: `RULESET/RULE-ID`.
        case rule(ruleSet: String, ruleID: String, range: SourceRange)
    }

    /// One checklist item.
    package struct Item: Sendable, Hashable {
        package var id: Located<String>
        package var text: String
        package var phase: Located<String>?
        package var role: Located<String>?
        /// What evidence must be given when the item is ticked.
        package var evidence: String?
        package var help: String?
        package var verify: Verify?
        /// Ids this item had in earlier versions: a project's attestation under one of them carries over.
        package var formerly: [Located<String>] = []
        package var range: SourceRange
    }

    package var items: [Item]

    /// The fields `spec` may have.
    package static let fields = ["items"]
    /// The fields of one item.
    package static let itemFields = ["id", "text", "phase", "role", "evidence", "help", "verify", "formerly"]
    /// The fields of an item's `verify`.
    package static let verifyFields = ["assert", "rule"]

    static func decode(_ node: Node, sink: DiagnosticSink) -> ChecklistSpec {
        let reader = FieldReader(node, sink: sink, context: "spec")
        reader.rejectUnknown(allowed: fields)
        var seen: [String: SourceRange] = [:]
        let items: [Item] = reader.list("items", required: true) { node in
            guard let item = decodeItem(node, sink: sink) else { return nil }
            if let first = seen[item.id.value] {
                sink.error("duplicate item id '\(item.id.value)' (first at \(first.start))", at: item.id.range)
            }
            seen[item.id.value] = item.id.range
            return item
        }
        // An earlier id must not be the id of another item now: the attestation would belong to both.
        for item in items {
            for old in item.formerly where seen[old.value] != nil {
                sink.error("'\(old.value)' in formerly of item '\(item.id.value)' is the id of an item of this version", at: old.range)
            }
        }
        return ChecklistSpec(items: items)
    }

    private static func decodeItem(_ node: Node, sink: DiagnosticSink) -> Item? {
        let reader = FieldReader(node, sink: sink, context: "checklist item")
        guard reader.isMapping else { return nil }
        reader.rejectUnknown(allowed: itemFields)
        guard let id = reader.string("id", required: true), let text = reader.string("text", required: true) else { return nil }
        var verify: Verify?
        if let verifyNode = reader.value("verify") {
            let v = FieldReader(verifyNode, sink: sink, context: "verify")
            v.rejectUnknown(allowed: verifyFields)
            let assertion = v.string("assert")
            let rule = v.string("rule")
            switch (assertion, rule) {
            case (let a?, nil):
                verify = .assert(a)
            case (nil, let r?):
                let parts = r.value.split(separator: "/", omittingEmptySubsequences: false)
                if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
                    verify = .rule(ruleSet: String(parts[0]), ruleID: String(parts[1]), range: r.range)
                } else {
                    sink.error("verify.rule '\(r.value)' must be RULESET/RULE-ID", at: r.range)
                }
            case (.some, .some):
                sink.error("verify has both 'assert' and 'rule'; give one", at: verifyNode.range)
            case (nil, nil):
                if v.isMapping { sink.error("verify needs 'assert' (an expression) or 'rule' (RULESET/RULE-ID)", at: verifyNode.range) }
            }
        }
        return Item(
            id: id, text: text.value, phase: reader.string("phase"), role: reader.string("role"),
            evidence: reader.string("evidence")?.value, help: reader.string("help")?.value, verify: verify,
            formerly: reader.strings("formerly"), range: node.range)
    }
}
