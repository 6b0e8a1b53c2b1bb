package dev.mockapi.manager.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Counts UTF-8 bytes without encoding the text, and stops once past the limit. */
public class Utf8SizeValidator implements ConstraintValidator<Utf8Size, CharSequence> {

  private int max;

  @Override
  public void initialize(Utf8Size constraint) {
    this.max = constraint.max();
  }

  @Override
  public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
    if (text == null) {
      return true;
    }
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= max; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        // A lone surrogate counts 3, more than the one '?' Java writes for it: never too few.
        bytes += 3;
      }
    }
    return bytes <= max;
  }
}
