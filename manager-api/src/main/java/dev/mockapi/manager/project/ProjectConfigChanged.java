package dev.mockapi.manager.project;

/**
 * A project's endpoints or settings changed in the current transaction; its route table must be
 * republished once the transaction commits.
 */
public record ProjectConfigChanged(long projectId) {}
