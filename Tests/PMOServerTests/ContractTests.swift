import Foundation
import Testing

/// The running server against docs/openapi.yaml, by schemathesis (PyPI; `make test-deps` installs it):
/// generated requests for every operation, no 5xx, every answer as the spec says. Bounded by
/// `PMO_SCHEMATHESIS_EXAMPLES` examples per operation (default 25). Without schemathesis the test fails.
@Suite("pmo-server against docs/openapi.yaml")
struct ContractTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func theServerFollowsItsOpenAPIDocument() async throws {
        let examples = ProcessInfo.processInfo.environment["PMO_SCHEMATHESIS_EXAMPLES"] ?? "25"
        try await ServerAPITests.withServer(.sqlite) { fixture in
            // Something to read: a report of alpha.
            let posted = try await fixture.client.post(
                "/api/v1/reports", token: fixture.alpha,
                body: SampleReports.body(SampleReports.make(project: "alpha", behind: 1, lintErrors: 2)))
            #expect(posted.status == 201, "\(posted)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "schemathesis", "run", Self.repository + "/docs/openapi.yaml",
                "--url", "http://127.0.0.1:\(fixture.server.port)",
                "-H", "Authorization: Bearer \(fixture.reader)",
                "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
                "--mode", "all", "--max-examples", examples, "--seed", "1",
                "--generation-database", "none", "--no-color", "--suppress-health-check", "all",
            ]
            // schemathesis leaves a .schemathesis folder in its working directory: a temporary one.
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-schemathesis-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            process.currentDirectoryURL = scratch
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            do {
                try process.run()
            } catch {
                Issue.record("schemathesis is needed (pip install schemathesis, or make test-deps): \(error)")
                return
            }
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "schemathesis found problems:\n\(text.suffix(6000))")
            #expect(!fixture.server.stderr.contains(" 500 "), "a 5xx in the server log:\n\(fixture.server.stderr.suffix(3000))")
        }
    }
}
