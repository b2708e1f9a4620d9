package io.leakscope.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluationTest {
    /** The truth names files; a long text's parts are pieces of their file, a member of an archive is not. */
    @Test
    void aPartOfALongTextCountsAsItsFile() {
        assertThat(Evaluation.fileOf("情報システム/logs/maillog!/part-0002.txt")).isEqualTo("情報システム/logs/maillog");
        assertThat(Evaluation.fileOf("人事/名簿.csv!/part-0013.csv")).isEqualTo("人事/名簿.csv");
        assertThat(Evaluation.fileOf("archive.zip!/名簿.csv")).isEqualTo("archive.zip!/名簿.csv");
    }
}
