package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own answer to a request it refuses before Spring sees it (a request line or header block
 * over {@code server.max-http-request-header-size}, a malformed request line): problem JSON like
 * every other error, where Tomcat would write an HTML page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

  private final long maxHeaderBytes;

  ProblemErrorReportValve(long maxHeaderBytes) {
    this.maxHeaderBytes = maxHeaderBytes;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(problem(status));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response was committed meanwhile: nothing left to tell it.
    }
  }

  private String problem(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    boolean serverError = status >= 500;
    String detail =
        serverError
            ? "An unexpected error occurred; it has been logged"
            : "The request could not be read: its request line or headers are malformed, or"
                + " longer than "
                + maxHeaderBytes
                + " bytes together";
    return "{\"type\":\""
        + (serverError ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST).uri()
        + "\",\"title\":\""
        + (known == null ? "Error" : known.getReasonPhrase())
        + "\",\"status\":"
        + status
        + ",\"detail\":\""
        + detail
        + "\"}";
  }
}
