package dev.mockapi.manager.org;

/**
 * Published inside the transaction that deletes an organization, before the rows go, so features
 * owning data of the org can clean up (projects remove their published route tables).
 *
 * @param orgId the organization being deleted
 */
public record OrganizationDeleting(long orgId) {}
