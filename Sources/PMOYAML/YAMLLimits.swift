/// Bounds that keep a hostile or broken YAML file from exhausting time or memory.
///
/// Every limit produces a ``Diagnostic`` at the position where it was hit, never a crash.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest file accepted, in bytes; larger files are refused before they are read.
    public var maxInputBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that aliases may expand to in one document (the "billion laughs" guard).
    public var maxAliasExpansion: Int
    /// Most bytes of scalar text that aliases may expand to in one document: a few aliases of one
    /// long string are few nodes but a huge value.
    public var maxAliasBytes: Int

    /// Creates limits.
    public init(maxInputBytes: Int = 64 << 20, maxDepth: Int = 256, maxAliasExpansion: Int = 100_000, maxAliasBytes: Int = 4 << 20) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxAliasBytes = maxAliasBytes
    }

    /// The defaults: 64 MiB input, depth 256, 100,000 alias-expanded nodes, 4 MiB of alias-expanded text.
    public static let `default` = YAMLLimits()
}
