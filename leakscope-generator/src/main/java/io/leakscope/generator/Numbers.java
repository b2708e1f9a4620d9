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
