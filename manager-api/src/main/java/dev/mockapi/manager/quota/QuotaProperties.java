package dev.mockapi.manager.quota;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What one tenant may create ({@code mockapi.limits.*}); each is answered with a 409 {@code
 * quota-exceeded} problem when reached.
 *
 * @param endpointsPerProject endpoints one project may have
 * @param projectsPerOrg projects one organization may have
 * @param orgsPerUser organizations one user may own; creating another is refused
 * @param routeTableSize bytes of a project's route table as the engine receives it (its JSON in
 *     Redis); must equal the engine's setting of the same name, which does not read a larger one
 */
@Validated
@ConfigurationProperties("mockapi.limits")
public record QuotaProperties(
    @Min(1) int endpointsPerProject,
    @Min(1) int projectsPerOrg,
    @Min(1) int orgsPerUser,
    @NotNull DataSize routeTableSize) {

  /** Smallest route-table size accepted: an empty project's table is far smaller. */
  static final DataSize MIN_ROUTE_TABLE_SIZE = DataSize.ofKilobytes(64);

  public Quota endpoints() {
    return new Quota("endpoints-per-project", endpointsPerProject, "This project has", "endpoints");
  }

  public Quota projects() {
    return new Quota("projects-per-org", projectsPerOrg, "This organization has", "projects");
  }

  public Quota orgs() {
    return new Quota("orgs-per-user", orgsPerUser, "You own", "organizations");
  }

  @AssertTrue(message = "route-table-size must be at least 64KB")
  boolean isRouteTableSizeUsable() {
    return routeTableSize == null || routeTableSize.compareTo(MIN_ROUTE_TABLE_SIZE) >= 0;
  }
}
