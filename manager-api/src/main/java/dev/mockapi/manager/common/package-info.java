/** Small pure functions more than one feature needs: slugs and JSON columns. */
package dev.mockapi.manager.common;
