import Foundation
import PMOCatalog
import PMOProject
import PMOSupport
import PMOYAML

/// The living checklists of one project: reads `.pmo/checklists/*.yaml`, reports them, ticks and unticks items.
package struct ProjectChecklists: Sendable {
    /// The project folder.
    package let projectRoot: String
    /// The states, sorted by checklist name.
    package private(set) var states: [ChecklistState]

    /// Reads every checklist of the project at `projectRoot` (`displayRoot` names it in messages).
    package init(projectRoot: String, displayRoot: String? = nil) throws(DiagnosticList) {
        self.projectRoot = projectRoot
        let folder = projectRoot + "/.pmo/checklists"
        let shownRoot = displayRoot ?? projectRoot
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw DiagnosticList([
                Diagnostic(.error, ChecklistError.noChecklists(project: shownRoot).description, file: shownRoot, range: nil)
            ])
        }
        var states: [ChecklistState] = []
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
            let shown = (shownRoot == "." ? "" : shownRoot + "/") + ".pmo/checklists/" + name
            do throws(DiagnosticList) {
                states.append(try ChecklistState.load(atPath: ".pmo/checklists/" + name, displayPath: shown, projectRoot: projectRoot))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        self.states = states
    }

    /// The live report of every checklist: manual items from the files, `verify:` items evaluated now.
    package func reports(catalog: Catalog?, verifier: ChecklistVerifier) -> [ChecklistReport] {
        states.map { state in
            let document = catalog?.document(DocumentKey(kind: .checklist, name: state.name))
            let spec = document?.checklist
            var items: [ChecklistReport.Item] = []
            var carried: Set<String> = []
            for specItem in spec?.items ?? [] {
                // A renamed item keeps the attestation recorded under an id it had before (`formerly:`).
                var record = state.items.first { $0.id == specItem.id.value }
                if record == nil, let old = state.items.first(where: { item in specItem.formerly.contains { $0.value == item.id } }) {
                    record = old
                    carried.insert(old.id)
                }
                let status: ChecklistReport.ItemStatus
                if let verify = specItem.verify {
                    switch verifier.evaluate(verify) {
                    case .passed: status = .passed
                    case .failed(let why): status = .failed(why)
                    case .notEvaluated(let why): status = .notEvaluated(why)
                    }
                } else if let record, record.status == .done {
                    status = .done(by: record.by, at: record.at, evidence: record.evidence)
                } else {
                    status = .open
                }
                items.append(
                    ChecklistReport.Item(
                        id: specItem.id.value, text: specItem.text, phase: specItem.phase?.value, role: specItem.role?.value,
                        evidence: specItem.evidence, isVerified: specItem.verify != nil, status: status))
            }
            // Items recorded in the project but gone from the catalog's checklist (renamed or removed): their history
            // stays visible, marked retired; without the checklist in a catalog they are simply the recorded items.
            for record in state.items where !carried.contains(record.id) && !items.contains(where: { $0.id == record.id }) {
                let status: ChecklistReport.ItemStatus =
                    record.status == .done ? .done(by: record.by, at: record.at, evidence: record.evidence) : .open
                items.append(
                    ChecklistReport.Item(
                        id: record.id, text: "", phase: nil, role: nil, evidence: nil, isVerified: false, status: status,
                        isRetired: spec != nil))
            }
            let catalogVersion = document.map { $0.metadata.version.description }
            return ChecklistReport(
                name: state.name, title: document?.metadata.title ?? state.name, version: state.version,
                catalogVersion: catalogVersion == state.version ? nil : catalogVersion, items: items, retired: state.retired)
        }
    }

    /// Attests manual item `id` (in `checklist`, or the one checklist that has it) and saves the file; returns what changed.
    @discardableResult
    package mutating func check(
        _ id: String, by person: String, evidence: String?, checklist: String? = nil,
        catalog: Catalog?, now: Date = Date()
    ) throws(ChecklistError) -> ItemChange {
        let (index, itemIndex) = try locate(id, checklist: checklist, catalog: catalog)
        let name = states[index].name
        let specItem = catalog?.document(DocumentKey(kind: .checklist, name: name))?.checklist?.items.first { $0.id.value == id }
        if specItem?.verify != nil { throw .verifiedItem(id, checklist: "checklist/\(name)") }
        let givenEvidence = evidence.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        if let required = specItem?.evidence, givenEvidence == nil { throw .evidenceRequired(id, what: required) }
        let record = ChecklistState.Item(id: id, status: .done, by: person, at: Self.timestamp(now), evidence: givenEvidence)
        if let itemIndex { states[index].items[itemIndex] = record } else { states[index].items.append(record) }
        try save(states[index])
        return ItemChange(checklist: name, record: record)
    }

    /// Re-opens manual item `id` and saves the file; returns what changed.
    @discardableResult
    package mutating func uncheck(_ id: String, checklist: String? = nil, catalog: Catalog?) throws(ChecklistError) -> ItemChange {
        let (index, itemIndex) = try locate(id, checklist: checklist, catalog: catalog)
        let name = states[index].name
        if catalog?.document(DocumentKey(kind: .checklist, name: name))?.checklist?.items.first(where: { $0.id.value == id })?.verify != nil
        {
            throw .verifiedItem(id, checklist: "checklist/\(name)")
        }
        let record = ChecklistState.Item(id: id)
        if let itemIndex { states[index].items[itemIndex] = record } else { states[index].items.append(record) }
        try save(states[index])
        return ItemChange(checklist: name, record: record)
    }

    /// The checklist and item index of `id`; the item may be known only to the catalog (a newer checklist version).
    private func locate(_ id: String, checklist: String?, catalog: Catalog?) throws(ChecklistError) -> (Int, Int?) {
        // A retired checklist is kept as it was: its items are neither ticked nor re-opened.
        var candidates = states.indices.filter { states[$0].retired == nil }
        if let checklist {
            guard let index = states.firstIndex(where: { $0.name == checklist }) else {
                throw .unknownChecklist(checklist, suggestion: Suggestion.closest(to: checklist, in: states.map(\.name)))
            }
            if let retired = states[index].retired { throw .retiredChecklist(checklist, by: retired) }
            candidates = [index]
        }
        func ids(_ index: Int) -> [String] {
            let recorded = states[index].items.map(\.id)
            let declared =
                catalog?.document(DocumentKey(kind: .checklist, name: states[index].name))?.checklist?.items.map(\.id.value) ?? []
            return recorded + declared.filter { !recorded.contains($0) }
        }
        let matches = candidates.filter { ids($0).contains(id) }
        if matches.isEmpty, checklist == nil, let retired = states.first(where: { $0.retired != nil && $0.items.contains { $0.id == id } })
        {
            throw .retiredChecklist(retired.name, by: retired.retired ?? "")
        }
        guard let first = matches.first else {
            throw .unknownItem(id, suggestion: Suggestion.closest(to: id, in: candidates.flatMap(ids)))
        }
        if matches.count > 1 { throw .ambiguousItem(id, checklists: matches.map { states[$0].name }) }
        return (first, states[first].items.firstIndex { $0.id == id })
    }

    /// Writes one checklist file atomically (temporary file, then rename).
    private func save(_ state: ChecklistState) throws(ChecklistError) {
        let path = projectRoot + "/" + ChecklistState.path(state.name)
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        if let reason = StagedFile.write(Array(state.yaml().utf8), to: temporary, mode: 0o666, exactMode: false, flush: false) {
            throw .io(path: path, reason: "cannot create \(temporary): \(reason)")
        }
        if rename(temporary, path) != 0 {
            let reason = SystemError.message(errno)
            unlink(temporary)
            throw .io(path: path, reason: reason)
        }
    }

    /// `2026-04-01T09:30:00Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
