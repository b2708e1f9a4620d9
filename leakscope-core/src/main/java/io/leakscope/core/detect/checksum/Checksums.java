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
}
