package dev.mockapi.model;

/**
 * Redis key and channel names shared by the manager and the engine (DESIGN section 4).
 *
 * <p>Everything that holds a project's data is named by its project key, a random UUID the manager
 * gives the project when it is created and never reuses: unlike the database's numeric id, it stays
 * unique when two installations share one Redis, when a database backup is restored or when a new
 * database starts counting from 1 again. Route tables alone are named by slug, because the engine
 * serves {@code /mock/{slug}}.
 *
 * <p>Every key carries a Redis Cluster hash tag, so that the keys one script touches together share
 * a hash slot: a project's keys are tagged with its project key ({@code {<projectKey>}}), the route
 * tables and the set of slugs with {@code {routes}}. Pub/Sub channels are not keys and carry no
 * tag.
 */
public final class RedisKeys {

  /** Pub/Sub channel announcing {@link RoutesChanged} messages. */
  public static final String CONFIG_CHANNEL = "mockapi:config";

  /** Set of every project slug that has a published route table. */
  public static final String PROJECT_SLUGS = "mockapi:projects:{routes}";

  /** Start of every project's live-log channel; the project key follows. */
  public static final String LOGS_CHANNEL_PREFIX = "mockapi:logs:";

  /** Pattern matching every project's live-log channel. */
  public static final String LOGS_CHANNEL_PATTERN = LOGS_CHANNEL_PREFIX + "*";

  private static final int KEY_LENGTH = 36;

  private RedisKeys() {}

  /**
   * Whether {@code text} is a project key as the manager writes them: a UUID in its canonical
   * lowercase form, so that it can never hold a character Redis patterns or key names give a
   * meaning to.
   */
  public static boolean isProjectKey(String text) {
    if (text == null || text.length() != KEY_LENGTH) {
      return false;
    }
    for (int i = 0; i < KEY_LENGTH; i++) {
      char c = text.charAt(i);
      boolean ok =
          i == 8 || i == 13 || i == 18 || i == 23
              ? c == '-'
              : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The project key a live-log channel is named by, or null when it is not such a channel. */
  public static String projectKeyOfLogs(String channel) {
    if (channel == null || !channel.startsWith(LOGS_CHANNEL_PREFIX)) {
      return null;
    }
    String key = channel.substring(LOGS_CHANNEL_PREFIX.length());
    return isProjectKey(key) ? key : null;
  }

  /** Key of the JSON {@link RouteTable} of one project. */
  public static String routes(String projectSlug) {
    return "mockapi:routes:{routes}:" + projectSlug;
  }

  /** Pub/Sub channel carrying the request-log events of one project. */
  public static String logs(String projectKey) {
    return LOGS_CHANNEL_PREFIX + projectKey;
  }

  /** Capped stream holding the recent request-log history of one project. */
  public static String history(String projectKey) {
    return "mockapi:history:" + tag(projectKey);
  }

  /** Set of the names of a project's state collections. */
  public static String stateCollections(String projectKey) {
    return "mockapi:state:" + tag(projectKey) + ":collections";
  }

  /**
   * Prefix of the keys of one state collection ({@code items}, {@code order}, {@code meta} and
   * their {@code seed:} copies follow it).
   */
  public static String stateCollection(String projectKey, String name) {
    return stateCollectionPrefix(projectKey) + name + ":";
  }

  /** What the keys of every state collection of a project start with, before the name. */
  public static String stateCollectionPrefix(String projectKey) {
    return "mockapi:state:" + tag(projectKey) + ":c:";
  }

  /**
   * Hash of one project's analytics counters for one minute since the epoch; fields as {@link
   * AnalyticsFields} names them.
   */
  public static String analyticsMinute(String projectKey, long epochMinute) {
    return analyticsPrefix(projectKey) + "m:" + epochMinute;
  }

  /** Hash of one project's analytics counters for one hour since the epoch: the minutes summed. */
  public static String analyticsHour(String projectKey, long epochHour) {
    return analyticsPrefix(projectKey) + "h:" + epochHour;
  }

  /** What every analytics key of a project starts with. */
  public static String analyticsPrefix(String projectKey) {
    return "mockapi:analytics:" + tag(projectKey) + ":";
  }

  /** The hash tag of a project's keys: Redis Cluster places them all in one slot. */
  public static String tag(String projectKey) {
    return "{" + projectKey + "}";
  }
}
