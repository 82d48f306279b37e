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

    /// Creates limits.
    public init(maxInputBytes: Int = 64 << 20, maxDepth: Int = 256, maxAliasExpansion: Int = 100_000) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    /// The defaults: 64 MiB input, depth 256, 100,000 alias-expanded nodes.
    public static let `default` = YAMLLimits()
}
