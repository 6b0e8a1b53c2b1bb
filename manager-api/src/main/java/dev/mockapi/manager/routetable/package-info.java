/**
 * Publishes each project's compiled route table to Redis after every committed change, announces it
 * on {@code mockapi:config}, republishes everything on start, and retries what Redis refused.
 */
package dev.mockapi.manager.routetable;
