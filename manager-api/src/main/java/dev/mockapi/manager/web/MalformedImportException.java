package dev.mockapi.manager.web;

import org.springframework.http.HttpStatus;

/**
 * 400: an import document that cannot be read. The problem says what is wrong and where: {@code
 * location} is a line and column ({@code line 12, column 5}), a JSON pointer, or a file of an
 * upload with either.
 */
public class MalformedImportException extends ApiException {

  public MalformedImportException(String location, String detail) {
    super(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_IMPORT, detail);
    getBody().setTitle("Malformed import");
    getBody().setProperty("location", location);
  }
}
