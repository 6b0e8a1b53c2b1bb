package dev.mockapi.manager.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Handlebars helper call as written in a foreign template: {@code randomValue length=8
 * type='ALPHANUMERIC'} is the name {@code randomValue}, no arguments and two hash arguments. Quotes
 * are removed from quoted values; a sub-expression ({@code (...)}) is not parsed.
 *
 * @param name the helper, or the path for a plain value ({@code request.path.id})
 * @param args the positional arguments, unquoted
 * @param hash the {@code key=value} arguments, unquoted
 */
public record HelperCall(String name, List<String> args, Map<String, String> hash) {

  /** The call written in {@code tag}, or null when it holds a sub-expression or an open quote. */
  public static HelperCall parse(String tag) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (char c : tag.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == ')') {
        return null;
      } else if (Character.isWhitespace(c)) {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (quote != 0 || (word.isEmpty() && words.isEmpty())) {
      return null;
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    List<String> args = new ArrayList<>();
    Map<String, String> hash = new LinkedHashMap<>();
    for (String w : words.subList(1, words.size())) {
      int equals = w.indexOf('=');
      if (equals > 0) {
        hash.put(w.substring(0, equals), w.substring(equals + 1));
      } else {
        args.add(w);
      }
    }
    return new HelperCall(words.getFirst(), List.copyOf(args), Map.copyOf(hash));
  }

  /** Whether the call is {@code name} with {@code count} arguments and no hash. */
  public boolean is(String helper, int count) {
    return name.equals(helper) && args.size() == count && hash.isEmpty();
  }
}
