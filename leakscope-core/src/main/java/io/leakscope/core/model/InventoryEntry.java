package io.leakscope.core.model;

import io.leakscope.core.docclass.DocumentClassification;

/**
 * One file of the leak, or one member of an archive or mail, as accounted for in the inventory
 * (contract {@code inventory-export.md}).
 *
 * @param status   {@code done}, {@code failed} or {@code skipped}
 * @param reason   a machine-readable code for failed/skipped, optionally ": " and text; else null
 * @param findings personal-data findings in this file itself
 * @param ocr      whether its text was (partly) recognised by OCR
 * @param classification its business class and confidential-information flags; null in cases
 *                       scanned before documents were classified
 */
public record InventoryEntry(String path, String parent, Long size, String sha256, String mediaType,
                             String status, String reason, int findings, boolean ocr, DocumentClassification classification) {

    public InventoryEntry(String path, String parent, Long size, String sha256, String mediaType,
                          String status, String reason, int findings, boolean ocr) {
        this(path, parent, size, sha256, mediaType, status, reason, findings, ocr, null);
    }

    public InventoryEntry(String path, String parent, Long size, String sha256, String mediaType,
                          String status, String reason, int findings) {
        this(path, parent, size, sha256, mediaType, status, reason, findings, false, null);
    }

    /** The same entry with its class and flags. */
    public InventoryEntry classified(DocumentClassification c) {
        return new InventoryEntry(path, parent, size, sha256, mediaType, status, reason, findings, ocr, c);
    }
}
