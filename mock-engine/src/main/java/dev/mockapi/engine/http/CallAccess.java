package dev.mockapi.engine.http;

import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.template.MockReply;
import dev.mockapi.model.ProblemType;
import dev.mockapi.model.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;

/**
 * Whether a call goes on: a CORS preflight is answered here, a call without the project's API key
 * or with a declared body over the limit is refused.
 */
@Component
class CallAccess {

  private final RequestBodies bodies;

  CallAccess(RequestBodies bodies) {
    this.bodies = bodies;
  }

  /** The answer to a CORS preflight, null when the call is none. */
  static MockReply preflight(MockCall call) {
    return call.preflight() ? new MockReply(204, call.cors(), new byte[0], "") : null;
  }

  /** Why the call is refused before its body is read, null when it is not. */
  Problem refusal(MockCall call) {
    CompiledProject project = call.project();
    if (project.settings().apiKeyRequired()
        && !apiKeyMatches(project, call.headers().get("X-Api-Key"))) {
      return Problem.of(ProblemType.UNAUTHORIZED, "This project requires a valid X-Api-Key header")
          .titled("API key required");
    }
    return bodies.declaredTooLarge(call) ? bodies.tooLarge() : null;
  }

  private static boolean apiKeyMatches(CompiledProject project, String key) {
    return key != null
        && project.apiKeySha256() != null
        && MessageDigest.isEqual(
            Sha256.hex(key).getBytes(StandardCharsets.US_ASCII),
            project.apiKeySha256().getBytes(StandardCharsets.US_ASCII));
  }
}
