/**
 * Projects of an organization: slugs, the mock base URL, project settings and API keys. Every
 * committed change is announced as {@link dev.mockapi.manager.project.ProjectConfigChanged} or
 * {@link dev.mockapi.manager.project.ProjectDeleted} so the route table follows.
 */
package dev.mockapi.manager.project;
