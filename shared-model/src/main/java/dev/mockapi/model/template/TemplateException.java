package dev.mockapi.model.template;

/** A template that does not compile, with the 1-based line and column of the problem. */
public final class TemplateException extends IllegalArgumentException {

  private final String reason;
  private final int line;
  private final int column;

  TemplateException(String reason, int line, int column) {
    super("line " + line + ", column " + column + ": " + reason);
    this.reason = reason;
    this.line = line;
    this.column = column;
  }

  public String reason() {
    return reason;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
