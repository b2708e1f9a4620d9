package io.leakscope.report;

import io.leakscope.core.impact.CategoryImpact;
import io.leakscope.core.model.Element;
import io.leakscope.core.obligations.Obligation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The impact summary as a workbook ({@code summary.xlsx}), for the people who will rework the
 * numbers: persons per category and element (the disclosure's table), the obligations, the files
 * not read with their reasons, and the documents per business class with the flagged ones and their
 * masked evidence. Counts only, no personal values.
 */
public final class SpreadsheetWriter {
    private SpreadsheetWriter() {
    }

    public static void write(ReportData d, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            impact(wb.createSheet("影響 impact"), d);
            obligations(wb.createSheet("対応 obligations"), d.obligations());
            notRead(wb.createSheet("未読 not read"), d);
            otherInformation(wb.createSheet("その他 other information"), d.otherInformation());
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void impact(Sheet s, ReportData d) {
        List<Element> shown = List.of(Element.values()).stream().filter(e -> d.impact().elementTotals().containsKey(e)).toList();
        Row header = s.createRow(0);
        header.createCell(0).setCellValue("区分 category");
        header.createCell(1).setCellValue("人数 persons");
        for (int i = 0; i < shown.size(); i++) {
            header.createCell(2 + i).setCellValue(ElementLabels.ja(shown.get(i)));
        }
        int r = 1;
        for (CategoryImpact c : d.impact().rows()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(c.category());
            row.createCell(1).setCellValue(c.persons());
            for (int i = 0; i < shown.size(); i++) {
                row.createCell(2 + i).setCellValue(c.elementCounts().getOrDefault(shown.get(i), 0));
            }
        }
        Row total = s.createRow(r);
        total.createCell(0).setCellValue("合計 total");
        total.createCell(1).setCellValue(d.impact().totalPersons());
        for (int i = 0; i < shown.size(); i++) {
            total.createCell(2 + i).setCellValue(d.impact().elementTotals().get(shown.get(i)));
        }
    }

    private static void obligations(Sheet s, List<Obligation> obligations) {
        row(s, 0, "id", "recipient", "required", "due", "triggers", "persons", "note");
        int r = 1;
        for (Obligation o : obligations) {
            row(s, r++, o.id(), o.recipient(), ReportWriter.required(o), o.due() == null ? "" : o.due(), String.join(", ", o.triggers()),
                    String.valueOf(o.persons()), o.dueNote());
        }
    }

    private static void notRead(Sheet s, ReportData d) {
        row(s, 0, "path", "status", "reason");
        int r = 1;
        for (var e : d.inventory().notDone()) {
            row(s, r++, e.path(), e.status(), e.reason() == null ? "" : e.reason());
        }
    }

    private static void otherInformation(Sheet s, OtherInformation o) {
        row(s, 0, "class", "分類", "documents");
        int r = 1;
        for (OtherInformation.ClassCount c : o.classes()) {
            row(s, r++, c.documentClass().id(), c.documentClass().label().japanese(), String.valueOf(c.documents()));
        }
        row(s, ++r, "flag", "path", "evidence", "line");
        for (var flagged : o.flagged().values()) {
            for (OtherInformation.Flagged d : flagged) {
                for (var f : d.flags()) {
                    row(s, ++r, f.kind().id(), d.path(), f.evidence(), String.valueOf(f.line()));
                }
            }
        }
    }

    private static void row(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
