/// Namespace marker for the rules engine (replaced as the engine lands).
public enum PMORulesModule {}
