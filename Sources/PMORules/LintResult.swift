import PMOCatalog
import PMOSupport
import PMOYAML

/// The outcome of `pmo lint`: findings to act on, and what waivers and the baseline suppressed.
package struct LintResult: Sendable {
    /// A finding a waiver suppressed, with the waiver.
    package struct WaivedFinding: Sendable {
        package var finding: Finding
        package var waiver: Waiver
    }

    /// Findings that count, sorted (including `pmo/expired-waiver` and `pmo/unused-waiver`).
    package var findings: [Finding]
    /// Findings suppressed by a waiver.
    package var waived: [WaivedFinding]
    /// Findings accepted by the baseline.
    package var baselined: [Finding]
    /// The rule sets that ran (for report rule descriptions).
    package var ruleSets: [CompiledRuleSet]

    /// Findings of severity error.
    package var errorCount: Int { findings.filter { $0.severity == .error }.count }
    /// Findings of severity warning.
    package var warningCount: Int { findings.filter { $0.severity == .warning }.count }
    /// Findings of severity info.
    package var infoCount: Int { findings.filter { $0.severity == .info }.count }

    /// The findings a waiver or baseline can name: every rule's `ruleset/rule`.
    package static func knownRules(_ ruleSets: [CompiledRuleSet]) -> Set<String> {
        Set(ruleSets.flatMap { set in (set.document.ruleSet?.rules ?? []).map { set.name + "/" + $0.id.value } })
    }
}

/// The tool's own rules, reported like catalog rules.
package enum ToolRule: String, Sendable, CaseIterable {
    /// A waiver whose `expires` date has passed: it no longer suppresses anything.
    case expiredWaiver = "expired-waiver"
    /// A waiver that suppressed nothing: the rule passes now, or the path is wrong.
    case unusedWaiver = "unused-waiver"

    /// The rule set name of the tool's rules.
    package static let ruleSet = "pmo"

    /// The one-line description.
    package var title: String {
        switch self {
        case .expiredWaiver: return "A waiver has expired"
        case .unusedWaiver: return "A waiver suppresses nothing"
        }
    }

    /// Why the rule exists.
    package var description: String {
        switch self {
        case .expiredWaiver:
            return "Waivers must be reviewed: after its expiry date a waiver no longer suppresses findings and is itself reported."
        case .unusedWaiver:
            return "A waiver that matches no finding is stale: the project follows the rule now, or the waiver's rule or path is wrong."
        }
    }

    /// The severity of its findings.
    package var severity: RuleSetSpec.Severity { self == .expiredWaiver ? .warning : .info }
}

extension RuleEngine {
    /// Lints a project and applies its waivers and an optional baseline.
    ///
    /// An expired waiver suppresses nothing and becomes a `pmo/expired-waiver` finding at its position;
    /// a waiver that matches no finding becomes a `pmo/unused-waiver` finding.
    package func lint(
        project: ProjectContext, ruleSets: [CompiledRuleSet], waivers: WaiverFile, baseline: Baseline? = nil,
        today: CalendarDate = .today()
    ) -> LintResult {
        let raw = lint(project: project, ruleSets: ruleSets)
        var active: [Finding] = []
        var waived: [LintResult.WaivedFinding] = []
        var used = Set<Int>()
        let current = waivers.waivers.enumerated().filter { !$0.element.isExpired(on: today) }
        for finding in raw {
            if let (index, waiver) = current.first(where: { $0.element.covers(finding) }) {
                waived.append(.init(finding: finding, waiver: waiver))
                used.insert(index)
            } else {
                active.append(finding)
            }
        }
        for (index, waiver) in waivers.waivers.enumerated() {
            let rule: ToolRule
            let message: String
            if waiver.isExpired(on: today) {
                rule = .expiredWaiver
                message = "the waiver of \(waiver.rule) expired on \(waiver.expires) (owner: \(waiver.owner))"
            } else if !used.contains(index) {
                rule = .unusedWaiver
                message = "the waiver of \(waiver.rule)\(waiver.path.map { " for \($0)" } ?? "") matches no finding"
            } else {
                continue
            }
            active.append(
                Finding(
                    ruleSet: ToolRule.ruleSet, ruleID: rule.rawValue, severity: rule.severity, message: message,
                    help: rule == .expiredWaiver ? "fix the findings, or renew the waiver with a new reason and date" : "remove the waiver",
                    file: ProjectContext.waiversPath, range: SourceRange(at: waiver.range.start)))
        }
        var baselined: [Finding] = []
        if let baseline {
            (active, baselined) = baseline.partition(active)
        }
        return LintResult(findings: active.sorted(by: Finding.sortOrder), waived: waived, baselined: baselined, ruleSets: ruleSets)
    }
}
