package io.leakscope.core.docclass;

/** A name shown to readers of the bilingual report, in Japanese and in English. */
public record Label(String japanese, String english) {
    /** "契約書 / contracts" */
    public String both() {
        return japanese + " / " + english;
    }
}
