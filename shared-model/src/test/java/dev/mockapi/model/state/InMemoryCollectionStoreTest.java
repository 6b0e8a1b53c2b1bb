package dev.mockapi.model.state;

import dev.mockapi.model.testsupport.InMemoryCollectionStore;

/** The in-memory store of unit tests keeps the contract the Redis store keeps. */
class InMemoryCollectionStoreTest extends CollectionStoreContract {

  @Override
  CollectionStore store(StateLimits limits) {
    return new InMemoryCollectionStore(limits);
  }
}
