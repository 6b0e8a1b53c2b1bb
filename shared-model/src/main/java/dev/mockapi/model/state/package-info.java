/**
 * Query semantics of stateful collections: how a list request's parameters filter, sort and slice a
 * collection, following json-server 0.17 so that clients written against it (react-admin's
 * json-server data provider, for one) work unchanged. Pure Java over Jackson trees; storage is the
 * caller's business.
 */
package dev.mockapi.model.state;
