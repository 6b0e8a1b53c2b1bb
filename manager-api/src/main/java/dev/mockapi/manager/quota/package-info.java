/**
 * Quotas of the manager ({@code mockapi.limits.*}): endpoints per project, projects per org,
 * organizations per user, and the route-table size. Counted quotas are checked by the feature that
 * creates the thing, after it has locked the owner's row (project, organization, user) in the same
 * transaction as the insert; the database runs at READ COMMITTED, so the count after the lock sees
 * every create that committed before it. Exceeding one is a 409 {@code quota-exceeded} problem.
 */
package dev.mockapi.manager.quota;
