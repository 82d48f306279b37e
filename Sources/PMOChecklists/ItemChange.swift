import PMOProject

/// What `pmo checklist check` or `uncheck` recorded: the item's new state in its checklist.
public struct ItemChange: Sendable, Hashable {
    /// The checklist the item belongs to.
    public var checklist: String
    /// The item as now recorded (status, and who attested it, when and with what evidence).
    public var record: ChecklistState.Item

    /// The item's id.
    public var item: String { record.id }

    /// A change of `record` in `checklist`.
    public init(checklist: String, record: ChecklistState.Item) {
        self.checklist = checklist
        self.record = record
    }
}
