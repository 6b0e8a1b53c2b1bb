package dev.mockapi.manager.transfer;

import dev.mockapi.manager.web.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a project is imported from; {@link #YAML} and {@link #OPENAPI} are exported too. */
enum TransferFormat {
  YAML,
  OPENAPI,
  WIREMOCK,
  MOCKOON;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static TransferFormat of(String text, TransferFormat... allowed) {
    for (TransferFormat format : allowed) {
      if (format.id().equals(text == null ? null : text.strip().toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new ValidationException(
        "format",
        "must be one of "
            + Arrays.stream(allowed).map(TransferFormat::id).collect(Collectors.joining(", ")));
  }
}
