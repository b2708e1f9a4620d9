package io.leakscope.core.detect.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {
    /** Pieces of labels in Latin script, codes, amounts and the characters keys treat specially. */
    private static final String[] PIECES = {
        "name", "Name", "NAME", "e-mail", "mail", "tel", "TEL", "phone", "Phone", "id", "ID", "emp", "Employee", "no", "No.",
        "pass", "word", "tin", "TIN", "ssn", "dob", "kin", "next", "of", "fax", "serial", "P-", "A-", "AB", "kg", "x", "Q",
        "n*ame", "t_el", "p[hone]", "e_mail", "0", "12", "879525", "-", ".", "/", "#", "(", ")", ":", "*", "_", "[", "]", " ", "  ", "\t", "氏名", "電話", "ﾒｰﾙ",
    };

    @Test
    void theAsciiShortcutAnswersAsTheLookUp() {
        Random random = new Random(20261124);
        int shortcuts = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(5);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String header = sb.toString();
            if (FieldLabels.asciiWithoutLabel(header)) {
                shortcuts++;
                assertThat(FieldLabels.lookUpWithoutShortcuts(header)).as(header).isEmpty();
            }
            assertThat(FieldLabels.roleOf(header)).as(header).isEqualTo(FieldLabels.lookUpWithoutShortcuts(header));
        }
        assertThat(shortcuts).as("headers decided by the shortcut").isGreaterThan(1_000);
    }

    @Test
    void codesWithLettersAreDecidedWithoutAKey() {
        assertThat(FieldLabels.asciiWithoutLabel("P-879525")).isTrue();
        assertThat(FieldLabels.asciiWithoutLabel("12kg")).isTrue();
        assertThat(FieldLabels.asciiWithoutLabel("TEL")).as("a label").isFalse();
        assertThat(FieldLabels.asciiWithoutLabel("t_el")).as("a character the key drops: tel").isFalse();
        assertThat(FieldLabels.asciiWithoutLabel("full name")).as("a space").isFalse();
        assertThat(FieldLabels.asciiWithoutLabel("X")).as("one character").isFalse();
    }

    @Test
    void aHeaderSaysWhoseFirstAndWhatLast() {
        assertThat(FieldLabels.roleOf("緊急連絡先氏名")).contains(new FieldLabels.Role.Data(io.leakscope.core.model.FindingType.PERSON_NAME));
        assertThat(FieldLabels.roleOf("緊急連絡先電話番号")).contains(new FieldLabels.Role.Data(io.leakscope.core.model.FindingType.PHONE));
        assertThat(FieldLabels.roleOf("配偶者生年月日")).contains(new FieldLabels.Role.Data(io.leakscope.core.model.FindingType.DATE_OF_BIRTH));
        assertThat(FieldLabels.roleOf("代表電話番号")).as("not personal, whatever it ends with").contains(FieldLabels.Role.NOT_PERSONAL);
    }
}
