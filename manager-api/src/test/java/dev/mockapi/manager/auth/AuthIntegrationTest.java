package dev.mockapi.manager.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.manager.support.Api;
import dev.mockapi.model.Sha256;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AuthIntegrationTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void registerNormalisesEmailAndDefaultsDisplayName() {
    String email = email("Mixed.Case");
    var response =
        api.post(
            "/api/auth/register",
            null,
            Map.of("email", "  " + email.toUpperCase() + " ", "password", "password-123"));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.text("email")).isEqualTo(email.toLowerCase());
    assertThat(response.text("displayName")).isEqualTo(email.toLowerCase().split("@")[0]);
    assertThat(response.body().has("password")).isFalse();
  }

  @Test
  void registerWhenEmailTakenThen409() {
    Account ann = signUp("ann");

    var again =
        api.post(
            "/api/auth/register",
            null,
            Map.of("email", ann.email().toUpperCase(), "password", "another-password"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void registerRejectsShortPasswordAndBadEmailPerField() {
    var response =
        api.post("/api/auth/register", null, Map.of("email", "not-an-email", "password", "short"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("email", "password");
  }

  @Test
  void registerRejectsPasswordLongerThanBcryptReads() {
    var response =
        api.post(
            "/api/auth/register", null, Map.of("email", email("long"), "password", "é".repeat(40)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("detail")).contains("72 bytes");
  }

  @Test
  void wrongEmailAndWrongPasswordGiveTheSame401() {
    Account ann = signUp("ann");

    var wrongPassword =
        api.post("/api/auth/login", null, Map.of("email", ann.email(), "password", "wrong-pass"));
    var wrongEmail =
        api.post(
            "/api/auth/login", null, Map.of("email", email("nobody"), "password", "password-123"));

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongEmail.status()).isEqualTo(401);
    assertThat(wrongEmail.text("detail")).isEqualTo(wrongPassword.text("detail"));
  }

  @Test
  void loginAnswersTokenPair() {
    Account ann = signUp("ann");
    var login =
        api.post("/api/auth/login", null, Map.of("email", ann.email(), "password", "password-123"));

    assertThat(login.text("tokenType")).isEqualTo("Bearer");
    assertThat(login.body().path("expiresIn").asLong()).isEqualTo(900);
    assertThat(api.get("/api/me", login.text("accessToken")).text("email")).isEqualTo(ann.email());
  }

  @Test
  void theLoginAfterFiveFailuresWaitsEvenWithTheRightPassword() {
    Account ann = signUp("ann");
    for (int i = 0; i < 5; i++) {
      var failed =
          api.post("/api/auth/login", null, Map.of("email", ann.email(), "password", "wrong-" + i));
      assertThat(failed.status()).isEqualTo(401);
    }

    var throttled =
        api.post("/api/auth/login", null, Map.of("email", ann.email(), "password", "password-123"));

    assertThat(throttled.status()).isEqualTo(429);
    long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 15 * 60L);
    Account bob = signUp("bob");
    assertThat(bob.token()).as("another account is not throttled").isNotBlank();
  }

  @Test
  void refreshRotatesAndTheOldTokenStopsWorkingAfterTheGraceWindow() {
    Account ann = signUp("ann");

    var first = api.post("/api/auth/refresh", null, Map.of("refreshToken", ann.refreshToken()));
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.text("refreshToken")).isNotEqualTo(ann.refreshToken());
    assertThat(api.get("/api/me", first.text("accessToken")).status()).isEqualTo(200);

    rotatedAMinuteAgo(ann.refreshToken());
    var reused = api.post("/api/auth/refresh", null, Map.of("refreshToken", ann.refreshToken()));
    assertThat(reused.status()).isEqualTo(401);
  }

  @Test
  void reusingARotatedTokenAfterTheGraceWindowRevokesItsWholeFamily() {
    Account ann = signUp("ann");
    var rotated = api.post("/api/auth/refresh", null, Map.of("refreshToken", ann.refreshToken()));
    String current = rotated.text("refreshToken");
    rotatedAMinuteAgo(ann.refreshToken());

    api.post("/api/auth/refresh", null, Map.of("refreshToken", ann.refreshToken()));

    var afterReuse = api.post("/api/auth/refresh", null, Map.of("refreshToken", current));
    assertThat(afterReuse.status()).isEqualTo(401);
  }

  @Test
  void aTokenPresentedAgainWithinTheGraceWindowGetsAFreshPairOfTheSameFamily() {
    Account ann = signUp("ann");
    var firstTab = api.post("/api/auth/refresh", null, Map.of("refreshToken", ann.refreshToken()));

    var secondTab = api.post("/api/auth/refresh", null, Map.of("refreshToken", ann.refreshToken()));

    assertThat(secondTab.status()).as(secondTab.text()).isEqualTo(200);
    assertThat(secondTab.text("refreshToken")).isNotEqualTo(firstTab.text("refreshToken"));
    assertThat(api.get("/api/me", secondTab.text("accessToken")).status()).isEqualTo(200);
    assertThat(refresh(firstTab.text("refreshToken"))).as("the first tab goes on").isEqualTo(200);
    api.post("/api/auth/logout", null, Map.of("refreshToken", secondTab.text("refreshToken")));
    assertThat(refresh(ann.refreshToken()))
        .as("one family: logging out ends the grace too")
        .isEqualTo(401);
  }

  @Test
  void twoTabsRefreshingTheSameTokenAtOnceBothStaySignedIn() throws Exception {
    Account ann = signUp("ann");
    int tabs = 4;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Response>> refreshes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(tabs)) {
      for (int i = 0; i < tabs; i++) {
        refreshes.add(
            pool.submit(
                () -> {
                  start.await();
                  return new Api(port)
                      .post("/api/auth/refresh", null, Map.of("refreshToken", ann.refreshToken()));
                }));
      }
      start.countDown();
      Set<String> tokens = new HashSet<>();
      for (Future<Api.Response> refresh : refreshes) {
        Api.Response response = refresh.get();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        tokens.add(response.text("refreshToken"));
      }
      assertThat(tokens).hasSize(tabs);
      for (String token : tokens) {
        assertThat(refresh(token)).as("each tab's new token works").isEqualTo(200);
      }
    }
  }

  @Test
  void aRotatedTokenPresentedAfterLogoutWithinTheGraceWindowIsStill401() {
    Account ann = signUp("ann");
    var rotated = api.post("/api/auth/refresh", null, Map.of("refreshToken", ann.refreshToken()));
    api.post("/api/auth/logout", null, Map.of("refreshToken", rotated.text("refreshToken")));

    assertThat(refresh(ann.refreshToken())).isEqualTo(401);
  }

  @Test
  void refreshTokensLongerThanAnyIssuedAreRefusedBeforeTheyAreLookedUp() {
    for (String token : new String[] {"t".repeat(65), "t".repeat(100_000)}) {
      var refused = api.post("/api/auth/refresh", null, Map.of("refreshToken", token));

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.text("type")).isEqualTo("urn:mockapi:problem:validation");
    }
    assertThat(refresh("t".repeat(64))).as("64 characters are looked up").isEqualTo(401);
  }

  @Test
  void logoutRevokesTheRefreshToken() {
    Account ann = signUp("ann");

    var logout = api.post("/api/auth/logout", null, Map.of("refreshToken", ann.refreshToken()));

    assertThat(logout.status()).isEqualTo(204);
    assertThat(
            api.post("/api/auth/refresh", null, Map.of("refreshToken", ann.refreshToken()))
                .status())
        .isEqualTo(401);
  }

  private int refresh(String token) {
    return api.post("/api/auth/refresh", null, Map.of("refreshToken", token)).status();
  }

  /** Moves the rotation of {@code token} out of the grace window. */
  private void rotatedAMinuteAgo(String token) {
    int moved =
        jdbc.update(
            "update refresh_tokens set revoked_at = revoked_at - interval 1 minute"
                + " where token_hash = ?",
            Sha256.hex(token));
    assertThat(moved).isEqualTo(1);
  }

  @Test
  void meListsMemberships() {
    Account ann = signUp("ann");
    long orgId = createOrg(ann, "Ann's Org");

    var me = api.get("/api/me", ann.token());

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body().path("memberships").get(0).path("orgId").asLong()).isEqualTo(orgId);
    assertThat(me.body().path("memberships").get(0).path("role").asString()).isEqualTo("OWNER");
  }

  @Test
  void apiWithoutTokenThen401Problem() {
    var response = api.get("/api/me", null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:unauthorized");
  }

  @Test
  void tamperedTokenThen401() {
    Account ann = signUp("ann");
    String[] parts = ann.token().split("\\.");
    String original = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String payload = original.replace("\"sub\":\"" + ann.id() + "\"", "\"sub\":\"999999\"");
    assertThat(payload).as("the payload was changed").isNotEqualTo(original);
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertThat(api.get("/api/me", forged).status()).isEqualTo(401);
  }

  @Test
  void expiredTokenThen401() {
    Account ann = signUp("ann");
    String expired = accessToken(ann.id(), Instant.now().minusSeconds(3540));

    assertThat(api.get("/api/me", expired).status()).isEqualTo(401);
  }

  @Test
  void tokenWithAnotherAlgorithmThen401EvenWithTheRightKey() {
    Account ann = signUp("ann");
    String hs512 =
        Jwts.builder()
            .issuer("mockapi")
            .subject(Long.toString(ann.id()))
            .expiration(Date.from(Instant.now().plusSeconds(600)))
            .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS512)
            .compact();
    String unsigned =
        Jwts.builder()
            .issuer("mockapi")
            .subject(Long.toString(ann.id()))
            .expiration(Date.from(Instant.now().plusSeconds(600)))
            .compact();

    assertThat(api.get("/api/me", hs512).status()).isEqualTo(401);
    assertThat(api.get("/api/me", unsigned).status()).isEqualTo(401);
  }

  @Test
  void tokenSignedWithAnotherKeyThen401() {
    Account ann = signUp("ann");
    String foreign =
        Jwts.builder()
            .issuer("mockapi")
            .subject(Long.toString(ann.id()))
            .expiration(Date.from(Instant.now().plusSeconds(600)))
            .signWith(
                Keys.hmacShaKeyFor(
                    "another-secret-another-secret-another-secret!"
                        .getBytes(StandardCharsets.UTF_8)))
            .compact();

    assertThat(api.get("/api/me", foreign).status()).isEqualTo(401);
  }
}
