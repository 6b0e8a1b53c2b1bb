/** Small pure functions more than one feature needs: slugs and hashes. */
package dev.mockapi.manager.common;
