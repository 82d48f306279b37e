/// Namespace marker for drift and update (replaced as the drift engine lands).
public enum PMODriftModule {}
