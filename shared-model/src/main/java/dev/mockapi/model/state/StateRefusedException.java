package dev.mockapi.model.state;

import dev.mockapi.model.ProblemType;

/**
 * A write the store refused: a limit was reached or the id is taken. Every store builds its
 * refusals here, so both services answer the same words whichever store refused.
 */
public final class StateRefusedException extends RuntimeException {

  /** Why a write was refused, and the problem either service answers it with. */
  public enum Reason {
    DUPLICATE_ID(ProblemType.DUPLICATE_ID),
    COLLECTION_FULL(ProblemType.COLLECTION_FULL),
    TOO_MANY_COLLECTIONS(ProblemType.TOO_MANY_COLLECTIONS),
    ITEM_TOO_LARGE(ProblemType.ITEM_TOO_LARGE),
    COLLECTION_TOO_LARGE(ProblemType.COLLECTION_TOO_LARGE);

    private final ProblemType problem;

    Reason(ProblemType problem) {
      this.problem = problem;
    }

    public ProblemType problem() {
      return problem;
    }
  }

  private final Reason reason;

  private StateRefusedException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public static StateRefusedException duplicateId(CollectionRef collection, String id) {
    return new StateRefusedException(
        Reason.DUPLICATE_ID,
        "An item with id '" + id + "' already exists in '" + collection.name() + "'");
  }

  public static StateRefusedException collectionFull(CollectionRef collection, StateLimits limits) {
    return new StateRefusedException(
        Reason.COLLECTION_FULL,
        "Collection '"
            + collection.name()
            + "' holds the maximum of "
            + limits.maxItemsPerCollection()
            + " items (mockapi.limits.items-per-collection)");
  }

  public static StateRefusedException tooManyCollections(StateLimits limits) {
    return new StateRefusedException(
        Reason.TOO_MANY_COLLECTIONS,
        "The project holds the maximum of "
            + limits.maxCollectionsPerProject()
            + " collections (mockapi.limits.collections-per-project)");
  }

  public static StateRefusedException collectionTooLarge(
      CollectionRef collection, StateLimits limits) {
    return new StateRefusedException(
        Reason.COLLECTION_TOO_LARGE,
        "Collection '"
            + collection.name()
            + "' would hold more than "
            + limits.maxCollectionBytes()
            + " bytes of items (mockapi.limits.collection-size)");
  }

  public static StateRefusedException itemTooLarge(StateLimits limits) {
    return new StateRefusedException(
        Reason.ITEM_TOO_LARGE,
        "Items are limited to "
            + limits.maxItemBytes()
            + " bytes of JSON (mockapi.limits.item-size)");
  }

  public Reason reason() {
    return reason;
  }
}
