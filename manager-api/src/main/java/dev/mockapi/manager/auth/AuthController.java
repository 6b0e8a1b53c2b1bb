package dev.mockapi.manager.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Auth")
@SecurityRequirements
class AuthController {

  private final AuthService auth;

  AuthController(AuthService auth) {
    this.auth = auth;
  }

  @PostMapping("/register")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an account (password of 8 to 72 characters)")
  UserResponse register(@Valid @RequestBody AuthRequests.Register request) {
    return auth.register(request);
  }

  @PostMapping("/login")
  @Operation(summary = "Sign in; 429 after repeated failures")
  TokenResponse login(
      @Valid @RequestBody AuthRequests.Login request, HttpServletRequest httpRequest) {
    return auth.login(request, httpRequest.getRemoteAddr());
  }

  @PostMapping("/refresh")
  @Operation(summary = "Exchange a refresh token for a new pair; the old one stops working")
  TokenResponse refresh(@Valid @RequestBody AuthRequests.Refresh request) {
    return auth.refresh(request);
  }

  @PostMapping("/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke a refresh token and every token rotated from the same login")
  void logout(@Valid @RequestBody AuthRequests.Refresh request) {
    auth.logout(request);
  }
}
