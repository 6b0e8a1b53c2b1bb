package dev.mockapi.manager.analytics;

import dev.mockapi.manager.auth.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

// The window is read as text so that a bad value is a field error like any other.
@RestController
@Tag(name = "Analytics")
class AnalyticsController {

  private final AnalyticsService analytics;

  AnalyticsController(AnalyticsService analytics) {
    this.analytics = analytics;
  }

  @GetMapping("/api/projects/{projectId}/analytics")
  @Operation(
      summary = "The project's traffic over the last hour, day or week",
      description =
          "Totals (requests, status classes, errors = 5xx and broken connections, error rate,"
              + " unmatched calls, chaos), the 10 busiest endpoints, and a series per minute (1h)"
              + " or per hour (24h, 7d) with every slot present. Latency percentiles (p50, p95,"
              + " p99, in ms) are estimated from latency buckets (5, 10, 25, 50, 100, 250, 500,"
              + " 1000, 2500, 5000, 10000 ms) by linear interpolation, as Prometheus's"
              + " histogram_quantile does. The engine adds its counts every few seconds.")
  AnalyticsResponse analytics(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @Parameter(
              schema =
                  @Schema(
                      type = "string",
                      allowableValues = {"1h", "24h", "7d"},
                      defaultValue = "1h"))
          @RequestParam(required = false)
          String window) {
    return analytics.analytics(projectId, user.id(), window);
  }
}
