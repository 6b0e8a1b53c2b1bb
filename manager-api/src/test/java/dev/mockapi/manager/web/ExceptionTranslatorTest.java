package dev.mockapi.manager.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;

/** Answers the translator gives without a request in flight. */
class ExceptionTranslatorTest {

  @Test
  void saveRacedByAnotherSaveIsA409StaleVersion() {
    var answer =
        new ExceptionTranslator()
            .handleStaleWrite(new OptimisticLockingFailureException("row was updated"));

    assertThat(answer.getStatusCode().value()).isEqualTo(409);
    ProblemDetail problem = (ProblemDetail) answer.getBody();
    assertThat(problem.getType().toString()).isEqualTo("urn:mockapi:problem:stale-version");
    assertThat(problem.getTitle()).isEqualTo("Stale version");
    assertThat(problem.getDetail()).contains("reload");
  }
}
