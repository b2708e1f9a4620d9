package io.leakscope.core.model;

import java.util.List;

/**
 * The content of one leaked file as the ingest layer hands it to detection.
 *
 * @param path      leak-relative path ({@code a.zip!/b/c.xlsx} for archive members)
 * @param mediaType detected by content
 * @param text      the text outside tables, as extracted (not normalised; offsets refer to it)
 * @param tables    the tables, with their raw cells
 * @param ocr       whether (some of) the text was recognised by OCR from images, and so may hold misread characters
 */
public record ExtractedDocument(String path, String mediaType, String text, List<Table> tables, boolean ocr) {
    public ExtractedDocument {
        text = text == null ? "" : text;
        tables = List.copyOf(tables);
    }

    public ExtractedDocument(String path, String mediaType, String text, List<Table> tables) {
        this(path, mediaType, text, tables, false);
    }
}
