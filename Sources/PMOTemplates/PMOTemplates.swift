/// Namespace marker for templates (replaced as the template engine lands).
public enum PMOTemplatesModule {}
