package dev.mockapi.manager.auth;

import dev.mockapi.manager.web.ConflictException;
import dev.mockapi.manager.web.UnauthorizedException;
import dev.mockapi.manager.web.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, login, token refresh and logout. */
@Service
class AuthService {

  private static final String BAD_CREDENTIALS = "Email or password is incorrect";
  // bcrypt reads only the first 72 bytes; longer passwords are refused rather than cut.
  private static final int MAX_PASSWORD_BYTES = 72;

  private final UserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final AccessTokens accessTokens;
  private final RefreshTokens refreshTokens;
  private final LoginThrottle throttle;
  private final Clock clock;
  // Compared against when the email is unknown, so both failures take the same time.
  private final String dummyHash;

  AuthService(
      UserRepository users,
      PasswordEncoder passwordEncoder,
      AccessTokens accessTokens,
      RefreshTokens refreshTokens,
      LoginThrottle throttle,
      Clock clock) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.throttle = throttle;
    this.clock = clock;
    this.dummyHash = passwordEncoder.encode("not-a-real-password");
  }

  @Transactional
  UserResponse register(AuthRequests.Register request) {
    String email = Emails.normalise(request.email());
    if (bytes(request.password()) > MAX_PASSWORD_BYTES) {
      throw new ValidationException("password", "must be at most 72 bytes in UTF-8");
    }
    if (users.existsByEmail(email)) {
      throw new ConflictException("An account with this email already exists");
    }
    String displayName =
        request.displayName() == null || request.displayName().isBlank()
            ? email.substring(0, email.indexOf('@'))
            : request.displayName().trim();
    User user =
        new User(email, passwordEncoder.encode(request.password()), displayName, clock.instant());
    try {
      return UserResponse.of(users.saveAndFlush(user));
    } catch (DataIntegrityViolationException raced) {
      throw new ConflictException("An account with this email already exists");
    }
  }

  @Transactional
  TokenResponse login(AuthRequests.Login request, String clientAddress) {
    String email = Emails.normalise(request.email());
    throttle.checkAllowed(email, clientAddress);
    User user = users.findByEmail(email).orElse(null);
    String hash = user == null ? dummyHash : user.getPasswordHash();
    boolean matches =
        bytes(request.password()) <= MAX_PASSWORD_BYTES
            && passwordEncoder.matches(request.password(), hash);
    if (!matches || user == null) {
      throttle.recordFailure(email, clientAddress);
      throw new UnauthorizedException(BAD_CREDENTIALS);
    }
    throttle.recordSuccess(email, clientAddress);
    return tokens(user, refreshTokens.issue(user.getId()));
  }

  @Transactional(noRollbackFor = UnauthorizedException.class)
  TokenResponse refresh(AuthRequests.Refresh request) {
    RefreshTokens.Rotated rotated = refreshTokens.rotate(request.refreshToken());
    User user =
        users
            .findById(rotated.userId())
            .orElseThrow(() -> new UnauthorizedException("The account no longer exists"));
    return tokens(user, rotated.refreshToken());
  }

  @Transactional
  void logout(AuthRequests.Refresh request) {
    refreshTokens.revokeFamily(request.refreshToken());
  }

  private static int bytes(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length;
  }

  private TokenResponse tokens(User user, String refreshToken) {
    return new TokenResponse(
        accessTokens.issue(user), refreshToken, "Bearer", accessTokens.lifetimeSeconds());
  }
}
