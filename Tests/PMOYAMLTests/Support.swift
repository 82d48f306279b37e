import Foundation
import PMOSupport
import PMOYAML
import Testing

/// PMOSupport's location, not Swift Testing's.
typealias SourceLocation = PMOSupport.SourceLocation

/// Helpers shared by the PMOYAML tests: fixture paths, loading and catching diagnostics.
enum Fixture {
    /// The absolute path of a file under `Fixtures/`.
    static func path(_ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent(name).path
    }

    /// Loads a fixture, shown in diagnostics as `Fixtures/NAME`.
    static func load(_ name: String, limits: YAMLLimits = .default) throws -> YAMLStream {
        try YAMLLoader(limits: limits).loadFile(atPath: path(name), displayPath: "Fixtures/" + name)
    }

    /// The diagnostics thrown when loading a fixture; records an issue when it loads cleanly.
    static func diagnostics(_ name: String, limits: YAMLLimits = .default) throws -> [Diagnostic] {
        let path = try path(name)
        return YAMLText.caught { try YAMLLoader(limits: limits).loadFile(atPath: path, displayPath: "Fixtures/" + name) }
    }
}

enum YAMLText {
    /// The only document of `text`.
    static func document(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Node {
        let stream = try YAMLLoader().load(text)
        #expect(stream.documents.count == 1, sourceLocation: sourceLocation)
        return try #require(stream.documents.first, sourceLocation: sourceLocation)
    }

    /// The diagnostics thrown by loading `text`.
    static func diagnostics(_ text: String, limits: YAMLLimits = .default, path: String = "t.yaml") -> [Diagnostic] {
        caught { try YAMLLoader(limits: limits).load(text, path: path) }
    }

    /// The diagnostics thrown by `body`; records an issue when it throws nothing or something else.
    static func caught(_ body: () throws -> YAMLStream, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        do {
            _ = try body()
            Issue.record("expected a DiagnosticList, the input loaded cleanly", sourceLocation: sourceLocation)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch {
            Issue.record("expected a DiagnosticList, got \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// The summaries (`file:line:col: error: message`) of the diagnostics thrown by loading `text`.
    static func summaries(_ text: String, limits: YAMLLimits = .default) -> [String] {
        diagnostics(text, limits: limits).map(\.summary)
    }
}

extension Node {
    /// `(line, column)` of the node's start, for compact expectations.
    var at: [Int] { [range.start.line, range.start.column] }

    /// The scalar value, when this node is a scalar.
    var value: ScalarValue? { scalar?.value }

    /// The values of the items of a sequence of scalars.
    var values: [ScalarValue?] { (sequence ?? []).map(\.value) }
}

extension ScalarValue {
    /// True for a float NaN, which `==` cannot compare.
    var isNaN: Bool {
        if case .float(let d) = self { return d.isNaN }
        return false
    }
}
