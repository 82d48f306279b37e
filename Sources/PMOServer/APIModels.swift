import Foundation
import PMOReport

/// A project's latest state in API answers (`receivedAt` as RFC 3339 UTC).
package struct ProjectJSON: Codable, Sendable, Hashable {
    package var id: String
    package var name: String
    package var owner: String?
    package var phase: String?
    package var templates: [String]
    package var reportId: Int64
    package var receivedAt: String
    package var generatedAt: String?
    package var summary: ReportSummary

    init(_ project: ProjectSummary) {
        id = project.id
        name = project.name
        owner = project.owner
        phase = project.phase
        templates = project.templates
        reportId = project.reportID
        receivedAt = Timestamp.rfc3339(milliseconds: project.receivedAt)
        generatedAt = project.generatedAt
        summary = project.summary
    }
}

/// `GET /api/v1/projects`.
package struct ProjectListJSON: Codable, Sendable, Hashable {
    package var projects: [ProjectJSON]
    /// Pass as `cursor` for the next page; absent on the last page.
    package var nextCursor: String?
}

/// One point of `GET /api/v1/projects/{id}/history`.
package struct HistoryPointJSON: Codable, Sendable, Hashable {
    package var reportId: Int64
    package var receivedAt: String
    package var generatedAt: String?
    package var lintErrors: Int
    package var lintWarnings: Int
    package var versionsBehind: Int
    package var checklistDone: Int
    package var checklistTotal: Int

    init(_ point: HistoryPoint) {
        reportId = point.reportID
        receivedAt = Timestamp.rfc3339(milliseconds: point.receivedAt)
        generatedAt = point.generatedAt
        lintErrors = point.lintErrors
        lintWarnings = point.lintWarnings
        versionsBehind = point.versionsBehind
        checklistDone = point.checklistDone
        checklistTotal = point.checklistTotal
    }
}

/// `GET /api/v1/projects/{id}/history`.
package struct HistoryJSON: Codable, Sendable, Hashable {
    package var projectId: String
    package var points: [HistoryPointJSON]
}

/// `GET /api/v1/templates`.
package struct TemplatesJSON: Codable, Sendable, Hashable {
    package var templates: [TemplateAdoption]
}

/// The answer to `POST /api/v1/reports`.
package struct IngestJSON: Codable, Sendable, Hashable {
    package var id: Int64
    package var projectId: String
    package var digest: String
    /// false when the same report was stored before (a retry).
    package var created: Bool
}

/// Times in API answers.
enum Timestamp {
    /// `2026-12-06T01:02:03.456Z` (UTC; no formatter object, which costs more than the rest of a row).
    static func rfc3339(milliseconds: Int64) -> String {
        var seconds = time_t(milliseconds.quotient(dividingBy: 1000))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let millis = Int(milliseconds - Int64(seconds) * 1000)
        let fraction = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return
            "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(fraction)Z"
    }
}

extension Int64 {
    /// Division rounding toward minus infinity (times before 1970 stay in their second).
    func quotient(dividingBy divisor: Int64) -> Int64 {
        let (q, r) = quotientAndRemainder(dividingBy: divisor)
        return r < 0 ? q - 1 : q
    }
}

/// The opaque `cursor` of project pages: the last id of the page, base64url.
enum ProjectCursor {
    static func encode(_ id: String) -> String {
        Data(id.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ cursor: String) -> String? {
        var text = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        guard let data = Data(base64Encoded: text), let id = String(data: data, encoding: .utf8), !id.isEmpty else { return nil }
        return id
    }
}
