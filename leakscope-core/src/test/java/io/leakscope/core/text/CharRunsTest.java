package io.leakscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.testing.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharRunsTest {
    @Test
    void runsReadFromSomePlacesAreTheRunsReadFromEveryPlace() {
        String alphabet = "0123456789  --ABZab.,、漢";
        Random random = new Random(5);
        int kept = 0;
        for (int n = 0; n < 20_000; n++) {
            String s = RandomTexts.ofChars(random, alphabet, 60);
            for (int min = 1; min <= 7; min++) {
                List<int[]> digits = CharRuns.digitRuns(s, min);
                kept += digits.size();
                assertThat(digits).as("digits, at least %d: [%s]", min, s).containsExactlyElementsOf(digitRunsEverywhere(s, min));
                assertThat(CharRuns.capitalRuns(s, min)).as("capitals, at least %d: [%s]", min, s)
                        .containsExactlyElementsOf(capitalRunsEverywhere(s, min));
            }
        }
        assertThat(kept).isGreaterThan(50_000);
    }

    /** Every character tested, left to right: digits, and a space or hyphen when a digit follows. */
    private static List<int[]> digitRunsEverywhere(String s, int min) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!CharRuns.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            int block = 0;
            int longest = 0;
            int end = i;
            while (i < s.length()) {
                if (CharRuns.isDigit(s.charAt(i))) {
                    digits++;
                    longest = Math.max(longest, ++block);
                    end = ++i;
                } else if ((s.charAt(i) == ' ' || s.charAt(i) == '-') && i + 1 < s.length() && CharRuns.isDigit(s.charAt(i + 1))) {
                    block = 0;
                    i++;
                } else {
                    break;
                }
            }
            if (digits >= min) {
                runs.add(new int[] {start, end, digits, longest});
            }
            i = Math.max(i, end);
        }
        return runs;
    }

    private static List<int[]> capitalRunsEverywhere(String s, int min) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (CharRuns.isCapital(s.charAt(i))) {
                int start = i;
                while (i < s.length() && CharRuns.isCapital(s.charAt(i))) {
                    i++;
                }
                if (i - start >= min) {
                    runs.add(new int[] {start, i, i - start});
                }
            }
        }
        return runs;
    }
}
