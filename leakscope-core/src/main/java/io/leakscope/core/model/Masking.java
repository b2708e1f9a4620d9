package io.leakscope.core.model;

/**
 * Masks personal values for display: reports, the console and review screens show them masked
 * unless the reader asks to reveal them. Names keep their first character (山＊ ＊＊), e-mail
 * addresses their first character and domain, numbers their last four digits; anything else is
 * replaced whole.
 */
public final class Masking {
    private static final char MASK = '＊';

    private Masking() {
    }

    public static String mask(FindingType type, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (type) {
            case PERSON_NAME, NAME_KANA, FAMILY_MEMBER -> name(value);
            case EMAIL -> email(value);
            case DATE_OF_BIRTH -> "＊＊＊＊-＊＊-＊＊";
            default -> value.chars().filter(Character::isDigit).count() >= 6 ? lastFour(value) : "＊＊＊";
        };
    }

    /** A name with only its first character shown; spaces are kept so the shape stays readable. */
    public static String name(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sb.append(i == 0 || Character.isWhitespace(c) ? c : MASK);
        }
        return sb.toString();
    }

    private static String email(String value) {
        int at = value.indexOf('@');
        return at <= 0 ? "＊＊＊" : value.charAt(0) + "＊＊＊" + value.substring(at);
    }

    private static String lastFour(String value) {
        StringBuilder sb = new StringBuilder();
        int digitsSeen = 0;
        long total = value.chars().filter(Character::isDigit).count();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                boolean keep = Character.isDigit(c) && ++digitsSeen > total - 4;
                sb.append(keep ? c : MASK);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
