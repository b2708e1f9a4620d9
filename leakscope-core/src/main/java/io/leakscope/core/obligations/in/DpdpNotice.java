package io.leakscope.core.obligations.in;

import io.leakscope.core.obligations.CaseFacts;
import io.leakscope.core.obligations.ForeignResidents;
import io.leakscope.core.obligations.ResidentsRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * India DPDP Rules 2025 r7 (in force about 2027-05-13): any breach (I1) goes to the persons without
 * delay and to the Data Protection Board: an initial notice without delay, a detailed report
 * within 72 hours.
 */
public final class DpdpNotice extends ResidentsRule {

    public DpdpNotice() {
        super("in.dpdp.notify_authority", "IN", "DPDP Act", "Data Protection Board", "notify_authority", Set.of("IN"), LocalDate.of(2027, 5, 13));
    }

    @Override
    protected List<String> triggers(CaseFacts f, ForeignResidents r) {
        return List.of("I1");
    }

    @Override
    protected String due(CaseFacts f) {
        return hoursAfterAwareness(f, 72);
    }

    @Override
    protected String rule() {
        return "initial notice without delay, detailed report within 72 hours (r7)";
    }
}
