package dev.mockapi.manager.transfer;

/**
 * Translates one foreign format (OpenAPI, WireMock mappings, a Mockoon environment) into a {@link
 * ProjectDocument}. A translator reads only the bytes it is given: it never follows a reference out
 * of the upload (no URL, no file), so an import cannot make the manager fetch anything.
 */
public interface DocumentTranslator {

  /**
   * Translates the upload.
   *
   * @param input the raw request body, already bounded by {@code mockapi.api.max-import-size}
   * @return the document and every part of the input that was left out, with its location
   * @throws dev.mockapi.manager.web.MalformedImportException when the input cannot be read at all
   *     (not JSON or YAML, not the format, over a limit), naming the problem and where it is
   */
  Translation translate(byte[] input);
}
