package io.leakscope.core.detect.common;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a value in Latin script that a label or a name column calls a name is shaped like a
 * person's name. Help texts, manuals and file-format specifications put "Name" before words,
 * identifiers and file names (Apache Tika's test documents: {@code Name\tDefault\tChangeable},
 * {@code Name: readme.doc}, a "Resource Type Name" column of {@code pgsql link}): a name is one to
 * six words, each capitalised or a particle (van, de, bin …) or the word after one, never a code identifier
 * ({@code funcA}, {@code SurfaceArea}), a file or host name, a sentence, or words of a table's
 * header alone.
 *
 * <ul>
 *   <li>{@link Verdict#LIKELY} — capitalised words: Maria Schmidt, YAMADA Taro, Sean O'Brien, Dan.</li>
 *   <li>{@link Verdict#POSSIBLE} — lower-case words only ({@code john smith}): kept after a label,
 *       but not evidence that a column holds names.</li>
 *   <li>{@link Verdict#NOT_A_NAME} — the rest.</li>
 * </ul>
 */
public final class LatinNameShape {
    private static final Pattern FINAL_PERIOD = Pattern.compile("\\.$");
    private static final Pattern SPACES = Pattern.compile(" +");
    public enum Verdict { LIKELY, POSSIBLE, NOT_A_NAME }

    /** Lower-case words that stand inside names: Ludwig van Beethoven, Maria de la Cruz, Ahmad bin Ismail. */
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "das", "do", "dos", "di", "du", "del",
            "della", "la", "le", "bin", "binti", "binte", "al", "el", "y", "e", "ter", "ten", "zu", "af", "av", "st.", "of", "het", "op", "'t", "in", "tot", "à");
    /** Ends of a word's first part after which a capital may follow: McDonald, MacArthur, VonRueden, DeAndre, LaToya, FitzGerald, UijtdeHaag. */
    private static final Pattern INNER_CAPITAL_PREFIX = Pattern.compile("(?:.*(?:de|van|der|la|le|di|da|du|von)|Mc|Mac|Van|Von|De|Di|Da|Du|La|Le|Fitz|O'|D')");
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}\\p{Lu}");
    /** A file or host name: readme.doc, foo.c, php.net, green.html. */
    private static final Pattern FILE_NAME = Pattern.compile("\\p{L}[\\p{L}\\d_-]+\\.\\p{Ll}{1,5}");
    /** Words of sentences: a name does not hold them ("The data type used for this field", "Created By"). */
    private static final Set<String> SENTENCE_WORDS = Set.of("the", "a", "an", "of", "for", "to", "in", "on", "at", "by", "with", "from",
            "and", "or", "not", "is", "are", "was", "be", "this", "that", "these", "those", "used", "returns", "if", "when", "which", "what",
            "how", "your", "our", "its", "it");
    /**
     * Words of table headers, help texts and forms that stand for no one alone or together
     * ("Default", "Description", "Possible Values", "Return Type"); some are surnames too
     * (Price, Key), so a name with another word is not refused for holding one.
     */
    private static final Set<String> HEADER_WORDS = Set.of("default", "description", "value", "values", "type", "types", "meaning",
            "usage", "example", "examples", "note", "notes", "comment", "comments", "remarks", "status", "result", "results", "return",
            "parameter", "parameters", "option", "options", "size", "length", "format", "version", "data", "field", "fields", "column",
            "columns", "table", "row", "title", "label", "key", "code", "summary", "details", "item", "items", "total", "count",
            "number", "amount", "category", "changeable", "possible", "supported", "limit", "equivalent", "function", "method", "class",
            "object", "resource", "property", "properties", "attribute", "reference", "link", "file", "files", "folder", "path", "name",
            "names", "address", "arrival", "departure", "test", "sample", "unknown", "none", "other", "yes", "no", "true", "false",
            "null", "copyright", "license", "changelog", "databases", "database", "level", "mode", "state", "source", "target", "text",
            "string", "integer", "boolean", "date", "time", "image", "list", "index", "content", "contents", "page", "section", "chapter");

    private LatinNameShape() {
    }

    public static Verdict of(String value) {
        String[] words = SPACES.split(value.strip());
        if (words.length == 0 || words.length > 6) {
            return Verdict.NOT_A_NAME;
        }
        int capitalised = 0;
        int lowerCase = 0;
        int headerWords = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (FILE_NAME.matcher(w).matches() || innerCapital(w) || sentenceWord(w, lower)) {
                return Verdict.NOT_A_NAME;
            }
            headerWords += HEADER_WORDS.contains(FINAL_PERIOD.matcher(lower).replaceAll("")) ? 1 : 0;
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            } else if (!PARTICLES.contains(lower) && (i == 0 || !PARTICLES.contains(words[i - 1].toLowerCase(Locale.ROOT)))) {
                lowerCase++; // but "De luca", "Da silva": a family name after its particle, as exports write it
            }
        }
        if (headerWords == words.length) {
            return Verdict.NOT_A_NAME;
        }
        if (lowerCase > 0) {
            return capitalised > 0 || words.length == 1 ? Verdict.NOT_A_NAME : Verdict.POSSIBLE; // "Possible values", "imap"
        }
        if (words.length == 1 && isUpperCase(words[0]) && words[0].length() <= 3) {
            return Verdict.NOT_A_NAME; // COM, PK, XXX
        }
        return Verdict.LIKELY;
    }

    /** A word of a sentence; capitalised ("Created By") only when no one is called so (An, Do, To, With and From are names too). */
    private static boolean sentenceWord(String word, String lower) {
        return SENTENCE_WORDS.contains(lower) && !PARTICLES.contains(lower) && (word.equals(lower) || !NAMES_TOO.contains(lower));
    }

    private static final Set<String> NAMES_TOO = Set.of("a", "an", "to", "do", "on", "in", "at", "or", "be", "it", "from", "with", "the", "are");

    private static boolean innerCapital(String word) {
        var m = INNER_CAPITAL.matcher(word);
        while (m.find()) {
            String before = word.substring(0, m.start() + 1);
            if (!INNER_CAPITAL_PREFIX.matcher(before).matches() && !isUpperCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpperCase(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }
}
