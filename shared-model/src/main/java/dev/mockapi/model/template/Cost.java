package dev.mockapi.model.template;

/**
 * The most one compiled node can spend in a render, whatever the request, the state and the random
 * draws: every repeat at its largest count, every {@code #if} on its costlier branch. Values count
 * no characters here (their size is known only at render time), so a template refused for its
 * characters would pass them on every render that draws the largest counts.
 *
 * @param steps render steps ({@link TemplateLimits#MAX_STEPS})
 * @param fakerCalls Faker calls ({@link TemplateLimits#MAX_FAKER_CALLS})
 * @param chars characters of the template's own text and separators ({@link
 *     TemplateLimits#MAX_OUTPUT_CHARS})
 */
record Cost(long steps, long fakerCalls, long chars) {

  static final Cost NONE = new Cost(0, 0, 0);

  Cost plus(Cost other) {
    return new Cost(
        saturated(steps + other.steps),
        saturated(fakerCalls + other.fakerCalls),
        saturated(chars + other.chars));
  }

  /** The larger of two alternatives, measure by measure. */
  Cost orWorse(Cost other) {
    return new Cost(
        Math.max(steps, other.steps),
        Math.max(fakerCalls, other.fakerCalls),
        Math.max(chars, other.chars));
  }

  Cost times(int count) {
    return new Cost(times(steps, count), times(fakerCalls, count), times(chars, count));
  }

  /** The first limit this cost passes, as the end of a sentence, or null within all of them. */
  String excess() {
    if (steps > TemplateLimits.MAX_STEPS) {
      return "can take up to "
          + steps
          + " render steps (each block, loop iteration, text and value is one; nested repeat"
          + " counts multiply), and a response may take "
          + TemplateLimits.MAX_STEPS;
    }
    if (fakerCalls > TemplateLimits.MAX_FAKER_CALLS) {
      return "can call Faker up to "
          + fakerCalls
          + " times, and a response may call it "
          + TemplateLimits.MAX_FAKER_CALLS
          + " times";
    }
    if (chars > TemplateLimits.MAX_OUTPUT_CHARS) {
      return "can write up to "
          + chars
          + " characters of its own text, and a response may be "
          + TemplateLimits.MAX_OUTPUT_CHARS
          + " characters long";
    }
    return null;
  }

  // Nested counts multiply fast (1000^16); a saturated sum stays "too much" instead of wrapping.
  private static long saturated(long sum) {
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long times(long value, int count) {
    return count != 0 && value > Long.MAX_VALUE / count ? Long.MAX_VALUE : value * count;
  }
}
