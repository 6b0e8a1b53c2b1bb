package dev.mockapi.engine.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.model.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fault maps onto its own action of the injector, and only that one. */
class FaultsTest {

  /** Answers with the name of the action it was asked for. */
  private static final FaultInjector<String> RECORDING =
      new FaultInjector<>() {
        @Override
        public String httpError() {
          return "httpError";
        }

        @Override
        public String malformedBody() {
          return "malformedBody";
        }

        @Override
        public String connectionReset() {
          return "connectionReset";
        }

        @Override
        public String emptyResponse() {
          return "emptyResponse";
        }
      };

  @ParameterizedTest
  @CsvSource({
    "HTTP_ERROR, httpError",
    "MALFORMED_BODY, malformedBody",
    "CONNECTION_RESET, connectionReset",
    "EMPTY_RESPONSE, emptyResponse"
  })
  void eachFaultTakesItsOwnAction(Fault fault, String action) {
    assertThat(Faults.inject(fault, RECORDING)).isEqualTo(action);
  }

  @Test
  void malformedBodyKeepsTheFirstHalfThenBreaksTheJson() {
    assertThat(Faults.malformed("{\"id\":17}")).isEqualTo("{\"id\u0000{\"truncated");
  }
}
