import PMOCatalog
import PMOProject
import PMOSupport

/// The text form of checklist progress (`pmo checklist`), beside the checklists as lint's reporters are beside the rules.
package enum ChecklistText {
    /// What `pmo checklist` shows: the progress, then (with `listItems`) every item.
    package static func report(_ reports: [ChecklistReport], catalog: Catalog?, listItems: Bool) -> String {
        progress(reports, catalog: catalog) + (listItems ? "\n\n" + items(reports) : "")
    }

    /// The confirmation of `pmo checklist check` or `uncheck`.
    package static func change(_ change: ItemChange) -> String {
        let record = change.record
        if record.status == .done {
            return "✓ \(change.item) (checklist/\(change.checklist)) done by \(record.by ?? "")"
                + (record.evidence.map { " — \($0)" } ?? "")
        }
        return "○ \(change.item) (checklist/\(change.checklist)) is open again"
    }

    /// Progress per checklist and phase, with bars, and the total.
    package static func progress(_ reports: [ChecklistReport], catalog: Catalog?) -> String {
        var table = TextTable(["CHECKLIST", "PHASE", "DONE", "PROGRESS"])
        var done = 0
        var total = 0
        for report in reports {
            if let retired = report.retired {
                // Kept with its progress, but no longer part of the standard: not counted in the total.
                table.add(["\(report.name) \(report.title) (retired by \(retired))", "", "\(report.done)/\(report.total)", "retired"])
                continue
            }
            let note = report.catalogVersion.map { " (v\(report.version), catalog has v\($0))" } ?? ""
            table.add(["\(report.name) \(report.title)\(note)", "", "\(report.done)/\(report.total)", bar(report.done, report.total)])
            for phase in report.phases(in: catalog) {
                table.add(["", phase.title, "\(phase.done)/\(phase.total)", bar(phase.done, phase.total)])
            }
            done += report.done
            total += report.total
        }
        table.add(["合計 total", "", "\(done)/\(total)", bar(done, total)])
        return table.render()
    }

    /// Every item with its status mark, checklist, phase and role.
    package static func items(_ reports: [ChecklistReport]) -> String {
        var table = TextTable(["", "ID", "CHECKLIST", "PHASE", "ROLE", "ITEM", "STATUS"])
        for report in reports {
            for item in report.items {
                let mark: String
                let status: String
                switch item.status {
                case .done(let by, let at, let evidence):
                    mark = "✓"
                    status = "done by \(by ?? "?")" + (at.map { " \($0.prefix(10))" } ?? "") + (evidence.map { " — \($0)" } ?? "")
                case .open: mark = "○"; status = item.evidence.map { "open (evidence: \($0))" } ?? "open"
                case .passed: mark = "✓"; status = "auto: passed"
                case .failed(let why): mark = "✗"; status = "auto: failed — \(why)"
                case .notEvaluated(let why): mark = "?"; status = "auto: not evaluated — \(why)"
                }
                let retired = item.isRetired ? " (retired item: no longer in the checklist)" : ""
                table.add([mark, item.id, report.name, item.phase ?? "", item.role ?? "", item.text, status + retired])
            }
        }
        return table.render()
    }

    private static func bar(_ done: Int, _ total: Int) -> String {
        guard total > 0 else { return "-" }
        let width = 10
        let filled = done * width / total
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + " \(done * 100 / total)%"
    }
}
