package io.leakscope.core.obligations.au;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.ResidentsRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Australia's Notifiable Data Breaches scheme (Privacy Act Part IIIC): unauthorised access or
 * disclosure likely to cause serious harm (AU1: a malicious cause, or harmful data of a resident)
 * is assessed within 30 days, then the OAIC and the persons are told as soon as practicable.
 */
public final class NdbNotice extends ResidentsRule {

    public NdbNotice() {
        super("au.ndb.notify_authority", "AU", "Privacy Act (NDB)", "OAIC", "notify_authority", Set.of("AU"), LocalDate.of(2018, 2, 22));
    }

    @Override
    protected List<String> triggers(CaseFacts f, ForeignResidents r) {
        return f.malicious() || ForeignResidents.harmful(f, countries()) ? List.of("AU1") : List.of();
    }

    @Override
    protected String due(CaseFacts f) {
        return f.awareDateJst().plusDays(30).toString();
    }

    @Override
    protected String rule() {
        return "assess within 30 days (the date shown), then the OAIC and the persons as soon as practicable";
    }
}
