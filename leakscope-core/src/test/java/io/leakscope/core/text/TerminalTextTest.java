package io.leakscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void controlBidiAndZeroWidthCharactersAreShownNotActedOn() {
        assertThat(TerminalText.escape("a\u001B]0;owned\u0007b.txt")).isEqualTo("a\\e]0;owned\\u0007b.txt");
        assertThat(TerminalText.escape("請求書\u202Efdp.exe")).isEqualTo("請求書\\u202Efdp.exe");
        assertThat(TerminalText.escape("x\ndone: 0 failed\r")).isEqualTo("x\\ndone: 0 failed\\r");
        assertThat(TerminalText.escape("pay\u200Bpal")).isEqualTo("pay\\u200Bpal");
        assertThat(TerminalText.escape("\u009B31m")).isEqualTo("\\u009B31m");
    }

    @Test
    void ordinaryTextIsUnchangedAndABackslashCannotForgeAnEscape() {
        assertThat(TerminalText.escape("人事部/2024/評価一覧.xlsx")).isEqualTo("人事部/2024/評価一覧.xlsx");
        assertThat(TerminalText.escape("C:\\u202E")).isEqualTo("C:\\\\u202E");
        assertThat(TerminalText.escape(null)).isNull();
    }
}
