package io.leakscope.core.detect.checksum;

import java.math.BigInteger;

/** Check-digit algorithms of the identifiers the recognizers validate. Inputs are digit strings. */
public final class Checksums {
    private Checksums() {
    }

    /** Luhn (ISO/IEC 7812-1 Annex B), used by payment card numbers. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /**
     * Individual Number (マイナンバー), 12 digits, the last a check digit: 11 − (Σ Pn×Qn mod 11), 0 when
     * the remainder is 0 or 1; Pn is the n-th digit from the right of the first eleven, Qn = n+1 for
     * n ≤ 6, n−5 for n ≥ 7 (個人番号の指定に関する省令 第5条).
     */
    public static boolean myNumber(String d) {
        if (d.length() != 12) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = d.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int r = sum % 11;
        int check = r <= 1 ? 0 : 11 - r;
        return check == d.charAt(11) - '0';
    }

    /**
     * Corporate Number (法人番号), 13 digits, the FIRST a check digit: 9 − (Σ Pn×Qn mod 9); Pn is the
     * n-th digit from the right of the last twelve, Qn = 1 for odd n, 2 for even n
     * (法人番号の指定等に関する省令 第2条).
     */
    public static boolean corporateNumber(String d) {
        if (d.length() != 13) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int p = d.charAt(13 - n) - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - (sum % 9) == d.charAt(0) - '0';
    }

    /** IBAN (ISO 13616): the rearranged number, letters as 10..35, mod 97 equals 1. */
    public static boolean iban(String iban) {
        String s = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static final int[][] VERHOEFF_D = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] VERHOEFF_P = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    /** Verhoeff (dihedral group D5), used by India's Aadhaar numbers. */
    public static boolean verhoeff(String digits) {
        int c = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            c = VERHOEFF_D[c][VERHOEFF_P[i % 8][d]];
        }
        return c == 0;
    }

    /** China's resident identity number (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character. */
    public static boolean chineseResidentId(String id) {
        if (id.length() != 18) {
            return false;
        }
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * w[i];
        }
        return "10X98765432".charAt(sum % 11) == Character.toUpperCase(id.charAt(17));
    }

    /** South Korea's resident registration number (13 digits): weights 2..9,2..5, check (11 − sum mod 11) mod 10. */
    public static boolean koreanRrn(String d) {
        if (d.length() != 13) {
            return false;
        }
        int[] w = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (d.charAt(i) - '0') * w[i];
        }
        return (11 - sum % 11) % 10 == d.charAt(12) - '0';
    }

    /** Thailand's national id (13 digits): Σ d_i × (13 − i) for the first twelve, check (11 − sum mod 11) mod 10. */
    public static boolean thaiNationalId(String d) {
        if (d.length() != 13) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (d.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10 == d.charAt(12) - '0';
    }

    /**
     * Singapore NRIC/FIN: a prefix letter (S, T for citizens and PRs born before/after 2000; F, G for
     * foreigners), seven digits and a check letter: Σ digit×(2,7,6,5,4,3,2), plus 4 for T and G,
     * mod 11 indexes "JZIHGFEDCBA" (S, T) or "XWUTRQPNMLK" (F, G).
     */
    public static boolean singaporeNric(String id) {
        if (id.length() != 9 || "STFG".indexOf(id.charAt(0)) < 0) {
            return false;
        }
        int[] w = {2, 7, 6, 5, 4, 3, 2};
        int sum = id.charAt(0) == 'T' || id.charAt(0) == 'G' ? 4 : 0;
        for (int i = 0; i < 7; i++) {
            sum += (id.charAt(i + 1) - '0') * w[i];
        }
        String letters = id.charAt(0) == 'S' || id.charAt(0) == 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
        return letters.charAt(sum % 11) == id.charAt(8);
    }
}
