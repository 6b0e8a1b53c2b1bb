package dev.mockapi.manager.auth;

import dev.mockapi.manager.web.ApiException;
import dev.mockapi.manager.web.ForbiddenException;
import dev.mockapi.manager.web.ProblemResponseWriter;
import dev.mockapi.manager.web.UnauthorizedException;
import dev.mockapi.model.ProblemType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The whole security chain: stateless, bearer tokens, public auth/docs/health routes only. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, BearerTokens bearerTokens, ProblemResponseWriter problems)
      throws Exception {
    return http.csrf(csrf -> csrf.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/api/auth/**",
                        "/docs",
                        "/docs/**",
                        "/swagger-ui/**",
                        "/v3/api-docs/**",
                        "/actuator/health/**",
                        "/actuator/prometheus",
                        // The STOMP endpoint: browsers cannot set headers on the handshake, so the
                        // token travels in the CONNECT frame (relay.StompAuthorization).
                        "/ws",
                        "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) -> {
                          response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                          problems.write(
                              response,
                              new UnauthorizedException(
                                  "Sign in first: send Authorization: Bearer <accessToken>"));
                        })
                    .accessDeniedHandler(
                        (request, response, e) ->
                            problems.write(response, new ForbiddenException("Access denied"))))
        .addFilterBefore(
            new JwtAuthenticationFilter(bearerTokens, problems),
            UsernamePasswordAuthenticationFilter.class)
        .build();
  }

  /**
   * The firewall's refusal of a path ({@code ..}, {@code ;}, {@code //}, an encoded {@code %},
   * slash or NUL): a problem like every other 400, where Spring Boot's error page would answer its
   * own JSON.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ProblemResponseWriter problems) {
    return (request, response, e) ->
        problems.write(
            response,
            new ApiException(
                ProblemType.BAD_REQUEST,
                "The request path is not allowed: it holds '..', '.', '//', ';', or an encoded"
                    + " '%', '/', '\\' or NUL"));
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
