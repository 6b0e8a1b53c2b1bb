package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;

/**
 * 400: an import document that cannot be read. The problem says what is wrong and where: {@code
 * location} is a line and column ({@code line 12, column 5}), a JSON pointer, or a file of an
 * upload with either.
 */
public class MalformedImportException extends ApiException {

  public MalformedImportException(String location, String detail) {
    super(ProblemType.MALFORMED_IMPORT, detail);
    getBody().setProperty("location", location);
  }
}
