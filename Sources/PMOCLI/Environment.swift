import Foundation
import PMOYAML

/// Settings read from the environment, in one place (libraries take them as parameters).
enum Environment {
    /// YAML limits, with `PMO_MAX_INPUT_BYTES`, `PMO_MAX_DEPTH`, `PMO_MAX_ALIAS_NODES` and
    /// `PMO_MAX_ALIAS_BYTES` overriding the defaults.
    static func yamlLimits(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> YAMLLimits {
        var limits = YAMLLimits.default
        if let value = environment["PMO_MAX_INPUT_BYTES"].flatMap(Int.init), value > 0 { limits.maxInputBytes = value }
        if let value = environment["PMO_MAX_DEPTH"].flatMap(Int.init), value > 0 { limits.maxDepth = value }
        if let value = environment["PMO_MAX_ALIAS_NODES"].flatMap(Int.init), value > 0 { limits.maxAliasExpansion = value }
        if let value = environment["PMO_MAX_ALIAS_BYTES"].flatMap(Int.init), value > 0 { limits.maxAliasBytes = value }
        return limits
    }
}
