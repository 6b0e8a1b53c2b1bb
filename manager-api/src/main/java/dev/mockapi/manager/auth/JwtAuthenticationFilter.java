package dev.mockapi.manager.auth;

import dev.mockapi.manager.web.ProblemResponseWriter;
import dev.mockapi.manager.web.UnauthorizedException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request carrying {@code Authorization: Bearer <token>}. A present but invalid
 * token is answered 401 at once, even on public routes, so a client learns its token is bad.
 */
class JwtAuthenticationFilter extends OncePerRequestFilter {

  private final BearerTokens bearerTokens;
  private final ProblemResponseWriter problems;

  JwtAuthenticationFilter(BearerTokens bearerTokens, ProblemResponseWriter problems) {
    this.bearerTokens = bearerTokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (!BearerTokens.isBearer(header)) {
      chain.doFilter(request, response);
      return;
    }
    AuthenticatedUser user;
    try {
      user = bearerTokens.verify(header).user();
    } catch (BearerTokens.InvalidAccessTokenException e) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
      problems.write(
          response, new UnauthorizedException("The access token is invalid or has expired"));
      return;
    }
    var authentication = new UsernamePasswordAuthenticationToken(user, null, List.of());
    SecurityContextHolder.getContext().setAuthentication(authentication);
    chain.doFilter(request, response);
  }
}
