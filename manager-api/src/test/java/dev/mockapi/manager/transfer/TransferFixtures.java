package dev.mockapi.manager.transfer;

import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.Translation.Untranslated;
import dev.mockapi.model.template.RequestData;
import dev.mockapi.model.template.TemplateCompiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** What the tests of the translators build uploads with and read their results by. */
public final class TransferFixtures {

  private TransferFixtures() {}

  /** A zip of the given files, in the map's order. */
  public static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The endpoint of {@code method path} in the translation. */
  public static EndpointPart endpoint(Translation translation, String method, String path) {
    return translation.document().endpoints().stream()
        .filter(e -> e.method().equals(method) && e.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no endpoint " + method + " " + path));
  }

  /** The reasons reported at {@code location}. */
  public static String reasonsAt(Translation translation, String location) {
    return translation.untranslated().stream()
        .filter(u -> u.location().equals(location))
        .map(Untranslated::reason)
        .reduce((a, b) -> a + " | " + b)
        .orElse("");
  }

  /** The endpoint's body rendered as the engine would for {@code request}. */
  public static String render(EndpointPart endpoint, RequestData request) {
    boolean json =
        TemplateCompiler.looksLikeJson(
            endpoint.response().header("Content-Type"), endpoint.response().body());
    return TemplateCompiler.compile(endpoint.response().body(), json).render(request, "en", 1L);
  }
}
