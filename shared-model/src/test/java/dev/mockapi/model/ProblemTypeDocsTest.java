package dev.mockapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/api.md's tables of problem types say what {@link ProblemType} says, no more, no less. */
class ProblemTypeDocsTest {

  // | `urn:mockapi:problem:item-not-found` | 404 | no item has ... |
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| `" + Pattern.quote(ProblemType.PREFIX) + "([a-z-]+)` \\| ([^|]+) \\|",
          Pattern.MULTILINE);
  private static final Pattern STATUS = Pattern.compile("\\b[1-5]\\d\\d\\b");
  private static final Pattern MENTION =
      Pattern.compile(Pattern.quote(ProblemType.PREFIX) + "([a-z-]+)");

  @Test
  void everyTypeIsDocumentedWithItsStatus() throws IOException {
    Map<String, Set<Integer>> documented = documentedStatuses();

    for (ProblemType type : ProblemType.values()) {
      assertThat(documented).as("docs/api.md lists %s", type.uri()).containsKey(type.slug());
      assertThat(documented.get(type.slug()))
          .as("the status docs/api.md gives %s", type.uri())
          .containsOnly(type.status());
    }
  }

  @Test
  void everyDocumentedTypeIsInTheCatalogue() throws IOException {
    Set<String> known =
        Arrays.stream(ProblemType.values()).map(ProblemType::slug).collect(Collectors.toSet());

    assertThat(documentedStatuses().keySet()).as("types in docs/api.md").isSubsetOf(known);
    assertThat(mentionedAnywhere()).as("types named in README.md and docs/").isSubsetOf(known);
  }

  @Test
  void slugsAreUniqueAndUrisShareOnePrefix() {
    List<ProblemType> types = List.of(ProblemType.values());

    assertThat(types.stream().map(ProblemType::slug)).doesNotHaveDuplicates();
    assertThat(types)
        .allSatisfy(
            type -> assertThat(type.uri().toString()).isEqualTo(ProblemType.PREFIX + type.slug()));
  }

  /** Each documented type with the statuses its rows give (the first status-like number). */
  private static Map<String, Set<Integer>> documentedStatuses() throws IOException {
    Map<String, Set<Integer>> statuses = new HashMap<>();
    Matcher row = ROW.matcher(Files.readString(repository().resolve("docs/api.md")));
    while (row.find()) {
      Matcher status = STATUS.matcher(row.group(2));
      statuses
          .computeIfAbsent(row.group(1), slug -> new HashSet<>())
          .add(status.find() ? Integer.parseInt(status.group()) : -1);
    }
    return statuses;
  }

  private static Set<String> mentionedAnywhere() throws IOException {
    Path root = repository();
    Set<String> slugs = new HashSet<>();
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      for (Path file :
          Stream.concat(Stream.of(root.resolve("README.md")), docs)
              .filter(path -> path.toString().endsWith(".md"))
              .toList()) {
        MENTION.matcher(Files.readString(file)).results().forEach(m -> slugs.add(m.group(1)));
      }
    }
    return slugs;
  }

  private static Path repository() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docs/api.md"))) {
        return dir;
      }
    }
    throw new IllegalStateException("No docs/api.md above " + Path.of("").toAbsolutePath());
  }
}
