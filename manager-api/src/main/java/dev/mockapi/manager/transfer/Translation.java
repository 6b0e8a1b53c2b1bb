package dev.mockapi.manager.transfer;

import java.util.List;

/**
 * What a translator made of a foreign document (OpenAPI, WireMock, Mockoon): the document to import
 * and every part of the input it could not translate. Nothing is dropped silently: what is not in
 * {@code document} is in {@code untranslated}.
 */
public record Translation(ProjectDocument document, List<Untranslated> untranslated) {

  public Translation {
    untranslated = untranslated == null ? List.of() : List.copyOf(untranslated);
  }

  /**
   * A part of the input left out, or translated only in part.
   *
   * @param location where it is: a JSON pointer ({@code /paths/~1users/get}), or a file name and
   *     pointer for an upload of several files ({@code mappings/users.json#/response/fault})
   * @param reason what could not be translated, for a person to read
   */
  public record Untranslated(String location, String reason) {}
}
