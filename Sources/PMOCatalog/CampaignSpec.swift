import PMOSupport
import PMOYAML

/// The spec of a `Campaign`: a target every matching project must reach by a deadline.
///
/// The target is an expression of the rule language evaluated over a project's report
/// (`pmo report`): the report's top-level fields are its variables (`templates`, `lint`,
/// `checklists`, `waivers`, …). The rules engine compiles it when the catalog is validated;
/// the server evaluates it on every project's latest report.
package struct CampaignSpec: Sendable, Hashable {
    /// Which projects a campaign applies to. Empty lists mean "every project".
    package struct Scope: Sendable, Hashable {
        /// Projects created from one of these templates.
        package var templates: [Reference]
        /// Projects owned by one of these teams (ids from the catalog's owners).
        package var owners: [Located<String>]

        /// Creates a scope.
        package init(templates: [Reference] = [], owners: [Located<String>] = []) {
            self.templates = templates
            self.owners = owners
        }

        /// Whether a project created from `template` and owned by `owner` is in scope.
        package func contains(template: String?, owner: String?) -> Bool {
            let templateMatches = templates.isEmpty || templates.contains { $0.name == template }
            let ownerMatches = owners.isEmpty || owners.contains { $0.value == owner }
            return templateMatches && ownerMatches
        }
    }

    /// The expression a project's report must satisfy.
    package var target: Located<String>
    /// The day by which every project in scope should satisfy the target.
    package var deadline: CalendarDate
    /// Where `deadline` was written.
    package var deadlineRange: SourceRange
    /// The projects the campaign applies to.
    package var appliesTo: Scope
    /// Why the campaign exists and how a team reaches it (Markdown), shown on the dashboard and the site.
    package var guidance: String?

    /// The fields `spec` may have.
    package static let fields = ["target", "deadline", "appliesTo", "guidance"]
    /// The fields of `appliesTo`.
    package static let scopeFields = ["templates", "owners"]

    static func decode(_ node: Node, sink: DiagnosticSink) -> CampaignSpec? {
        let reader = FieldReader(node, sink: sink, context: "spec")
        reader.rejectUnknown(allowed: fields)
        let target = reader.string("target", required: true)
        let deadlineText = reader.string("deadline", required: true)
        let deadline = Metadata.date(deadlineText, sink: sink)
        let guidance = reader.string("guidance", allowEmpty: true)?.value
        var scope = Scope()
        if let scopeNode = reader.value("appliesTo") {
            let scopeReader = FieldReader(scopeNode, sink: sink, context: "appliesTo")
            if scopeReader.isMapping {
                scopeReader.rejectUnknown(allowed: scopeFields)
                scope.templates = scopeReader.references("templates")
                scope.owners = scopeReader.strings("owners")
                for reference in scope.templates where reference.kind != .template {
                    sink.error(
                        "appliesTo.templates names '\(reference)', which is not a template", at: reference.range,
                        help: "write template/NAME")
                }
            }
        }
        guard let target, let deadline, let deadlineText else { return nil }
        return CampaignSpec(target: target, deadline: deadline, deadlineRange: deadlineText.range, appliesTo: scope, guidance: guidance)
    }
}
