package dev.mockapi.manager.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** URL slugs: lower-case letters, digits and single dashes. */
public final class Slugs {

  /** A valid slug of 3 to 40 characters that starts and ends with a letter or digit. */
  public static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]");

  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 40;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  /**
   * A slug derived from a display name ("Café Orders!" becomes {@code cafe-orders}), padded to the
   * minimum length and cut to the maximum; never empty.
   */
  public static String derive(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String slug = NON_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = trimDashes(slug);
    if (slug.length() > MAX_LENGTH) {
      slug = trimDashes(slug.substring(0, MAX_LENGTH));
    }
    if (slug.isEmpty()) {
      slug = "project";
    }
    while (slug.length() < MIN_LENGTH) {
      slug = slug + "-0";
    }
    return slug;
  }

  /**
   * The slug derived from {@code name}, or the first of {@code name-2}, {@code name-3}, … that
   * {@code taken} does not claim.
   */
  public static String unique(String name, Predicate<String> taken) {
    String base = derive(name);
    String slug = base;
    for (int n = 2; taken.test(slug); n++) {
      slug = withSuffix(base, n);
    }
    return slug;
  }

  /** {@code base} with {@code -n} appended, cut so the whole stays within the maximum length. */
  public static String withSuffix(String base, int n) {
    String suffix = "-" + n;
    String head =
        base.length() + suffix.length() > MAX_LENGTH
            ? trimDashes(base.substring(0, MAX_LENGTH - suffix.length()))
            : base;
    return head + suffix;
  }

  private static String trimDashes(String slug) {
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return slug.substring(start, end);
  }
}
