package io.leakscope.core.detect.common;

import io.leakscope.core.detect.jp.JapanesePostalAddressRecognizer;
import io.leakscope.core.model.Element;
import io.leakscope.core.model.FindingType;
import io.leakscope.core.text.Kana;
import io.leakscope.core.text.Names;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks and normalises a value that a label or a column header has already typed, for the types
 * that have no pattern of their own (a department, a grade, a gender …). Values that cannot be of
 * the type are rejected: a "name" with digits, a gender that is not one, an empty cell.
 */
public final class FieldValues {
    private static final Pattern FINAL_BRACKETS = Pattern.compile("[(（][^)）]*[)）]$");
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[\\s-]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_LENGTH = 120;
    private static final Set<String> GENDERS = Set.of("男", "女", "男性", "女性", "male", "female", "m", "f",
            "その他", "other", "non-binary", "nonbinary", "無回答", "x");
    private static final Set<String> EMPTY = Set.of("-", "－", "ー", "—", "n/a", "na", "null", "なし", "無", "none", "未設定", "不明", "同上", "未定", "未記入", "特になし");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{2,4}[-/.]\\d{1,2}[-/.]\\d{1,4}.*");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_\\-./]{1,24}");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_\\-.@\\\\]{1,63}");

    private FieldValues() {
    }

    public static Optional<String> accept(FindingType type, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String v = WHITESPACE.matcher(Names.nfkc(raw).strip()).replaceAll(" ");
        if (v.isEmpty() || v.length() > MAX_LENGTH || EMPTY.contains(v.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (type.element() == Element.ID_DOCUMENT || type.element() == Element.TAXPAYER_ID) {
            return type == FindingType.HEALTH_INSURANCE_NUMBER ? Optional.of(v) : identityNumber(v);
        }
        return switch (type) {
            case PERSON_NAME -> personName(v);
            case NAME_KANA -> Kana.isKana(v) ? Optional.of(Kana.toKatakana(v)) : Optional.empty();
            case GENDER -> GENDERS.contains(v.toLowerCase(Locale.ROOT)) ? Optional.of(v) : Optional.empty();
            case EMPLOYEE_ID -> ID.matcher(v).matches() && HAS_DIGIT.matcher(v).find() ? Optional.of(v.toUpperCase(Locale.ROOT)) : Optional.empty();
            case API_TOKEN -> v.length() >= 8 && !v.contains(" ") ? Optional.of(v) : Optional.empty();
            case SYSTEM_ACCOUNT -> ACCOUNT.matcher(v).matches() && !DATE_LIKE.matcher(v).matches()
                    ? Optional.of(v.toLowerCase(Locale.ROOT)) : Optional.empty();
            case POSTAL_ADDRESS, COMPANY_ADDRESS ->
                    HAS_DIGIT.matcher(v).find() && v.length() >= 6 ? Optional.of(JapanesePostalAddressRecognizer.canonical(v)) : Optional.empty();
            default -> Optional.of(v);
        };
    }

    /** Identity and tax numbers compare without their grouping: "123-45-6789" = "123456789". */
    private static Optional<String> identityNumber(String v) {
        String compact = SPACE_OR_HYPHEN.matcher(v).replaceAll("").toUpperCase(Locale.ROOT);
        return ID.matcher(compact).matches() && HAS_DIGIT.matcher(compact).find() ? Optional.of(compact) : Optional.empty();
    }

    /** The vowel and tone marks of scripts such as Thai (สมชาย ใจดี), which are not letters of their own. */
    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A name: letters only (kanji, kana, latin, Thai …, with spaces, dots, hyphens), 2–40 characters;
     * in Latin script also shaped like a name ({@link LatinNameShape}).
     */
    private static Optional<String> personName(String v) {
        String name = FINAL_BRACKETS.matcher(v).replaceAll("").strip();
        if (name.length() < 2 || name.length() > 40) {
            return Optional.empty();
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetter(c) || isMark(c) || c == ' ' || c == '.' || c == '-' || c == '・' || c == '\'' || c == 'ー' || c == '々')) {
                return Optional.empty();
            }
        }
        String display = Names.display(name);
        return Names.isLatin(display) && LatinNameShape.of(display) == LatinNameShape.Verdict.NOT_A_NAME ? Optional.empty() : Optional.of(display);
    }
}
