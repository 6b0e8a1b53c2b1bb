package dev.mockapi.manager.project;

/**
 * A project was deleted in the current transaction; its route table and Redis data go once it
 * commits.
 *
 * @param projectKey the key its Redis data is named by
 */
public record ProjectDeleted(long projectId, String projectKey, String slug) {}
