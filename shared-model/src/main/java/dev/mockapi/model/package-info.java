/**
 * The contract the manager API and the mock engine share: endpoint definitions as the API accepts
 * them, the compiled route table the manager publishes to Redis, path patterns, and the Redis key
 * and channel names. Free of Spring so both services (and tests) can use it as plain Java.
 */
package dev.mockapi.model;
