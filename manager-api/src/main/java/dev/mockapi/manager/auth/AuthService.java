package dev.mockapi.manager.auth;

import dev.mockapi.manager.web.ConflictException;
import dev.mockapi.manager.web.UnauthorizedException;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, login, token refresh and logout. */
@Service
class AuthService {

  private static final String BAD_CREDENTIALS = "Email or password is incorrect";
  private static final int ROTATION_ATTEMPTS = 5;

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

  /**
   * Not one transaction: the throttle answers before any database work, and bcrypt runs without
   * holding a connection. The request was validated (lengths, 72 bytes of password) before this.
   */
  TokenResponse login(AuthRequests.Login request, String clientAddress) {
    String email = Emails.normalise(request.email());
    LoginThrottle.Attempt attempt = throttle.begin(email, clientAddress);
    User user = users.findByEmail(email).orElse(null);
    String hash = user == null ? dummyHash : user.getPasswordHash();
    if (!passwordEncoder.matches(request.password(), hash) || user == null) {
      throw new UnauthorizedException(BAD_CREDENTIALS);
    }
    throttle.succeeded(attempt);
    return tokens(user, refreshTokens.issue(user.getId()));
  }

  // Not one transaction: each rotation attempt is its own (RefreshTokens.rotate), so a deadlock
  // between concurrent rotations of one family (InnoDB locks the index gap the new token goes into)
  // can be retried from the start, as the database asks.
  TokenResponse refresh(AuthRequests.Refresh request) {
    RefreshTokens.Rotated rotated = rotateRetryingDeadlocks(request.refreshToken());
    User user =
        users
            .findById(rotated.userId())
            .orElseThrow(() -> new UnauthorizedException("The account no longer exists"));
    return tokens(user, rotated.refreshToken());
  }

  private RefreshTokens.Rotated rotateRetryingDeadlocks(String refreshToken) {
    for (int attempt = 1; ; attempt++) {
      try {
        return refreshTokens.rotate(refreshToken);
      } catch (PessimisticLockingFailureException deadlock) {
        if (attempt == ROTATION_ATTEMPTS) {
          throw new ConflictException("Too many refreshes of this session at once; try again");
        }
      }
    }
  }

  @Transactional
  void logout(AuthRequests.Refresh request) {
    refreshTokens.revokeFamily(request.refreshToken());
  }

  private TokenResponse tokens(User user, String refreshToken) {
    return new TokenResponse(
        accessTokens.issue(user), refreshToken, "Bearer", accessTokens.lifetimeSeconds());
  }
}
