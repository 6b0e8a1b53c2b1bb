package dev.mockapi.manager.project;

/** A project was deleted in the current transaction; its route table goes once it commits. */
public record ProjectDeleted(long projectId, String slug) {}
