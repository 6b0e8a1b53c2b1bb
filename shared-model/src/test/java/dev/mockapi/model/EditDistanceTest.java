package dev.mockapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void withinAgreesWithTheFullTableUpToItsBound() {
    Random random = new Random(14);
    for (int round = 0; round < 5_000; round++) {
      String a = randomText(random);
      String b = random.nextBoolean() ? randomText(random) : mutate(a, random);
      int max = random.nextInt(12);
      int exact = fullTable(a, b);

      assertThat(EditDistance.within(a, b, max))
          .as("within(%s, %s, %d)", a, b, max)
          .isEqualTo(Math.min(exact, max + 1));
      assertThat(EditDistance.between(a, b)).isEqualTo(exact);
    }
  }

  @Test
  void comparesOnlyTheFirst256CharactersOfEachSide() {
    String common = "a".repeat(256);

    assertThat(EditDistance.between(common + "xyz", common)).isZero();
    assertThat(EditDistance.within(common + "b".repeat(10_000), common, 3)).isZero();
  }

  @Test
  void aLengthGapOverTheBoundIsOverWithoutAWalk() {
    assertThat(EditDistance.within("ab", "abcdefgh", 2)).isEqualTo(3);
    assertThat(EditDistance.within("", "abc", 3)).isEqualTo(3);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(20);
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(4)));
    }
    return text.toString();
  }

  private static String mutate(String text, Random random) {
    StringBuilder mutated = new StringBuilder(text);
    int edits = random.nextInt(6);
    for (int i = 0; i < edits; i++) {
      int at = mutated.isEmpty() ? 0 : random.nextInt(mutated.length());
      switch (random.nextInt(3)) {
        case 0 -> mutated.insert(at, (char) ('a' + random.nextInt(4)));
        case 1 -> {
          if (!mutated.isEmpty()) {
            mutated.deleteCharAt(at);
          }
        }
        default -> {
          if (!mutated.isEmpty()) {
            mutated.setCharAt(at, (char) ('a' + random.nextInt(4)));
          }
        }
      }
    }
    return mutated.toString();
  }

  /** The textbook table, as the oracle. */
  private static int fullTable(String a, String b) {
    int[][] table = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      table[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      table[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        table[i][j] =
            Math.min(
                Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1), table[i - 1][j - 1] + cost);
      }
    }
    return table[a.length()][b.length()];
  }
}
