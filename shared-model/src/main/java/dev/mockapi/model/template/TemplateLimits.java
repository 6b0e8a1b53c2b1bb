package dev.mockapi.model.template;

/** Bounds that keep one render cheap, whatever the template says. */
public final class TemplateLimits {

  /** Largest rendered output, in characters. */
  public static final int MAX_OUTPUT_CHARS = 1024 * 1024;

  /** Largest {@code repeat} count. */
  public static final int MAX_REPEAT = 1_000;

  /** Deepest nesting of blocks. */
  public static final int MAX_DEPTH = 16;

  private TemplateLimits() {}
}
