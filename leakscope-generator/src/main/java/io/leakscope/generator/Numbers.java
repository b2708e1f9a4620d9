package io.leakscope.generator;

import java.util.Random;

/** Numbers with real check digits, for personal data and for decoys that only look like it. */
final class Numbers {
    private Numbers() {
    }

    /** A 12-digit Individual Number with a valid check digit. */
    static String myNumber(Random r) {
        StringBuilder b = digits(r, 11, true);
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            sum += (b.charAt(11 - n) - '0') * (n <= 6 ? n + 1 : n - 5);
        }
        int rem = sum % 11;
        return b.append(rem <= 1 ? 0 : 11 - rem).toString();
    }

    /** A 13-digit Corporate Number (check digit first). */
    static String corporateNumber(Random r) {
        StringBuilder b = digits(r, 12, true);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (b.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + b.toString();
    }

    /** A JAN/EAN-13 code of a Japanese product (prefix 45/49), with its mod-10 check digit. */
    static String jan(Random r) {
        StringBuilder b = new StringBuilder(r.nextBoolean() ? "45" : "49").append(digits(r, 10, false));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (b.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return b.append((10 - sum % 10) % 10).toString();
    }

    /** A 16-digit serial number that passes Luhn and starts like a Visa card: the hardest decoy. */
    static String luhnSerial(Random r) {
        StringBuilder b = new StringBuilder("4").append(digits(r, 14, false));
        for (int check = 0; check < 10; check++) {
            String candidate = b.toString() + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    /** A US SSN that follows the SSA's rules (area 001–665, group and serial not zero). */
    static String ssn(Random r) {
        return String.format("%03d-%02d-%04d", 1 + r.nextInt(665), 1 + r.nextInt(99), 1 + r.nextInt(9999));
    }

    /** A US ITIN: area 9xx, a group the IRS issues (70–88 here), a serial. */
    static String itin(Random r) {
        return String.format("9%02d-%02d-%04d", r.nextInt(100), 70 + r.nextInt(19), 1 + r.nextInt(9999));
    }

    /** A residence card number: two letters, eight digits, two letters. */
    static String residenceCard(Random r) {
        return "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + digits(r, 8, false)
                + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
    }

    /** A UK National Insurance number with an issued prefix. */
    static String nino(Random r) {
        String[] prefixes = {"AB", "CE", "JH", "KL", "ME", "PR", "SW", "TY"};
        return prefixes[r.nextInt(prefixes.length)] + " " + digits(r, 2, false) + " " + digits(r, 2, false) + " "
                + digits(r, 2, false) + " " + "ABCD".charAt(r.nextInt(4));
    }

    /** A Chinese resident id with a real birth date and its MOD 11-2 check character. */
    static String chineseResidentId(Random r) {
        String base = "110105" + (1960 + r.nextInt(40)) + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 3, false);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * w[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }

    /** A Singapore NRIC (S or T) with its check letter. */
    static String singaporeNric(Random r) {
        char prefix = r.nextBoolean() ? 'S' : 'T';
        String d = digits(r, 7, false).toString();
        int[] w = {2, 7, 6, 5, 4, 3, 2};
        int sum = prefix == 'T' ? 4 : 0;
        for (int i = 0; i < 7; i++) {
            sum += (d.charAt(i) - '0') * w[i];
        }
        return prefix + d + "JZIHGFEDCBA".charAt(sum % 11);
    }

    /** A UK IBAN (GBkk BANK SSSSSS AAAAAAAA) with its ISO 13616 check digits. */
    static String iban(Random r) {
        String bban = "WEST" + digits(r, 14, false);
        StringBuilder numeric = new StringBuilder();
        for (char c : (bban + "GB00").toCharArray()) {
            numeric.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        int check = 98 - new java.math.BigInteger(numeric.toString()).mod(java.math.BigInteger.valueOf(97)).intValue();
        return "GB" + String.format("%02d", check) + bban;
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

    /** An Aadhaar number: 12 digits, the first 2–9, the last a Verhoeff check digit. */
    static String aadhaar(Random r) {
        String base = (2 + r.nextInt(8)) + digits(r, 10, false).toString();
        for (int check = 0; check < 10; check++) {
            String candidate = base + check;
            int c = 0;
            for (int i = 0; i < candidate.length(); i++) {
                c = VERHOEFF_D[c][VERHOEFF_P[i % 8][candidate.charAt(candidate.length() - 1 - i) - '0']];
            }
            if (c == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    /** An Indian PAN of an individual: three letters, P, the surname's initial, four digits, a letter. */
    static String indianPan(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        b.append('P').append((char) ('A' + r.nextInt(26))).append(digits(r, 4, false)).append((char) ('A' + r.nextInt(26)));
        return b.toString();
    }

    /** A Korean resident registration number (YYMMDD-GNNNNNC) with its weighted mod-11 check digit. */
    static String koreanRrn(Random r) {
        String base = String.format("%02d%02d%02d", 60 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)) + (1 + r.nextInt(2))
                + digits(r, 5, false);
        int[] w = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (base.charAt(i) - '0') * w[i];
        }
        return base.substring(0, 6) + "-" + base.substring(6) + (11 - sum % 11) % 10;
    }

    /** A Thai national id, written 1-2345-67890-12-3, with its weighted mod-11 check digit. */
    static String thaiNationalId(Random r) {
        String base = (1 + r.nextInt(8)) + digits(r, 11, false).toString();
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (base.charAt(i) - '0') * (13 - i);
        }
        String d = base + (11 - sum % 11) % 10;
        return d.charAt(0) + "-" + d.substring(1, 5) + "-" + d.substring(5, 10) + "-" + d.substring(10, 12) + "-" + d.charAt(12);
    }

    /** A 16-digit Visa or Mastercard number with its Luhn check digit. */
    static String paymentCard(Random r) {
        StringBuilder b = new StringBuilder(r.nextBoolean() ? "4" : "5" + (1 + r.nextInt(5)));
        while (b.length() < 15) {
            b.append(r.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (luhn(b.toString() + check)) {
                return b.toString() + check;
            }
        }
        throw new IllegalStateException();
    }

    private static boolean luhn(String d) {
        int sum = 0;
        for (int i = 0; i < d.length(); i++) {
            int x = d.charAt(d.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                x = x * 2 > 9 ? x * 2 - 9 : x * 2;
            }
            sum += x;
        }
        return sum % 10 == 0;
    }

    private static StringBuilder digits(Random r, int n, boolean nonZeroFirst) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 && nonZeroFirst ? 1 + r.nextInt(9) : r.nextInt(10));
        }
        return b;
    }
}
