package io.leakscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("case.yaml"), yaml);
    }

    @Test
    void loadsTheContractExample() throws Exception {
        Path example = Path.of("..", "examples", "case.yaml");
        CaseConfig c = CaseConfigLoader.load(example);
        assertThat(c.caseInfo().ownEmailDomains()).contains("example.co.jp");
        assertThat(c.masters()).first().satisfies(m -> assertThat(m.columns()).containsEntry("employee_id", "社員番号"));
        assertThat(c.rules()).hasSize(4);
        assertThat(c.rules().get(3).when().tableTitle()).containsExactly("応募者", "採用候補");
        assertThat(c.defaultCategory()).isEqualTo("unknown");
        assertThat(c.relativeCategory()).isEqualTo("employee_family");
    }

    @Test
    void unknownKeyIsAnErrorWithItsNameAndLine() throws Exception {
        Path f = write("case:\n  name: x\n  colour: red\n");
        assertThatThrownBy(() -> CaseConfigLoader.load(f)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'colour' at line 3");
    }

    @Test
    void unknownElementIsAnError() throws Exception {
        Path f = write("case:\n  name: x\nrules:\n  - category: a\n    when:\n      has_elements: [shoe_size]\n");
        assertThatThrownBy(() -> CaseConfigLoader.load(f)).hasMessageContaining("shoe_size");
    }

    @Test
    void masterWithMissingHeaderOrEmptyKeyIsAClearError() throws Exception {
        Files.writeString(dir.resolve("hr.csv"), "社員番号,氏名\n1001,山田 太郎\n,佐藤 花子\n");
        Path f = write("case:\n  name: x\nmasters:\n  - name: hr\n    path: hr.csv\n    category: domestic_employee\n"
                + "    key: 社員番号\n    columns:\n      name: 氏名\n");
        assertThatThrownBy(() -> MasterLoader.load(CaseConfigLoader.load(f), dir))
                .hasMessageContaining("master 'hr'").hasMessageContaining("row 3");
        Path g = write("case:\n  name: x\nmasters:\n  - name: hr\n    path: hr.csv\n    category: domestic_employee\n"
                + "    key: 社員番号\n    columns:\n      email: メール\n");
        assertThatThrownBy(() -> MasterLoader.load(CaseConfigLoader.load(g), dir)).hasMessageContaining("'メール'");
    }

    @Test
    void documentClassRulesAreCheckedAndBecomeClassifierRules() throws Exception {
        Path f = write("case:\n  name: x\ndocument_classes:\n  - class: audit\n    when:\n      path: [\"監査室/**\"]\n"
                + "  - class: legal\n    when:\n      keywords: [係争案件]\n");
        assertThat(CaseConfigLoader.classRules(CaseConfigLoader.load(f))).extracting(r -> r.documentClass().id() + " " + r.paths() + r.keywords())
                .containsExactly("audit [監査室/**][]", "legal [][係争案件]");
        Path unknownClass = write("case:\n  name: x\ndocument_classes:\n  - class: gossip\n    when:\n      path: [\"a/**\"]\n");
        assertThatThrownBy(() -> CaseConfigLoader.load(unknownClass)).hasMessageContaining("unknown document class: gossip").hasMessageContaining("contract");
        Path unknownKey = write("case:\n  name: x\ndocument_classes:\n  - class: legal\n    when:\n      folder: [a]\n");
        assertThatThrownBy(() -> CaseConfigLoader.load(unknownKey)).hasMessageContaining("unknown key 'folder' at line 6");
        Path nothingToMatch = write("case:\n  name: x\ndocument_classes:\n  - class: legal\n");
        assertThatThrownBy(() -> CaseConfigLoader.load(nothingToMatch)).hasMessageContaining("needs 'when' with a 'path' or 'keywords'");
    }
}
