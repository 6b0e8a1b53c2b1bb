package dev.mockapi.manager.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size before anything reads them into memory: a
 * declared Content-Length over the limit is answered 413 at once, and a chunked body stops being
 * read at the limit (the translator turns that into the same 413). An import ({@code POST
 * /api/projects/{id}/import}) has a limit of its own, {@code mockapi.api.max-import-size}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private static final Pattern IMPORT = Pattern.compile("/api/projects/[^/]+/import/?");

  private final long limit;
  private final long importLimit;
  private final ProblemResponseWriter problems;

  RequestSizeLimitFilter(ApiProperties properties, ProblemResponseWriter problems) {
    this.limit = properties.maxRequestSize().toBytes();
    this.importLimit = properties.maxImportSize().toBytes();
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit =
        "POST".equals(request.getMethod()) && IMPORT.matcher(request.getRequestURI()).matches()
            ? importLimit
            : this.limit;
    if (request.getContentLengthLong() > limit) {
      problems.write(response, new PayloadTooLargeException(limit));
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  /** Thrown while reading past the limit; the cause the translator looks for. */
  static final class BodyTooLarge extends IOException {
    private final long limit;

    BodyTooLarge(long limit) {
      super("request body over the limit of " + limit + " bytes");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLarge {
      read += n;
      if (read > limit) {
        throw new BodyTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
