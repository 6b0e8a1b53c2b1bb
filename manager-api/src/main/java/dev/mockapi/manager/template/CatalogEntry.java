package dev.mockapi.manager.template;

import java.util.List;

/**
 * One Faker function for editors and autocompletion.
 *
 * @param name the function name
 * @param usage a ready-to-paste placeholder
 * @param signature the parameters with their defaults
 * @param description what it produces
 * @param arguments each parameter
 * @param example an output of {@code usage}
 */
record CatalogEntry(
    String name,
    String usage,
    String signature,
    String description,
    List<Argument> arguments,
    String example) {

  record Argument(String name, String type, Object defaultValue, boolean repeated) {}
}
