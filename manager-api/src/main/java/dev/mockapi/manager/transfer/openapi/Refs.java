package dev.mockapi.manager.transfer.openapi;

import dev.mockapi.manager.transfer.JsonUpload;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves the local references of a spec ({@code #/components/<section>/<name>}). Nothing else is
 * followed: a reference to a URL or a file stays unresolved, which the import reports.
 */
final class Refs {

  private static final int MAX_CHAIN = 16;

  private final Components components;

  Refs(OpenAPI openApi) {
    this.components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
  }

  Components components() {
    return components;
  }

  /**
   * Follows {@code value}'s references within one components section.
   *
   * @param ref what a value refers to, null for none
   * @return the value referred to at the end of the chain, {@code value} itself without a
   *     reference, or null when a reference does not resolve
   */
  <T> T follow(
      T value, Function<T, String> ref, Function<Components, Map<String, T>> section, String name) {
    T current = value;
    for (int i = 0; current != null && ref.apply(current) != null; i++) {
      if (i == MAX_CHAIN) {
        return null;
      }
      String target = componentName(ref.apply(current), name);
      Map<String, T> entries = section.apply(components);
      current = target == null || entries == null ? null : entries.get(target);
    }
    return current;
  }

  /** The name in {@code #/components/<section>/<name>}, unescaped, or null for another ref. */
  static String componentName(String ref, String section) {
    String prefix = "#/components/" + section + "/";
    if (ref == null || !ref.startsWith(prefix)) {
      return null;
    }
    String name = ref.substring(prefix.length());
    return name.contains("/") ? null : name.replace("~1", "/").replace("~0", "~");
  }

  static boolean isLocal(String ref) {
    return ref.startsWith("#");
  }

  /** One JSON pointer token: {@code ~} and {@code /} escaped. */
  static String token(String key) {
    return JsonUpload.token(key);
  }
}
