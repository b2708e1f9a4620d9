package io.leakscope.core.model;

/**
 * One file of the leak, or one member of an archive or mail, as accounted for in the inventory
 * (contract {@code inventory-export.md}).
 *
 * @param status   {@code done}, {@code failed} or {@code skipped}
 * @param reason   a machine-readable code for failed/skipped, optionally ": " and text; else null
 * @param findings personal-data findings in this file itself
 * @param ocr      whether its text was (partly) recognised by OCR
 */
public record InventoryEntry(String path, String parent, Long size, String sha256, String mediaType,
                             String status, String reason, int findings, boolean ocr) {

    public InventoryEntry(String path, String parent, Long size, String sha256, String mediaType,
                          String status, String reason, int findings) {
        this(path, parent, size, sha256, mediaType, status, reason, findings, false);
    }
}
