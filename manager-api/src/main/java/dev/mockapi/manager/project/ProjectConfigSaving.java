package dev.mockapi.manager.project;

/**
 * Published inside a transaction that adds to or changes a project's configuration (not one that
 * only removes from it), once the change is flushed and before anything outside the database is
 * touched: a listener refuses the change by throwing, and the transaction rolls back (the route
 * table refuses to grow past what the engine reads).
 *
 * @param projectId the project whose configuration is being saved
 */
public record ProjectConfigSaving(long projectId) {}
