package dev.mockapi.manager.relay;

import dev.mockapi.manager.project.ProjectDeleted;
import dev.mockapi.manager.project.ProjectLookup;
import dev.mockapi.model.RedisKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Maps a live-log channel ({@code mockapi:logs:{projectKey}}) to the project of this installation
 * whose key names it. The pattern subscription also hears every other installation sharing the
 * Redis: their keys are no project here, so their events have no project and are never relayed.
 * Each key is looked up in the database once; unknown ones are remembered (the most recent {@code
 * mockapi.relay.unknown-keys-remembered}), so another installation's traffic does not cost a query
 * per event. Known keys are this installation's projects, as many as its database holds.
 */
@Component
class ProjectChannels {

  private final Function<String, Optional<Long>> lookup;
  private final Map<String, Long> known = new ConcurrentHashMap<>();
  private final Map<String, Boolean> unknown;

  @Autowired
  ProjectChannels(ProjectLookup projects, RelayProperties relay) {
    this(projects::idByProjectKey, relay.unknownKeysRemembered());
  }

  ProjectChannels(Function<String, Optional<Long>> lookup, int unknownRemembered) {
    this.lookup = lookup;
    this.unknown =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > unknownRemembered;
          }
        };
  }

  /** The id of this installation's project that {@code channel} carries the events of, or null. */
  Long projectOf(String channel) {
    String key = RedisKeys.projectKeyOfLogs(channel);
    if (key == null) {
      return null;
    }
    Long id = known.get(key);
    if (id != null) {
      return id;
    }
    synchronized (unknown) {
      if (unknown.get(key) != null) {
        return null;
      }
    }
    Optional<Long> found = lookup.apply(key);
    if (found.isPresent()) {
      known.put(key, found.get());
      return found.get();
    }
    synchronized (unknown) {
      unknown.put(key, Boolean.TRUE);
    }
    return null;
  }

  @TransactionalEventListener
  void onProjectDeleted(ProjectDeleted event) {
    known.remove(event.projectKey());
  }
}
