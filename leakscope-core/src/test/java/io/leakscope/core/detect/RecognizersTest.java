package io.leakscope.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leakscope.core.detect.common.EmailRecognizer;
import io.leakscope.core.detect.common.FieldLabels;
import io.leakscope.core.detect.jp.DateOfBirthRecognizer;
import io.leakscope.core.detect.jp.JapaneseDates;
import io.leakscope.core.detect.jp.JapaneseNameRecognizer;
import io.leakscope.core.detect.jp.JapanesePhoneRecognizer;
import io.leakscope.core.detect.jp.JapanesePostalAddressRecognizer;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.NormalizedText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecognizersTest {
    private final RecognizerRegistry registry = RecognizerRegistry.standard(KnownNames.NONE);

    private List<String> values(String text, FindingType type) {
        return registry.analyze(NormalizedText.of(text)).stream().filter(f -> f.type() == type).map(Finding::value).toList();
    }

    @Test
    void emailsButNotRoleMailboxes() {
        assertThat(values("連絡先: Taro.Yamada@Example.co.jp / info@example.co.jp / noreply@x.com", FindingType.EMAIL))
                .containsExactly("taro.yamada@example.co.jp");
        assertThat(new EmailRecognizer().matchWhole("support2@example.com")).isEmpty();
    }

    /** Internationalised domains in their ASCII form (RFC 5890 A-labels), as Presidio's e-mail cases write them. */
    @Test
    void emailsAtInternationalisedDomains() {
        assertThat(values("contact: ivan@xn--80ak6aa92e.xn--p1ai and taro@xn--eckwd4c7c.xn--zckzah", FindingType.EMAIL))
                .containsExactly("ivan@xn--80ak6aa92e.xn--p1ai", "taro@xn--eckwd4c7c.xn--zckzah");
        assertThat(new EmailRecognizer().matchWhole("a@b.x1")).isEmpty();
    }

    /**
     * Addresses from Apache Tika's test documents (a PHP manual, Tika's own mails) that are a mailing
     * list, its commands, or an SSH algorithm's name (RFC 4251 §6: name@domain), not a person's mailbox.
     */
    @Test
    void mailingListsTheirCommandsAndAlgorithmNamesAreNoOnesMailbox() {
        for (String address : List.of("php-general-subscribe@lists.php.net", "php-install@lists.php.net", "doc-license@lists.php.net",
                "tika-dev@lucene.apache.org", "tika-user-subscribe@lucene.apache.org", "core-user@hadoop.apache.org", "svnbook-dev@red-bean.com",
                "hmac-ripemd160@openssh.com", "chacha20-poly1305@openssh.com", "rijndael-cbc@lysator.liu.se", "sk-ssh-ed25519@openssh.com")) {
            assertThat(new EmailRecognizer().matchWhole(address)).as(address).isEmpty();
        }
        for (String address : List.of("jothipn@yahoo-inc.com", "juha.haaga@codenomicon.com", "wez@example.com", "tom.bauer@us.arthurandersen.com",
                "devon.smith@example.com", "helpman@example.com")) {
            assertThat(new EmailRecognizer().matchWhole(address)).as(address).isPresent();
        }
    }

    @Test
    void phonesIncludingFullWidthAndInternationalButNotSwitchboardOrFax() {
        assertThat(values("携帯：０９０－１２３４－５６７８", FindingType.PHONE)).containsExactly("+819012345678");
        assertThat(values("TEL +81 3-5123-4567", FindingType.PHONE)).containsExactly("+81351234567");
        assertThat(values("TEL: 03-5123-4567 FAX: 03-5123-4568", FindingType.PHONE)).containsExactly("+81351234567");
        assertThat(values("代表：03-3210-1111", FindingType.PHONE)).isEmpty();
        assertThat(values("TEL 03-3210-1111（代表）", FindingType.PHONE)).isEmpty();
        assertThat(values("注文番号 4512345678", FindingType.PHONE)).isEmpty();
        assertThat(values("直通 050-3123-4567", FindingType.PHONE)).containsExactly("+815031234567");
        assertThat(values("フリーダイヤル 0120-123-456", FindingType.PHONE)).containsExactly("+81120123456");
    }

    /**
     * A mail server log names each message by a queue id after the program's tag; a Postfix id is ten
     * or more hex digits, and one of digits alone that starts with 0 was read as a phone number of
     * whoever the line names (the 0.25 × generated leak: 21 false phone numbers on persons).
     */
    @Test
    void aMailLogsQueueIdIsNoPhoneNumber() {
        assertThat(values("Sep 15 08:27:12 mx01 postfix/qmgr[1187]: 0459663376: from=<a.b@example.ne.jp>, size=51264, nrcpt=1",
                FindingType.PHONE)).isEmpty();
        assertThat(values("Sep 15 08:27:12 mx01 postfix/smtpd[2001]: 0240087604: client=mail.example.net[203.0.113.10]",
                FindingType.PHONE)).isEmpty();
        assertThat(values("TEL: 0459663376", FindingType.PHONE)).containsExactly("+81459663376");
        assertThat(values("携帯[個人]: 09012345678", FindingType.PHONE)).as("after a label in brackets, no colon after it").containsExactly("+819012345678");
    }

    @Test
    void postalAddressesWithPostcodeAndBlockNumbers() {
        assertThat(values("住所：〒150-0001 東京都渋谷区神宮前１－２－３ TEL 03-5123-4567", FindingType.POSTAL_ADDRESS))
                .containsExactly("150-0001 東京都渋谷区神宮前1-2-3");
        assertThat(values("大阪府大阪市北区梅田3丁目1番", FindingType.POSTAL_ADDRESS)).hasSize(1);
        assertThat(values("東京都の天気は晴れ", FindingType.POSTAL_ADDRESS)).isEmpty();
        assertThat(values("送付先 横浜市中区山下町1-2-3 ハイツ101", FindingType.POSTAL_ADDRESS)).containsExactly("横浜市中区山下町1-2-3ハイツ101");
        var address = new JapanesePostalAddressRecognizer();
        assertThat(address.analyze(NormalizedText.of("〒150-0001 東京都渋谷区神宮前1-2-3"))).extracting(Candidate::score).containsExactly(0.95);
        assertThat(address.analyze(NormalizedText.of("〒100-0001 東京都渋谷区神宮前1-2-3"))).as("postcode of 千代田区")
                .extracting(Candidate::score).containsExactly(0.65);
        assertThat(address.analyze(NormalizedText.of("神奈川県横浜市中区山下町1-2"))).extracting(Candidate::score).containsExactly(0.8);
        assertThat(address.analyze(NormalizedText.of("大阪府横浜市中区山下町1-2"))).as("not a municipality of 大阪府")
                .extracting(Candidate::score).containsExactly(0.55);
        assertThat(address.analyze(NormalizedText.of("担当 山田 〒150-0001 と 〒160-0022、150-0002"))).as("postcodes alone, after other text")
                .extracting(Candidate::value, Candidate::score).containsExactly(tuple("150-0001", 0.4), tuple("160-0022", 0.4));
        assertThat(address.analyze(NormalizedText.of("送付先 横浜市中区山下町1-2"))).extracting(Candidate::score).containsExactly(0.6);
        assertThat(address.analyze(NormalizedText.of("送付先 北横浜市中区山下町1-2"))).as("a municipality inside a longer word of kanji")
                .isEmpty();
        assertThat(io.leakscope.core.detect.jp.Prefectures.ALL).hasSize(47).contains("北海道", "沖縄県");
        assertThat(JapanesePostalAddressRecognizer.canonical("東京都 港区 1ー2ー3")).isEqualTo("東京都港区1-2-3");
    }

    /**
     * A news article among Tika's test documents (testRTFJapanese.rtf): before, its sentence from
     * 東京都三鷹市 on was one "address" — the line's first 80 characters, a block number found in 8月.
     */
    @Test
    void anAddressEndsWithItsSentenceClauseOrBracket() {
        assertThat(values("渡部富哉さん(東京都三鷹市)が今年8月、東京・神田の古書店で、連合国軍総司令部(GHQ)が作成した調査報告書を発見。",
                FindingType.POSTAL_ADDRESS)).isEmpty();
        assertThat(values("本社(東京都千代田区丸の内1-1-1)にて", FindingType.POSTAL_ADDRESS)).containsExactly("東京都千代田区丸の内1-1-1");
        assertThat(values("住所：東京都港区芝公園4-2-8、電話 03-1234-5678", FindingType.POSTAL_ADDRESS)).containsExactly("東京都港区芝公園4-2-8");
        assertThat(values("住所：東京都港区芝公園4-2-8 芝ビル(3階)", FindingType.POSTAL_ADDRESS)).containsExactly("東京都港区芝公園4-2-8芝ビル(3階)");
    }

    @Test
    void datesOfBirthNeedTheirLabelAndReadEras() {
        assertThat(values("生年月日：昭和60年1月23日", FindingType.DATE_OF_BIRTH)).containsExactly("1985-01-23");
        assertThat(values("DOB: H2.3.4", FindingType.DATE_OF_BIRTH)).containsExactly("1990-03-04");
        assertThat(values("生年月日 平成元年5月1日", FindingType.DATE_OF_BIRTH)).containsExactly("1989-05-01");
        assertThat(values("入社日：2015/04/01", FindingType.DATE_OF_BIRTH)).isEmpty();
        assertThat(values("会議日 2024年6月12日", FindingType.DATE_OF_BIRTH)).isEmpty();
        assertThat(values("Date of Birth\t\t1985-01-23\nBORN 1990/3/4", FindingType.DATE_OF_BIRTH)).containsExactly("1985-01-23", "1990-03-04");
        assertThat(values("生年月日：" + "　".repeat(30) + "1985年1月23日", FindingType.DATE_OF_BIRTH))
                .as("the label's whole window is searched").containsExactly("1985-01-23");
        assertThat(JapaneseDates.parse("令和2年2月30日")).isEmpty();
        assertThat(new DateOfBirthRecognizer().matchWhole("1985/1/23").map(Candidate::value)).contains("1985-01-23");
        assertThat(LocalDate.parse(new DateOfBirthRecognizer().matchWhole("S60.1.23").orElseThrow().value())).hasYear(1985);
    }

    @Test
    void japaneseNamesFromMorphologyMastersAndLabels() {
        assertThat(values("担当：山田 太郎", FindingType.PERSON_NAME)).contains("山田 太郎");
        assertThat(values("氏名：中川 悠翔", FindingType.PERSON_NAME)).as("the labelled whole beats a partial morphology match")
                .containsExactly("中川 悠翔");
        assertThat(values("2012年3月 福田大学 卒業", FindingType.PERSON_NAME)).isEmpty();
        JapaneseNameRecognizer withMaster = new JapaneseNameRecognizer(KnownNames.of(List.of("髙橋 一二三")));
        assertThat(withMaster.analyze(NormalizedText.of("出席者：高橋一二三（営業部）"))).extracting(Candidate::value).contains("高橋一二三");
        assertThat(withMaster.analyze(NormalizedText.of("出席者:高橋一二三(営業部)"))).extracting(Candidate::value).contains("高橋一二三");
        assertThat(values("社員番号,氏名,所属\n165894,野村 健太,経理部", FindingType.PERSON_NAME)).contains("野村 健太");
        assertThat(values("・米田 弘（人事部）", FindingType.PERSON_NAME)).contains("米田 弘");
    }

    @Test
    void labelsAndHeadersMapToTypes() {
        assertThat(FieldLabels.roleOf("緊急連絡先電話番号")).contains(new FieldLabels.Role.Data(FindingType.PHONE));
        assertThat(FieldLabels.roleOf("代表電話番号")).contains(FieldLabels.Role.NOT_PERSONAL);
        assertThat(FieldLabels.roleOf("Last Login")).contains(FieldLabels.Role.NOT_PERSONAL);
        assertThat(FieldLabels.roleOf("Home Address")).contains(new FieldLabels.Role.Data(FindingType.POSTAL_ADDRESS));
        assertThat(FieldLabels.roleOf("settings")).isEmpty();
        assertThat(values("所属：営業部\t等級：G3", FindingType.DEPARTMENT)).containsExactly("営業部");
        assertThat(values("所属：営業部\t等級：G3", FindingType.HR_FIELD)).containsExactly("G3");
    }

    @Test
    void findingsPointAtTheOriginalText() {
        String text = "ﾒｰﾙ：ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ";
        Finding f = registry.analyze(NormalizedText.of(text)).stream().filter(x -> x.type() == FindingType.EMAIL).findFirst().orElseThrow();
        assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo("ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ");
        assertThat(new JapanesePhoneRecognizer().matchWhole("03-1234-5678")).isPresent();
    }

    @Test
    void surnamesThatAreAlsoPlaceNamesAndBulletedAttendees() {
        assertThat(values("担当：福井 正子", FindingType.PERSON_NAME)).containsExactly("福井 正子");
        assertThat(values("出席者：\n・長沢 一輝（法務部）\n・出口 麻衣子（開発本部）\n", FindingType.PERSON_NAME))
                .containsExactly("長沢 一輝", "出口 麻衣子");
        assertThat(values("品川駅前の福井県庁で会議", FindingType.PERSON_NAME)).isEmpty();
    }
}
