package cn.luoshi.bulletins;

import java.time.LocalDate;

/**
 * 生成通报: the period and the scope. Field holder shared by the web form and the JSON body; {@link BulletinRules}
 * checks it. Per kind of period: {@code weekOf} (any day of the week), {@code month} ("2026-06"), {@code year} and
 * {@code quarter}, or {@code from} and {@code to}.
 */
public class BulletinForm {
    public PeriodKind periodKind = PeriodKind.MONTH;
    public LocalDate weekOf;
    public String month;
    public Integer year;
    public Integer quarter;
    public LocalDate from;
    public LocalDate to;
    public ScopeKind scopeKind = ScopeKind.ALL;
    public Long directiveId;
    public String tag;
}
