package io.leakscope.core.obligations;

import io.leakscope.core.obligations.au.NdbNotice;
import io.leakscope.core.obligations.cn.PiplNotice;
import io.leakscope.core.obligations.eu.GdprNotifyAuthority;
import io.leakscope.core.obligations.eu.GdprNotifyIndividuals;
import io.leakscope.core.obligations.gb.UkGdprNotifyAuthority;
import io.leakscope.core.obligations.hk.PdpoNotice;
import io.leakscope.core.obligations.in.DpdpNotice;
import io.leakscope.core.obligations.jp.AppiFinalReport;
import io.leakscope.core.obligations.jp.AppiNotifyEntrustingParty;
import io.leakscope.core.obligations.jp.AppiNoticeToIndividuals;
import io.leakscope.core.obligations.jp.AppiPreliminaryReport;
import io.leakscope.core.obligations.jp.MyNumberFinalReport;
import io.leakscope.core.obligations.jp.MyNumberPreliminaryReport;
import io.leakscope.core.obligations.kr.PipaNotice;
import io.leakscope.core.obligations.sg.PdpaNotifyCommission;
import io.leakscope.core.obligations.th.PdpaThNotice;
import io.leakscope.core.obligations.tw.PdpaTwNotice;
import io.leakscope.core.obligations.us.CaliforniaNotice;
import io.leakscope.core.obligations.us.NewYorkNotice;
import io.leakscope.core.obligations.us.UsStateNotice;
import java.util.List;

/**
 * Evaluates every rule in force at the awareness date; obligations that do not apply are kept,
 * with {@code required = false}, so the list shows what was checked. A new regulation rule is a
 * class under {@code obligations/<country>/} added in {@link #standard}.
 */
public final class ObligationsEngine {
    private final List<ObligationRule> rules;

    public ObligationsEngine(List<ObligationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static ObligationsEngine standard() {
        return new ObligationsEngine(List.of(new AppiPreliminaryReport(), new AppiFinalReport(), new AppiNoticeToIndividuals(),
                new AppiNotifyEntrustingParty(),
                new MyNumberPreliminaryReport(), new MyNumberFinalReport(), new GdprNotifyAuthority(), new GdprNotifyIndividuals(),
                new UkGdprNotifyAuthority(), new PdpaNotifyCommission(), new UsStateNotice(), new PiplNotice(), new PipaNotice(),
                new CaliforniaNotice(), new NewYorkNotice(), new PdpaThNotice(), new NdbNotice(), new DpdpNotice(), new PdpoNotice(),
                new PdpaTwNotice()));
    }

    public List<Obligation> evaluate(CaseFacts facts) {
        return rules.stream().filter(r -> !facts.awareDateJst().isBefore(r.effectiveFrom())).map(r -> r.evaluate(facts)).toList();
    }
}
