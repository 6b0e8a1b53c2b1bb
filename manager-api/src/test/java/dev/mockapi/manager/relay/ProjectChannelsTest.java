package dev.mockapi.manager.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.project.ProjectDeleted;
import dev.mockapi.model.RedisKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectChannelsTest {

  private static final String OURS = UUID.randomUUID().toString();

  private final List<String> lookups = new ArrayList<>();
  private final Map<String, Long> database = Map.of(OURS, 7L);
  private final ProjectChannels channels =
      new ProjectChannels(
          key -> {
            lookups.add(key);
            return Optional.ofNullable(database.get(key));
          },
          2);

  @Test
  void aKeyOfThisInstallationMapsToItsProjectAfterOneLookup() {
    assertThat(channels.projectOf(RedisKeys.logs(OURS))).isEqualTo(7L);
    assertThat(channels.projectOf(RedisKeys.logs(OURS))).isEqualTo(7L);

    assertThat(lookups).containsExactly(OURS);
  }

  @Test
  void unknownKeysUpToTheBoundAreLookedUpOnce() {
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();

    for (int i = 0; i < 3; i++) {
      assertThat(channels.projectOf(RedisKeys.logs(first))).isNull();
      assertThat(channels.projectOf(RedisKeys.logs(second))).isNull();
    }

    assertThat(lookups).containsExactly(first, second);
  }

  @Test
  void pastTheBoundTheLeastRecentUnknownKeyIsForgotten() {
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    String third = UUID.randomUUID().toString();

    for (String key : List.of(first, second, first, third, first, second)) {
      assertThat(channels.projectOf(RedisKeys.logs(key))).isNull();
    }

    // first stayed recent; third pushed second out, so second is asked again.
    assertThat(lookups).containsExactly(first, second, third, second);
  }

  @Test
  void channelsWithoutAProjectKeyAreNeverLookedUp() {
    for (String channel :
        List.of(
            "mockapi:logs:7",
            "mockapi:logs:",
            "mockapi:logs:" + OURS.toUpperCase(),
            "mockapi:logs:" + OURS + "*",
            "mockapi:config")) {
      assertThat(channels.projectOf(channel)).as(channel).isNull();
    }

    assertThat(lookups).isEmpty();
  }

  @Test
  void aDeletedProjectsKeyIsLookedUpAgain() {
    channels.projectOf(RedisKeys.logs(OURS));

    channels.onProjectDeleted(new ProjectDeleted(7, OURS, "shop"));
    channels.projectOf(RedisKeys.logs(OURS));

    assertThat(lookups).containsExactly(OURS, OURS);
  }
}
