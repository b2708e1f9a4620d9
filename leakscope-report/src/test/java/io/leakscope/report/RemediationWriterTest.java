package io.leakscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Element;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemediationWriterTest {
    @TempDir
    Path dir;

    @Test
    void accountsWithALeakedPasswordComeFirstInPriorityAndValuesAreMasked() throws Exception {
        var holders = List.of(
                new RemediationWriter.Holder("p-1", "group_employee", EnumSet.of(Element.NAME, Element.SYSTEM_ACCOUNT, Element.CREDENTIAL),
                        List.of("example\\g123456"), List.of("maria@sg.example-group.com")),
                new RemediationWriter.Holder("p-2", "domestic_employee", EnumSet.of(Element.NAME, Element.SYSTEM_ACCOUNT),
                        List.of("yamada"), List.of("s1@example-corp.co.jp")));
        var s = RemediationWriter.write(holders, List.of("example-corp.co.jp"), dir, false);
        assertThat(s).isEqualTo(new RemediationWriter.Summary(2, 2));
        assertThat(Files.readString(dir.resolve("accounts-to-reset.csv"))).contains("example\\g＊＊＊＊＊＊,p-1,group_employee,yes,reset now",
                "y＊＊＊＊＊,p-2,domestic_employee,no,review").doesNotContain("g123456");
        assertThat(Files.readString(dir.resolve("addresses-to-watch.csv"))).contains("m＊＊＊@sg.example-group.com,p-1,group_employee,no",
                "s＊＊＊@example-corp.co.jp,p-2,domestic_employee,yes");
    }
}
