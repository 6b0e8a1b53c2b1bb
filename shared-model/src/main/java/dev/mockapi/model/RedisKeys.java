package dev.mockapi.model;

/** Redis key and channel names shared by the manager and the engine (DESIGN section 4). */
public final class RedisKeys {

  /** Pub/Sub channel announcing {@link RoutesChanged} messages. */
  public static final String CONFIG_CHANNEL = "mockapi:config";

  /** Set of every project slug that has a published route table. */
  public static final String PROJECT_SLUGS = "mockapi:projects";

  /** Start of every project's live-log channel; the project id follows. */
  public static final String LOGS_CHANNEL_PREFIX = "mockapi:logs:";

  /** Pattern matching every project's live-log channel. */
  public static final String LOGS_CHANNEL_PATTERN = LOGS_CHANNEL_PREFIX + "*";

  private RedisKeys() {}

  /** Key of the JSON {@link RouteTable} of one project. */
  public static String routes(String projectSlug) {
    return "mockapi:routes:" + projectSlug;
  }

  /** Pub/Sub channel carrying the request-log events of one project. */
  public static String logs(long projectId) {
    return LOGS_CHANNEL_PREFIX + projectId;
  }

  /** Capped stream holding the recent request-log history of one project. */
  public static String history(long projectId) {
    return "mockapi:history:" + projectId;
  }

  /** Set of the names of a project's state collections. */
  public static String stateCollections(long projectId) {
    return "mockapi:state:" + projectId + ":collections";
  }

  /**
   * Prefix of the keys of one state collection ({@code items}, {@code order}, {@code meta} and
   * their {@code seed:} copies follow it).
   */
  public static String stateCollection(long projectId, String name) {
    return stateCollectionPrefix(projectId) + name + ":";
  }

  /** What the keys of every state collection of a project start with, before the name. */
  public static String stateCollectionPrefix(long projectId) {
    return "mockapi:state:" + projectId + ":c:";
  }

  /**
   * Hash of one project's analytics counters for one minute since the epoch; fields as {@link
   * AnalyticsFields} names them.
   */
  public static String analyticsMinute(long projectId, long epochMinute) {
    return analyticsPrefix(projectId) + "m:" + epochMinute;
  }

  /** Hash of one project's analytics counters for one hour since the epoch: the minutes summed. */
  public static String analyticsHour(long projectId, long epochHour) {
    return analyticsPrefix(projectId) + "h:" + epochHour;
  }

  /** What every analytics key of a project starts with. */
  public static String analyticsPrefix(long projectId) {
    return "mockapi:analytics:" + projectId + ":";
  }
}
