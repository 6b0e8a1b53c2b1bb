/**
 * Organizations, memberships and roles (DESIGN section 9). {@link
 * dev.mockapi.manager.org.OrgAccess} is the one place that decides whether a user may see (404
 * otherwise) or change (403 otherwise) what belongs to an organization.
 */
package dev.mockapi.manager.org;
