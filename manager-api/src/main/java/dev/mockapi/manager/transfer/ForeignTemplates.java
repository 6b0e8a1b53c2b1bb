package dev.mockapi.manager.transfer;

import dev.mockapi.model.EndpointLimits;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.template.TemplateCompiler;
import dev.mockapi.model.template.TemplateException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a foreign Handlebars template (WireMock's response templating, Mockoon's helpers) into
 * MockAPI's template language, one tag at a time: a tag with an equivalent is replaced by it, any
 * other is kept as literal text ({@code \{{}) and named, so that nothing changes meaning silently.
 * A block whose opening tag has no equivalent keeps its {@code {{else}}} and closing tag as text too.
 */
public final class ForeignTemplates {

  /** The translation of one tag's content, such as {@code urlParam 'id'} or {@code #repeat 3}. */
  @FunctionalInterface
  public interface Helpers {

    /**
     * @param tag the content between the braces, stripped ({@code urlParam 'id'}, {@code #each x})
     * @return the MockAPI tag content ({@code request.path.id}, {@code #repeat 3}), or null
     */
    String translate(String tag);
  }

  private record Block(String kind, boolean kept) {}

  private ForeignTemplates() {}

  /** Text that renders as itself: each {@code {{} escaped. */
  public static String literal(String text) {
    return text.replace("{{", "\\{{");
  }

  /**
   * The body template if it fits an endpoint and compiles; else the reason is reported and the
   * foreign body is sent as literal text, or an empty body when that does not fit either.
   *
   * @param template the rewritten body
   * @param foreign the body as the foreign document has it, before any rewriting
   * @param headers the response headers, whose {@code Content-Type} says whether it is JSON
   */
  public static String body(
      String template,
      String foreign,
      Map<String, String> headers,
      Reports reports,
      String pointer) {
    String contentType = new ResponseSpec(200, headers, "").header("Content-Type");
    boolean json = TemplateCompiler.looksLikeJson(contentType, foreign);
    if (template.getBytes(StandardCharsets.UTF_8).length > EndpointLimits.MAX_BODY_BYTES) {
      reports.add(
          pointer,
          "the body is larger than an endpoint's ("
              + EndpointLimits.MAX_BODY_BYTES / 1024
              + " KiB): the body is empty");
      return "";
    }
    String error = compileError(template, json);
    if (error == null) {
      return template;
    }
    reports.add(pointer, "the body is not a valid template (" + error + "): it is sent as text");
    String literal = literal(foreign);
    return compileError(literal, json) == null ? literal : "";
  }

  /** Whether {@code template} can be a header value: one line, short enough, and it compiles. */
  public static boolean isHeaderValue(String template) {
    return template.length() <= EndpointLimits.MAX_HEADER_VALUE_LENGTH
        && template.indexOf('\r') < 0
        && template.indexOf('\n') < 0
        && compileError(template, false) == null;
  }

  /** Why {@code template} does not compile, or null when it does. */
  public static String compileError(String template, boolean json) {
    try {
      TemplateCompiler.compile(template, json);
      return null;
    } catch (TemplateException e) {
      return e.getMessage();
    }
  }

  /**
   * The MockAPI template of {@code source}; each foreign tag without an equivalent is kept as text
   * and reported at {@code pointer}.
   */
  public static String rewrite(String source, Helpers helpers, Reports reports, String pointer) {
    StringBuilder out = new StringBuilder(source.length());
    Set<String> untranslated = new LinkedHashSet<>();
    Deque<Block> blocks = new ArrayDeque<>();
    int pos = 0;
    while (pos < source.length()) {
      int start = source.indexOf("{{", pos);
      if (start < 0 || (start > 0 && source.charAt(start - 1) == '\\')) {
        int next = start < 0 ? source.length() : start + 2;
        out.append(source, pos, next);
        pos = next;
        continue;
      }
      boolean triple = source.startsWith("{{{", start);
      int end = source.indexOf(triple ? "}}}" : "}}", start);
      if (end < 0) {
        out.append(literal(source.substring(pos)));
        break;
      }
      out.append(source, pos, start);
      int close = end + (triple ? 3 : 2);
      String written = source.substring(start, close);
      String content = trimmed(source.substring(start + (triple ? 3 : 2), end));
      if (!content.startsWith("!")) {
        String tag = tag(content, helpers, blocks);
        out.append(tag == null ? literal(written) : "{{" + tag + "}}");
        if (tag == null && !content.startsWith("/") && !content.equals("else")) {
          untranslated.add(written);
        }
      }
      pos = close;
    }
    for (String tag : untranslated) {
      reports.add(pointer, "the template helper " + tag + " has no equivalent: sent as text");
    }
    return out.toString();
  }

  /** The MockAPI content of one tag, or null to keep it as text. */
  private static String tag(String content, Helpers helpers, Deque<Block> blocks) {
    if (content.startsWith("#")) {
      String tag = helpers.translate(content);
      String kind = tag == null ? "" : tag.substring(1).split("\\s+", 2)[0];
      blocks.push(new Block(kind, tag != null));
      return tag;
    }
    if (content.startsWith("/")) {
      Block block = blocks.poll();
      return block != null && block.kept() ? "/" + block.kind() : null;
    }
    if (content.equals("else")) {
      Block block = blocks.peek();
      return block != null && block.kept() && block.kind().equals("if") ? "else" : null;
    }
    String tag = helpers.translate(content);
    // A value the translation got wrong stays text rather than failing the whole body.
    return tag == null || compileError("{{" + tag + "}}", false) != null ? null : tag;
  }

  /** The content without Handlebars' whitespace control ({@code ~}) and surrounding blanks. */
  private static String trimmed(String content) {
    String text = content.strip();
    if (text.startsWith("~")) {
      text = text.substring(1);
    }
    if (text.endsWith("~")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.strip();
  }
}
