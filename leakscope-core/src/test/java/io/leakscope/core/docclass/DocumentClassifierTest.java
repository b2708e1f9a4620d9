package io.leakscope.core.docclass;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {
    private final DocumentClassifier classifier = new DocumentClassifier();

    private DocumentClassification of(String path, String text) {
        return classifier.classification(path, "application/octet-stream", text, List.of());
    }

    @Test
    void theFileNameTitleAndContentDecideAndAreExplained() {
        DocumentClassification c = of("経理/2024/御請求書_0012.pdf", "御請求書\n株式会社サンプル 御中\n請求金額 ¥120,000\n支払期限 2024-10-31\n振込先 ○○銀行");
        assertThat(c.documentClass()).isEqualTo(DocumentClass.INVOICE);
        assertThat(c.explanation()).contains("file name \"御請求書\"").contains("content \"請求金額\"");
        assertThat(of("共有/資料_003.docx", "業務委託契約書\n甲と乙は以下のとおり契約を締結する。\n第1条（目的）").documentClass())
                .as("a neutral file name: the title decides").isEqualTo(DocumentClass.CONTRACT);
        assertThat(of("Sales/Q3/quarterly_revenue.xlsx", "").documentClass()).isEqualTo(DocumentClass.SALES_DATA);
    }

    @Test
    void aPlanningWordAfterAnotherClassesNameSaysWhatIsDoneNotWhatItIsAbout() {
        assertThat(of("共有/研修計画.docx", "").documentClass()).isEqualTo(DocumentClass.HR);
        assertThat(of("共有/採用計画.docx", "").documentClass()).isEqualTo(DocumentClass.RECRUITING);
        assertThat(of("共有/事業計画.docx", "").documentClass()).as("事業 names no class").isEqualTo(DocumentClass.PLANNING);
        assertThat(of("共有/研修計画.docx", "").explanation()).doesNotContain("計画");
    }

    @Test
    void tablesCountByTheirHeadersAndSheetNames() {
        Table t = new Table("売上集計", List.of(List.of("品番", "品名", "数量", "単価", "金額"), List.of("P-1", "部品", "3", "100", "300")));
        assertThat(classifier.classification("book1.xlsx", "application/x", "", List.of(t)).documentClass()).isEqualTo(DocumentClass.SALES_DATA);
    }

    @Test
    void mailsAndSystemFilesByTheirFormat() {
        assertThat(classifier.classification("box.mbox!/message-0001.eml", "message/rfc822", "Subject: 請求書の件", List.of()).documentClass())
                .isEqualTo(DocumentClass.EMAIL);
        assertThat(classifier.classification("srv/app.conf", "text/plain", "port=8080\nhost=db01.corp.local", List.of()).documentClass())
                .isEqualTo(DocumentClass.SYSTEM_DATA);
    }

    @Test
    void withoutAnySignalADocumentIsOther() {
        assertThat(of("共有/メモ.txt", "明日は雨の予報です。").documentClass()).isEqualTo(DocumentClass.OTHER);
        assertThat(of("共有/メモ.txt", "明日は雨の予報です。").explanation()).isEqualTo("no class signal");
        assertThat(of("misc/explanation.txt", "see the explanation").documentClass()).as("plan is not in explanation").isEqualTo(DocumentClass.OTHER);
        assertThat(of("共有/メモ.txt", "減価償却の考え方").explanation())
                .isEqualTo("too weak for a class: finance 0.4 < 1.5 (content \"減価償却\" +0.4)");
    }

    @Test
    void caseRulesComeFirst() {
        DocumentClassifier withRule = new DocumentClassifier(List.of(new ClassRule(DocumentClass.AUDIT, List.of("監査室/**"), List.of()),
                new ClassRule(DocumentClass.LEGAL, List.of(), List.of("係争案件"))));
        DocumentClassification audit = withRule.classification("監査室/請求書.pdf", null, "御請求書", List.of());
        assertThat(audit.documentClass()).isEqualTo(DocumentClass.AUDIT);
        assertThat(audit.explanation()).isEqualTo("rule \"path 監査室/**\" +10.0");
        assertThat(withRule.classification("x/memo.txt", null, "係争案件の一覧", List.of()).documentClass()).isEqualTo(DocumentClass.LEGAL);
    }
}
