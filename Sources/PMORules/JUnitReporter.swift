import PMOSupport

/// JUnit XML for CI dashboards: a test suite per rule set, a test case per rule, a `<failure>` per finding.
package struct JUnitReporter: Sendable {
    package var options: ReportOptions

    /// Creates a reporter.
    package init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// The XML document.
    package func render(_ result: LintResult) -> String {
        let descriptors = RuleDescriptor.all(result)
        var byRule: [String: [Finding]] = [:]
        for finding in result.findings { byRule[finding.qualifiedRuleID, default: []].append(finding) }
        var suites: [(name: String, cases: [RuleDescriptor])] = []
        for descriptor in descriptors {
            let set = String(descriptor.id.prefix { $0 != "/" })
            if set == ToolRule.ruleSet && byRule[descriptor.id] == nil { continue }
            if let last = suites.last, last.name == set {
                suites[suites.count - 1].cases.append(descriptor)
            } else {
                suites.append((set, [descriptor]))
            }
        }
        let totalFailures = suites.flatMap(\.cases).filter { byRule[$0.id] != nil }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"pmo lint\" tests=\"\(suites.flatMap(\.cases).count)\" failures=\"\(totalFailures)\">\n"
        for suite in suites {
            let failures = suite.cases.filter { byRule[$0.id] != nil }.count
            out += "  <testsuite name=\"\(XML.escape(suite.name))\" tests=\"\(suite.cases.count)\" failures=\"\(failures)\" errors=\"0\">\n"
            for descriptor in suite.cases {
                let name = String(descriptor.id.drop { $0 != "/" }.dropFirst())
                let findings = byRule[descriptor.id] ?? []
                out += "    <testcase classname=\"\(XML.escape(suite.name))\" name=\"\(XML.escape(name))\""
                if findings.isEmpty { out += "/>\n"; continue }
                out += ">\n"
                for finding in findings {
                    let location = options.display(finding.file) + (finding.range.map { ":\($0.start.line):\($0.start.column)" } ?? "")
                    let body = "\(location): \(finding.message)" + (finding.help.map { "\nhelp: \($0)" } ?? "")
                    out +=
                        "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(XML.escape(finding.message))\">\(XML.escape(body))</failure>\n"
                }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }
}
