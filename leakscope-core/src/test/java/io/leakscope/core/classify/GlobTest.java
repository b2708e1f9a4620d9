package io.leakscope.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void doubleStarSpansFoldersAndArchiveMembers() {
        Glob g = new Glob("海外/**/退職者/**");
        assertThat(g.matches("海外/シンガポール/退職者/a.xlsx")).isTrue();
        assertThat(g.matches("海外/退職者/a.xlsx")).isTrue();
        assertThat(g.matches("海外/x.zip!/退職者/a.csv")).isTrue();
        assertThat(g.matches("国内/退職者/a.xlsx")).isFalse();
        assertThat(new Glob("採用/*.docx").matches("採用/2023/a.docx")).isFalse();
    }
}
