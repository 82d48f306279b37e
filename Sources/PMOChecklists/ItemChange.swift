import PMOProject

/// What `pmo checklist check` or `uncheck` recorded: the item's new state in its checklist.
package struct ItemChange: Sendable, Hashable {
    /// The checklist the item belongs to.
    package var checklist: String
    /// The item as now recorded (status, and who attested it, when and with what evidence).
    package var record: ChecklistState.Item

    /// The item's id.
    package var item: String { record.id }

    /// A change of `record` in `checklist`.
    package init(checklist: String, record: ChecklistState.Item) {
        self.checklist = checklist
        self.record = record
    }
}
