/// Namespace marker for publishing (replaced as the site generator lands).
public enum PMOPublishModule {}
