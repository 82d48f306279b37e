import Foundation
import PMOChecklists
import PMOSupport
import Testing

/// Bad checklist files and locks are reported at their positions, and a project without checklists is told apart.
@Suite struct ChecklistInputTests {
    @Test func aBadStatusIsReportedAtItsPosition() throws {
        let fixture = try ChecklistFixture()
        try fixture.writeProjectFile(
            ".pmo/checklists/kickoff.yaml", "checklist: kickoff\nversion: 1.0.0\nitems:\n  KO-01: {status: finished}\n")
        let error = try #require(openError(fixture))
        #expect(
            error.diagnostics.map(\.summary) == ["proj/.pmo/checklists/kickoff.yaml:4:19: error: status 'finished' is not open or done"])
        #expect(!error.isMissing)
    }

    @Test func aMissingFieldAndAnUnknownOneAreReportedAtTheMapping() throws {
        let fixture = try ChecklistFixture()
        try fixture.writeProjectFile(".pmo/checklists/kickoff.yaml", "checklist: kickoff\nitems: {}\nowner: x\n")
        let error = try #require(openError(fixture))
        #expect(
            error.diagnostics.map(\.summary) == [
                "proj/.pmo/checklists/kickoff.yaml:3:1: warning: unknown field 'owner' in the checklist file",
                "proj/.pmo/checklists/kickoff.yaml:1:1: error: missing required field 'version' in the checklist file",
            ])
    }

    @Test func aBrokenLockIsRefusedAtItsPosition() throws {
        let fixture = try ChecklistFixture()
        try fixture.writeProjectFile(".pmo/lock.yaml", "lockVersion: 99\n")
        let error = try #require(openError(fixture))
        guard case .badLock = error else {
            Issue.record("expected the lock to be refused, got \(error)")
            return
        }
        #expect(error.diagnostics.first?.summary == "proj/.pmo/lock.yaml:1:14: error: lockVersion 99 is not supported (this pmo reads 1)")
    }

    @Test func aProjectWithoutChecklistsIsMissingNotBroken() throws {
        let fixture = try ChecklistFixture()
        try FileManager.default.removeItem(atPath: fixture.projectRoot + "/.pmo/checklists")
        let error = try #require(openError(fixture))
        #expect(error.isMissing)
    }

    /// The error opening the fixture's checklists throws, or nil.
    private func openError(_ fixture: ChecklistFixture) -> ChecklistOpenError? {
        do {
            _ = try fixture.checklists()
            return nil
        } catch {
            return error
        }
    }
}
