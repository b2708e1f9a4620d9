package io.leakscope.core.obligations;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.leakscope.core.model.Finding;
import io.leakscope.core.model.FindingType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a person lives, as far as the leak and the master data tell (ISO 3166-1 alpha-2), or
 * unknown. Evidence ranks: the master's country (configured per master) over a Japanese postal
 * address, My Number or residence card (JP), over a phone number's country (libphonenumber), over
 * a national id of one country (NINO → GB, NRIC → SG …), over an e-mail's country-code domain. The
 * best-ranked country wins; within a rank, the most frequent. Unknown stays unknown, never JP by default.
 */
public final class Residence {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Map<FindingType, String> ID_COUNTRY = Map.of(FindingType.UK_NINO, "GB", FindingType.SG_NRIC, "SG",
            FindingType.CN_RESIDENT_ID, "CN", FindingType.KR_RRN, "KR", FindingType.TH_NATIONAL_ID, "TH", FindingType.IN_AADHAAR, "IN",
            FindingType.IN_PAN, "IN", FindingType.US_SSN, "US", FindingType.US_ITIN, "US");
    private static final Set<String> GENERIC_TLDS = Set.of("com", "net", "org", "info", "biz", "io", "co", "me", "app", "dev", "edu", "gov", "int");
    private static final int MASTER = 5;
    private static final int JAPANESE_RECORD = 4;
    private static final int PHONE = 3;
    private static final int NATIONAL_ID = 2;
    private static final int EMAIL = 1;

    private final Map<String, int[]> votes = new HashMap<>(); // country -> {best rank, count at it}

    /** The country a master says its people live in (case.yaml {@code country}). */
    public void master(String country) {
        if (country != null && !country.isBlank()) {
            vote(country.toUpperCase(Locale.ROOT), MASTER);
        }
    }

    public void add(Finding f) {
        switch (f.type()) {
            case POSTAL_ADDRESS, MY_NUMBER, RESIDENCE_CARD_NUMBER -> vote("JP", JAPANESE_RECORD);
            case PHONE -> phoneCountry(f.value()).ifPresent(c -> vote(c, PHONE));
            case EMAIL -> emailCountry(f.value()).ifPresent(c -> vote(c, EMAIL));
            default -> {
                String c = ID_COUNTRY.get(f.type());
                if (c != null) {
                    vote(c, NATIONAL_ID);
                }
            }
        }
    }

    private void vote(String country, int rank) {
        int[] v = votes.computeIfAbsent(country, k -> new int[2]);
        if (rank > v[0]) {
            v[0] = rank;
            v[1] = 1;
        } else if (rank == v[0]) {
            v[1]++;
        }
    }

    /** The country, or {@code null} when nothing tells. */
    public String country() {
        return votes.entrySet().stream()
                .max((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(a.getValue()[0], b.getValue()[0])
                        : a.getValue()[1] != b.getValue()[1] ? Integer.compare(a.getValue()[1], b.getValue()[1]) : b.getKey().compareTo(a.getKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    static java.util.Optional<String> phoneCountry(String e164) {
        try {
            String region = PHONES.getRegionCodeForNumber(PHONES.parse(e164, "JP"));
            return region == null || region.equals("ZZ") ? java.util.Optional.empty() : java.util.Optional.of(region);
        } catch (NumberParseException e) {
            return java.util.Optional.empty();
        }
    }

    static java.util.Optional<String> emailCountry(String email) {
        String tld = email.substring(email.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (tld.length() != 2 || GENERIC_TLDS.contains(tld)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT));
    }
}
