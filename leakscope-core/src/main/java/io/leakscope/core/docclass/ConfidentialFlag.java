package io.leakscope.core.docclass;

/**
 * One piece of confidential corporate information in a document.
 *
 * @param evidence the words that raised the flag with a little context, digits masked; a secret's
 *                 value is never part of it ("password: ****")
 * @param line     1-based line of the extracted text where it was seen, 0 when from the path
 */
public record ConfidentialFlag(FlagKind kind, String evidence, int line) {
}
