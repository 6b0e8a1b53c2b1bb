/**
 * Decides per call what chaos does: the delay drawn from its distribution, and whether it fails.
 */
package dev.mockapi.engine.chaos;
