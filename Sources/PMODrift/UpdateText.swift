import Foundation
import PMOChecklists

/// The text form of `pmo update`: notes on a finished interrupted update, the plan per template,
/// the self-verifying checklist items, and the advice when conflicts were left.
package enum UpdateText {
    /// One note per thing finishing an interrupted update did (for standard error).
    package static func notes(_ recovery: UpdateJournal.Recovery) -> [String] {
        var notes: [String] = []
        if let moves = recovery.finishedMoves {
            notes.append(
                "note: finished an update that was interrupted (\(moves) file\(moves == 1 ? "" : "s") left to place, then the lock)")
        }
        for folder in recovery.removedStaging {
            notes.append("note: removed \(folder), left by an update that was interrupted before it changed anything")
        }
        return notes
    }

    /// Per template: the versions, where the base came from, and every file's action.
    package static func render(_ update: ProjectUpdate, dryRun: Bool) -> String {
        var out = ""
        for locked in update.upToDate {
            out += "\(locked.name) \(locked.version): already current\n"
        }
        for plan in update.plans {
            out += "\(plan.template) \(plan.fromVersion) → \(plan.toVersion)\(dryRun ? " (dry run, nothing written)" : "")\n"
            if let note = plan.baseNote { out += "  note: \(note)\n" }
            for file in plan.files.sorted(by: { $0.path < $1.path }) {
                var line = "  \(file.action.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(file.path)"
                if !file.conflictRegions.isEmpty {
                    line += " (lines " + file.conflictRegions.map { "\($0.startLine)-\($0.endLine)" }.joined(separator: ", ") + ")"
                }
                if let note = file.note { line += " — \(note)" }
                out += line + "\n"
            }
            for checklist in plan.checklists {
                out +=
                    "  \(checklist.action.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) checklist/\(checklist.name)"
                    + (checklist.note.map { " — \($0)" } ?? "") + "\n"
            }
            out += "  " + summary(plan) + "\n"
        }
        return out
    }

    /// One line per self-verifying item of a checklist the update added.
    package static func selfChecks(_ checks: [ChecklistSelfCheck]) -> [String] {
        checks.map { check in
            let outcome: String
            switch check.outcome {
            case .passed: outcome = "passed"
            case .failed(let why): outcome = "failed — \(why)"
            case .notEvaluated(let why): outcome = "not evaluated — \(why)"
            }
            return "  checklist/\(check.checklist) \(check.item) (checks itself): \(outcome)"
        }
    }

    /// What to do about the conflicts an update left (or would leave).
    package static func conflictAdvice(dryRun: Bool) -> String {
        "\(dryRun ? "the update would leave" : "left") conflicts: keep what you want between <<<<<<< and >>>>>>>, delete the marker lines, then commit"
    }

    /// The counts of file actions and checklist changes of one template.
    private static func summary(_ plan: UpdatePlan) -> String {
        var counts: [FileUpdate.Action: Int] = [:]
        for file in plan.files { counts[file.action, default: 0] += 1 }
        let files = FileUpdate.Action.allCases.compactMap { action in counts[action].map { "\($0) \(action.rawValue)" } }
        let carried = ChecklistUpdate.Action.allCases.compactMap { action -> String? in
            let count = plan.checklists.filter { $0.action == action }.count
            return count == 0
                ? nil
                : "\(count) checklist\(count == 1 ? "" : "s") \(action == .add ? "added" : action == .retire ? "retired" : "restored")"
        }
        return (files.isEmpty ? "no managed files" : files.joined(separator: ", "))
            + (carried.isEmpty ? "" : "; " + carried.joined(separator: ", "))
    }
}
