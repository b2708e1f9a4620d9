package io.leakscope.core.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.detect.KnownNames;
import io.leakscope.core.detect.RecognizerRegistry;
import io.leakscope.core.model.ExtractedDocument;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.model.PersonRecord;
import io.leakscope.core.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overseas subsidiaries' leavers as their HR writes them, in their languages and column headers. */
class ForeignSheetsTest {
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer(RecognizerRegistry.standard(KnownNames.NONE),
            OwnOrganization.of("株式会社エグザンプル", List.of("Example America Inc."), List.of("example-corp.co.jp")));

    private List<PersonRecord> rows(Table table) {
        return analyzer.analyze(new ExtractedDocument("海外/leavers.xlsx", "x", "", List.of(table))).records();
    }

    @Test
    void anEnglishLeaversSheetWithSsns() {
        Table sheet = new Table("Terminated", List.of(List.of("Example America Inc. - Terminated Employees 2019-2023 (CONFIDENTIAL)"), List.of(),
                List.of("Employee ID", "First Name", "Last Name", "SSN", "Hire Date", "Termination Date", "Reason"),
                List.of("US43672", "Gene", "Volkman", "243-83-4217", "2014-07-05", "2022-03-31", "Relocation")));
        assertThat(rows(sheet)).singleElement().satisfies(r -> {
            assertThat(r.values(FindingType.PERSON_NAME)).containsExactly("Gene Volkman");
            assertThat(r.values(FindingType.EMPLOYEE_ID)).containsExactly("US43672");
            assertThat(r.values(FindingType.US_SSN)).containsExactly("243834217");
            assertThat(r.values(FindingType.HR_FIELD)).containsExactlyInAnyOrder("2014-07-05", "2022-03-31");
        });
    }

    @Test
    void aChineseLeaversListWithResidentAndTaxpayerNumbers() {
        Table sheet = new Table("离职员工", List.of(List.of("爱克赞普尔（上海）有限公司 离职员工名单 2019-2023"),
                List.of("序号", "工号", "姓名", "性别", "身份证号码", "纳税人识别号", "部门", "职位", "入职日期", "离职日期"),
                List.of("1", "CN20931", "王伟", "男", "11010519491231002X", "11010519491231002X", "销售部", "经理", "2015-03-01", "2021-06-30")));
        assertThat(rows(sheet)).singleElement().satisfies(r -> {
            assertThat(r.values(FindingType.PERSON_NAME)).containsExactly("王伟");
            assertThat(r.values(FindingType.EMPLOYEE_ID)).containsExactly("CN20931");
            assertThat(r.values(FindingType.CN_RESIDENT_ID)).containsExactly("11010519491231002X");
            assertThat(r.values(FindingType.GENDER)).containsExactly("男");
            assertThat(r.values(FindingType.DEPARTMENT)).containsExactly("销售部");
        });
    }

    @Test
    void aThaiLeaversSheet() {
        Table sheet = new Table("ลาออก", List.of(
                List.of("ลำดับ", "รหัสพนักงาน", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "เลขประจำตัวผู้เสียภาษี", "วันที่ลาออก"),
                List.of("1", "TH10442", "สมชาย ใจดี", "1103700123458", "1103700123458", "2023-02-28")));
        assertThat(rows(sheet)).singleElement().satisfies(r -> {
            assertThat(r.values(FindingType.PERSON_NAME)).containsExactly("สมชาย ใจดี");
            assertThat(r.values(FindingType.EMPLOYEE_ID)).containsExactly("TH10442");
            assertThat(r.values(FindingType.TH_NATIONAL_ID)).containsExactly("1103700123458");
        });
    }
}
