package io.leakscope.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void showsOnlyWhatIdentifiesTheRowNotThePerson() {
        assertThat(Masking.mask(FindingType.PERSON_NAME, "山田 太郎")).isEqualTo("山＊ ＊＊");
        assertThat(Masking.mask(FindingType.EMAIL, "taro.yamada@example.co.jp")).isEqualTo("t＊＊＊@example.co.jp");
        assertThat(Masking.mask(FindingType.PHONE, "+819012345678")).isEqualTo("+＊＊＊＊＊＊＊＊5678");
        assertThat(Masking.mask(FindingType.MY_NUMBER, "123456789018")).isEqualTo("＊＊＊＊＊＊＊＊9018");
        assertThat(Masking.mask(FindingType.SENSITIVE_INFO, "うつ病による療養")).isEqualTo("＊＊＊");
        assertThat(Masking.mask(FindingType.PASSWORD, "Xy7!kq2p")).isEqualTo("＊＊＊");
        assertThat(Masking.mask(FindingType.DATE_OF_BIRTH, "1985-01-23")).isEqualTo("＊＊＊＊-＊＊-＊＊");
    }
}
