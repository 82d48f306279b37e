import PMOExpression
import PMOYAML

/// The bounds of one lint run: how much a rule may read and spend.
package struct ProjectLimits: Sendable, Equatable {
    /// Largest file the file functions and built-in checks read, in bytes.
    package var maxReadBytes: Int
    /// Bounds of every expression evaluation (one `when:` or `assert:`).
    package var expression: ExpressionLimits
    /// Wall-clock time a `file-matches` pattern may take on one file.
    package var regexTimeLimit: Double

    /// Creates limits; every argument defaults to the documented default.
    package init(maxReadBytes: Int = 4 << 20, expression: ExpressionLimits = .default, regexTimeLimit: Double = 0.25) {
        self.maxReadBytes = maxReadBytes
        self.expression = expression
        self.regexTimeLimit = regexTimeLimit
    }

    /// 4 MiB per file, the expression defaults, 0.25 s per pattern.
    package static let `default` = ProjectLimits()

    /// YAML limits for files read by rules: the read limit bounds the input too.
    var yaml: YAMLLimits { YAMLLimits(maxInputBytes: maxReadBytes) }
}
