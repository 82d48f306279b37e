import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The built `pmo-server` run as a child process on a free port, as `pmo serve` runs it.
final class ServerProcess: @unchecked Sendable {
    let process: Process
    let port: Int
    private let errors: Pipe
    private let log = LogBuffer()

    /// The products folder this test bundle was built into, where `pmo-server` is too.
    static var executable: URL {
        if let override = ProcessInfo.processInfo.environment["PMO_SERVER_EXECUTABLE"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        // On Linux the test bundle is an executable in the products folder, beside pmo-server.
        let besideTests = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("pmo-server")
        if let besideTests, FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.appendingPathComponent(".build/debug/pmo-server")
    }

    /// Starts `pmo-server --database URL --port 0 ARGS` and waits for its `listening on` line.
    init(database: String, arguments: [String] = []) throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["--database", database, "--port", "0"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
        self.errors = errors
        let log = self.log
        errors.fileHandleForReading.readabilityHandler = { handle in log.append(handle.availableData) }
        // The first line on stdout is `pmo-server listening on http://127.0.0.1:PORT (store: …)`.
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #":(\d+) "#, options: .regularExpression),
            let port = Int(text[range].dropFirst().dropLast())
        else {
            process.waitUntilExit()
            throw MissingInput(description: "pmo-server did not start (exit \(process.terminationStatus)): \(text)\n\(log.text)")
        }
        self.port = port
    }

    /// What the server logged on stderr so far.
    var stderr: String { log.text }

    /// Sends `signal` and waits for the process to end; returns its termination status.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) -> Int32 {
        if process.isRunning { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        errors.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    private final class LogBuffer: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        func append(_ chunk: Data) { lock.lock(); data.append(chunk); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
    }
}

/// A small HTTP client for the tests (URLSession over loopback).
struct HTTPClient: Sendable {
    struct Reply: Sendable, CustomStringConvertible {
        var status: Int
        var body: Data
        var headers: [String: String]

        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
        var description: String { "HTTP \(status): \(text.prefix(500))" }
    }

    let base: String
    let session: URLSession

    init(port: Int) {
        base = "http://127.0.0.1:\(port)"
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        session = URLSession(configuration: configuration)
    }

    func get(_ path: String, token: String? = nil) async throws -> Reply {
        try await send("GET", path, token: token, body: nil)
    }

    func post(_ path: String, token: String?, body: Data) async throws -> Reply {
        try await send("POST", path, token: token, body: body)
    }

    func send(_ method: String, _ path: String, token: String?, body: Data?, headers: [String: String] = [:]) async throws -> Reply {
        guard let url = URL(string: base + path) else { throw MissingInput(description: "bad path \(path)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        if let token { request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await session.data(for: request)
        let http = response as? HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http?.allHeaderFields ?? [:] {
            if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
        }
        return Reply(status: http?.statusCode ?? 0, body: data, headers: fields)
    }
}
