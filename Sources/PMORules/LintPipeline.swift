import Foundation
import PMOCatalog
import PMOSupport

/// The lint of one project as one call: its lock → the rule sets it names (and any extra ones) →
/// compiled → its waivers → ``RuleEngine`` → a ``LintResult``. `pmo lint`, drift's lint figure and the
/// project report all go through here, so they agree on which rules apply and how waivers count.
///
/// Compiled rule sets are remembered per list of names, so the projects of a fleet compile them once.
package final class LintPipeline: @unchecked Sendable {
    /// The catalog the rule sets come from.
    package let catalog: Catalog
    /// The catalog's own load diagnostics; an error in a rule set the project uses stops the lint.
    package let catalogDiagnostics: [Diagnostic]
    private let resolver: RuleSetResolver
    private var compiled: [[String]: Result<[CompiledRuleSet], LintSetupError>] = [:]
    private let lock = NSLock()

    /// A pipeline over `catalog`; pass the catalog's load diagnostics to refuse rule sets with errors in them.
    package init(catalog: Catalog, catalogDiagnostics: [Diagnostic] = []) {
        self.catalog = catalog
        self.catalogDiagnostics = catalogDiagnostics
        resolver = RuleSetResolver(catalog: catalog)
    }

    /// Everything but the lint itself: the project, its compiled rule sets and its waivers.
    /// `extraRuleSets` are `--rules` names; a broken waiver file is an error unless `toleratingWaiverProblems`.
    package func prepare(
        projectRoot root: String, extraRuleSets: [String] = [],
        toleratingWaiverProblems: Bool = false
    ) throws(LintSetupError) -> PreparedLint {
        let context: ProjectContext
        do {
            context = try ProjectContext.withCheckedLock(root: root, displayPath: ProjectContext.lockPath)
        } catch {
            throw .badLock(error.diagnostics)
        }
        let names: [String]
        do {
            names = try resolver.ruleSetNames(for: context, extra: extraRuleSets)
        } catch {
            throw .resolution(error)
        }
        guard !names.isEmpty else { throw .noRuleSets(hasLock: context.hasLock) }
        let ruleSets = try compile(names).get()
        let waivers = WaiverFile.load(from: context, knownRules: LintResult.knownRules(ruleSets))
        if !toleratingWaiverProblems && !waivers.diagnostics.isEmpty { throw .badWaivers(waivers.diagnostics) }
        return PreparedLint(project: context, ruleSets: ruleSets, waivers: waivers)
    }

    /// Prepares and lints the project at `root` in one go.
    package func run(
        projectRoot root: String, extraRuleSets: [String] = [], baseline: Baseline? = nil,
        toleratingWaiverProblems: Bool = false
    ) throws(LintSetupError) -> LintResult {
        try prepare(projectRoot: root, extraRuleSets: extraRuleSets, toleratingWaiverProblems: toleratingWaiverProblems)
            .lint(baseline: baseline)
    }

    /// The rule sets `names`, compiled once per list; errors in them (or in their catalog files) refuse the lint.
    private func compile(_ names: [String]) -> Result<[CompiledRuleSet], LintSetupError> {
        lock.lock()
        defer { lock.unlock() }
        if let cached = compiled[names] { return cached }
        let result: Result<[CompiledRuleSet], LintSetupError>
        do {
            let sets = try resolver.compile(names)
            let errors =
                sets.flatMap(\.diagnostics)
                + catalogDiagnostics.filter { diagnostic in
                    diagnostic.severity == .error && sets.contains { $0.document.file == diagnostic.file }
                }
            result = errors.isEmpty ? .success(sets) : .failure(.ruleSetErrors(errors))
        } catch {
            result = .failure(.resolution(error))
        }
        compiled[names] = result
        return result
    }
}

/// A project ready to lint: what ``LintPipeline/prepare(projectRoot:extraRuleSets:toleratingWaiverProblems:)`` found.
package struct PreparedLint: Sendable {
    /// The project's files, lock and bindings.
    package let project: ProjectContext
    /// The rule sets that apply, compiled.
    package let ruleSets: [CompiledRuleSet]
    /// The project's waivers.
    package let waivers: WaiverFile

    /// Every finding id a waiver or a baseline may name: the rule sets' rules and the tool's own.
    package var knownRules: Set<String> {
        LintResult.knownRules(ruleSets).union(ToolRule.allCases.map { ToolRule.ruleSet + "/" + $0.rawValue })
    }

    /// Runs the rules, applies the waivers (as of `today`) and the baseline.
    package func lint(baseline: Baseline? = nil, today: CalendarDate = .today()) -> LintResult {
        RuleEngine().lint(project: project, ruleSets: ruleSets, waivers: waivers, baseline: baseline, today: today)
    }
}

/// Why a project could not be linted (a configuration problem, exit 2 in `pmo lint`).
package enum LintSetupError: Error, Sendable {
    /// `.pmo/lock.yaml` is there but cannot be read; paths are relative to the project.
    case badLock([Diagnostic])
    /// The lock or `--rules` names a rule set that does not exist (or is not one).
    case resolution(RuleSetResolutionError)
    /// No rule set applies: the template has none, or there is no lock and no `--rules`.
    case noRuleSets(hasLock: Bool)
    /// A rule set that applies does not compile, or its file has errors.
    case ruleSetErrors([Diagnostic])
    /// `.pmo/waivers.yaml` has errors; paths are relative to the project.
    case badWaivers([Diagnostic])
}
