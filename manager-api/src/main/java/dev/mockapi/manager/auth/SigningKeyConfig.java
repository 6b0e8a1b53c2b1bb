package dev.mockapi.manager.auth;

import dev.mockapi.manager.config.MockapiProperties;
import io.jsonwebtoken.security.Keys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HMAC key that signs access tokens. {@code SECRET_KEY} wins; with none set, the embedded local
 * mode (H2) keeps a generated key under the data directory, readable by its owner only, so tokens
 * survive restarts. Any other setup without a key refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfig {

  static final int MIN_SECRET_BYTES = 32;
  private static final Logger log = LoggerFactory.getLogger(SigningKeyConfig.class);
  private static final String KEY_FILE = "secret.key";

  @Bean
  SecretKey signingKey(
      AuthProperties auth,
      MockapiProperties mockapi,
      @Value("${spring.datasource.url:}") String datasourceUrl) {
    String secret = auth.secretKey();
    if (secret == null || secret.isBlank()) {
      if (!datasourceUrl.startsWith("jdbc:h2:")) {
        throw new InvalidSecretKeyException(
            "SECRET_KEY is not set. It is generated automatically only in the embedded local mode"
                + " (H2); with an external database it must be configured.");
      }
      secret = generatedSecret(mockapi.dataDir().resolve(KEY_FILE));
    }
    return keyFrom(secret);
  }

  static SecretKey keyFrom(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_SECRET_BYTES) {
      throw new InvalidSecretKeyException(
          "SECRET_KEY is "
              + bytes.length
              + " bytes long; it must be at least "
              + MIN_SECRET_BYTES
              + " bytes for HS256.");
    }
    return Keys.hmacShaKeyFor(bytes);
  }

  private static String generatedSecret(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file).trim();
      }
      Files.createDirectories(file.getParent());
      byte[] random = new byte[48];
      new SecureRandom().nextBytes(random);
      String secret = Base64.getEncoder().encodeToString(random);
      Files.createFile(file);
      restrictToOwner(file);
      Files.writeString(file, secret);
      log.info("Generated a signing secret in {} (embedded local mode)", file.toAbsolutePath());
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the signing secret " + file, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
