package dev.mockapi.manager.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.manager.config.MockapiProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyConfigTest {

  @TempDir Path dataDir;

  @Test
  void secretShorterThan32BytesStopsStartUpWithAMessage() {
    assertThatThrownBy(() -> key("too-short-secret", "jdbc:mysql://db/mockapi"))
        .isInstanceOf(InvalidSecretKeyException.class)
        .hasMessageContaining("16 bytes")
        .hasMessageContaining("at least 32");
  }

  @Test
  void missingSecretWithAnExternalDatabaseStopsStartUp() {
    assertThatThrownBy(() -> key("", "jdbc:mysql://db/mockapi"))
        .isInstanceOf(InvalidSecretKeyException.class)
        .hasMessageContaining("SECRET_KEY is not set");
  }

  @Test
  void generatedSecretIsReusedAcrossStarts() throws Exception {
    var first = key(null, "jdbc:h2:file:./x");
    var second = key(null, "jdbc:h2:file:./x");

    assertThat(second.getEncoded()).isEqualTo(first.getEncoded());
    assertThat(Files.readString(dataDir.resolve("secret.key"))).isNotBlank();
  }

  @Test
  void failureAnalyzerTellsHowToFixIt() {
    var analysis =
        new InvalidSecretKeyFailureAnalyzer()
            .analyze(new InvalidSecretKeyException("SECRET_KEY is 3 bytes long"));

    assertThat(analysis.getDescription()).isEqualTo("SECRET_KEY is 3 bytes long");
    assertThat(analysis.getAction()).contains("openssl rand");
  }

  private javax.crypto.SecretKey key(String secret, String datasourceUrl) {
    var auth =
        new AuthProperties(
            secret, Duration.ofMinutes(15), Duration.ofDays(30), Duration.ofSeconds(5), null);
    return new SigningKeyConfig().signingKey(auth, new MockapiProperties(dataDir), datasourceUrl);
  }
}
