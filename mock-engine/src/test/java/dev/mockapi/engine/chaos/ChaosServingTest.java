package dev.mockapi.engine.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.Fault;
import dev.mockapi.model.ProjectSettings;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Chaos as callers see it: delays, error answers, broken connections and broken bodies. */
class ChaosServingTest extends EngineIntegrationTest {

  private static final String BODY = "{\"items\": [1, 2, 3], \"name\": \"a fairly long body\"}";

  private static ChaosSpec failing(Fault fault) {
    return new ChaosSpec(null, 1.0, null, null, fault);
  }

  private Project serving(Endpoint... endpoints) {
    Project project = newProject();
    serve(project.table(1, endpoints));
    return project;
  }

  private static ProjectSettings chaosMode(boolean enabled, ChaosSpec policy) {
    ProjectSettings defaults = ProjectSettings.defaults();
    return new ProjectSettings(
        new ProjectSettings.ChaosMode(enabled, policy),
        defaults.cors(),
        false,
        defaults.fakerLocale());
  }

  /**
   * How the connection of a raw GET ends before any byte arrives: "closed" (FIN), "reset" (RST), or
   * "answered" when a response starts.
   */
  private String rawGet(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      socket
          .getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      try {
        return socket.getInputStream().read() < 0 ? "closed" : "answered";
      } catch (SocketException e) {
        return e.getMessage().toLowerCase(Locale.ROOT).contains("reset") ? "reset" : e.toString();
      }
    }
  }

  @Test
  void fixedDelayHoldsTheAnswerBack() {
    Project project =
        serving(
            Endpoint.of(1, "GET", "/slow")
                .body("late")
                .chaos(new ChaosSpec(new DelaySpec.Fixed(300), null, null, null, null)));

    long start = System.nanoTime();
    HttpResponse<String> response = mock.get(project.path("/slow"));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(response.body()).isEqualTo("late");
    assertThat(elapsedMs).isGreaterThanOrEqualTo(300);
  }

  @Test
  void httpErrorAnswersTheFailureStatusAndRenderedFailureBody() {
    Project project =
        serving(
            Endpoint.of(1, "GET", "/pots/{id}")
                .json(BODY)
                .chaos(
                    new ChaosSpec(
                        null,
                        1.0,
                        418,
                        "{\"error\": \"teapot {{request.path.id}}\"}",
                        Fault.HTTP_ERROR)));

    HttpResponse<String> response = mock.get(project.path("/pots/5"));

    assertThat(response.statusCode()).isEqualTo(418);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(MockClient.json(response).path("error").asString()).isEqualTo("teapot 5");
  }

  @Test
  void httpErrorWithoutFailureBodyAnswersAProblem() {
    Project project =
        serving(
            Endpoint.of(1, "GET", "/down")
                .json(BODY)
                .chaos(new ChaosSpec(null, 1.0, 502, null, Fault.HTTP_ERROR)));

    HttpResponse<String> response = mock.get(project.path("/down"));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(MockClient.json(response).path("type").asString())
        .isEqualTo("urn:mockapi:problem:injected-failure");
  }

  @Test
  void connectionResetThenTheClientSeesAnIoException() throws IOException {
    Project project =
        serving(Endpoint.of(1, "GET", "/reset").json(BODY).chaos(failing(Fault.CONNECTION_RESET)));

    assertThatThrownBy(() -> mock.sendOrThrow(mock.request(project.path("/reset")).build()))
        .isInstanceOf(IOException.class);
    assertThat(rawGet(project.path("/reset"))).isEqualTo("reset");
  }

  @Test
  void emptyResponseThenTheClientSeesAnIoException() throws IOException {
    Project project =
        serving(Endpoint.of(1, "GET", "/empty").json(BODY).chaos(failing(Fault.EMPTY_RESPONSE)));

    assertThatThrownBy(() -> mock.sendOrThrow(mock.request(project.path("/empty")).build()))
        .isInstanceOf(IOException.class);
    assertThat(rawGet(project.path("/empty"))).isEqualTo("closed");
  }

  @Test
  void malformedBodyKeepsTheStatusButIsNotJson() {
    Project project =
        serving(
            Endpoint.of(1, "GET", "/broken")
                .status(201)
                .json(BODY)
                .chaos(failing(Fault.MALFORMED_BODY)));

    HttpResponse<String> response = mock.get(project.path("/broken"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isNotEqualTo(BODY).isNotEmpty();
    assertThatThrownBy(() -> JsonMapper.builder().build().readTree(response.body()))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void projectChaosModeAppliesOnlyToEndpointsWithoutChaosOfTheirOwn() {
    Project project = newProject();
    ChaosSpec policy = new ChaosSpec(null, 1.0, 503, null, Fault.HTTP_ERROR);
    serve(
        project.table(
            1,
            chaosMode(true, policy),
            null,
            Endpoint.of(1, "GET", "/plain").body("plain"),
            Endpoint.of(2, "GET", "/own")
                .body("own")
                .chaos(new ChaosSpec(new DelaySpec.Fixed(1), 0.0, null, null, null))));

    HttpResponse<String> plain = mock.get(project.path("/plain"));
    HttpResponse<String> own = mock.get(project.path("/own"));

    assertThat(plain.statusCode()).isEqualTo(503);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).isEqualTo("own");
  }

  @Test
  void disabledChaosModeAppliesNothing() {
    Project project = newProject();
    ChaosSpec policy = new ChaosSpec(null, 1.0, 503, null, Fault.HTTP_ERROR);
    serve(
        project.table(
            1, chaosMode(false, policy), null, Endpoint.of(1, "GET", "/plain").body("plain")));

    assertThat(mock.get(project.path("/plain")).statusCode()).isEqualTo(200);
  }

  @Test
  void projectChaosModeFailureBodyIsAnswered() {
    Project project = newProject();
    ChaosSpec policy = new ChaosSpec(null, 1.0, 503, "{\"policy\": true}", Fault.HTTP_ERROR);
    serve(
        project.table(
            1, chaosMode(true, policy), null, Endpoint.of(1, "GET", "/plain").body("plain")));

    HttpResponse<String> response = mock.get(project.path("/plain"));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(MockClient.json(response).path("policy").asBoolean()).isTrue();
  }
}
