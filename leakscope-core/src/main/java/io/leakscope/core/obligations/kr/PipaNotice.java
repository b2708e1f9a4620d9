package io.leakscope.core.obligations.kr;

import io.leakscope.core.model.Element;
import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.ResidentsRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * South Korea PIPA Art. 34: the persons are notified of any leak within 72 hours; the PIPC/KISA too
 * when 1,000 persons or more (K1), sensitive or unique-identifier data (K2) or external unlawful
 * access (K3) are involved.
 */
public final class PipaNotice extends ResidentsRule {

    public PipaNotice() {
        super("kr.pipa.notify_authority", "KR", "PIPA", "PIPC / KISA", "notify_authority", Set.of("KR"), LocalDate.of(2023, 9, 15));
    }

    @Override
    protected List<String> triggers(CaseFacts f, ForeignResidents r) {
        List<String> t = new ArrayList<>();
        if (r.residents() >= 1000) {
            t.add("K1");
        }
        if (f.persons().stream().anyMatch(p -> "KR".equals(p.residence())
                && (p.elements().contains(Element.SENSITIVE_INFO) || p.elements().contains(Element.TAXPAYER_ID)))) {
            t.add("K2");
        }
        if (f.malicious()) {
            t.add("K3");
        }
        return t;
    }

    @Override
    protected String due(CaseFacts f) {
        return hoursAfterAwareness(f, 72);
    }

    @Override
    protected String rule() {
        return "persons and, for K1–K3, the PIPC/KISA within 72 hours (Art. 34)";
    }
}
