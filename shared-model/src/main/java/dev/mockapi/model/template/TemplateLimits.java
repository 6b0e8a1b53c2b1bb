package dev.mockapi.model.template;

/**
 * Bounds that keep one response cheap, whatever its templates say. The compiler refuses a template
 * whose worst case passes one of them (naming the line and column), and a render counts what it
 * spends against a {@link RenderBudget}, so a value of the request or of the state cannot pass them
 * either.
 */
public final class TemplateLimits {

  /**
   * Most characters one response may render: its body and header values together, every character
   * counted (the commas between repeated items too), plus the characters of Faker values an {@code
   * #if} tests.
   */
  public static final int MAX_OUTPUT_CHARS = 1024 * 1024;

  /**
   * Most steps one response may take: each block, loop iteration, piece of text and value is one.
   * It bounds a loop that writes nothing, such as nested repeats of an empty body.
   */
  public static final int MAX_STEPS = 100_000;

  /** Most Faker calls one response may make: they are the slow part of a render (1 to 20 µs). */
  public static final int MAX_FAKER_CALLS = 20_000;

  /** Largest {@code repeat} count. */
  public static final int MAX_REPEAT = 1_000;

  /** Deepest nesting of blocks. */
  public static final int MAX_DEPTH = 16;

  /** Most properties and indexes one {@code request.body} or {@code state} path reads. */
  public static final int MAX_PATH_STEPS = 32;

  /** Largest {@code max_nb_chars} of {@code Faker.text}. */
  public static final int MAX_FAKER_TEXT_CHARS = 10_000;

  /** Largest {@code nb} of {@code Faker.words}. */
  public static final int MAX_FAKER_WORDS = 100;

  /**
   * Longest format a call takes: date patterns ({@code now 'yyyy'}, {@code Faker.date}) and the
   * texts of {@code Faker.numerify} and {@code Faker.bothify}.
   */
  public static final int MAX_FORMAT_CHARS = 256;

  private TemplateLimits() {}
}
