package cn.luoshi.petitions;

import cn.luoshi.bulletins.BulletinContent;
import cn.luoshi.bulletins.BulletinPeriod;
import cn.luoshi.bulletins.BulletinScope;
import cn.luoshi.bulletins.BulletinSections;
import cn.luoshi.bulletins.ScopeKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 通报中的信访段落 — the sentences of the statistics ("截至6月底，到国家局信访量2185件人次，同比上升364.89%…") and the
 * five rates, as a section of a 通报 of all work (or of the category 信访). They are stated "截至M月底" for the last
 * complete month of the bulletin's period (a period ending mid-month states the month before); bulletins stores them
 * with the bulletin, so a published 通报 keeps its text when later cases change the figures.
 */
@Component
@Order(30)
class PetitionBulletinSection implements BulletinSections {

    static final String TAG = "信访";

    private final PetitionStatistics statistics;

    PetitionBulletinSection(PetitionStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public String key() {
        return "petitions";
    }

    @Override
    public Optional<BulletinContent.Section> section(BulletinPeriod period, BulletinScope scope) {
        if (scope.kind() == ScopeKind.DIRECTIVE || scope.kind() == ScopeKind.TAG && !TAG.equals(scope.tag())) {
            return Optional.empty();
        }
        YearMonth asOf = YearMonth.from(period.to());
        if (!period.to().equals(asOf.atEndOfMonth())) {
            asOf = asOf.minusMonths(1);
        }
        PetitionStatistics.Report r = statistics.report(asOf, VisitCount.Measure.MIXED, null, null);
        if (r.cumulative() == 0 && r.cumulativeLastYear() == 0) {
            return Optional.empty();
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(r.sentences().get(0) + "。");
        paragraphs.add(r.sentences().get(1) + "。");
        PetitionRates rates = r.rates();
        paragraphs.add("1—" + asOf.getMonthValue() + "月，按期受理率" + pct(rates.acceptedOnTime()) + "，按期办结率"
                + pct(rates.answeredOnTime()) + "，一次性化解率" + pct(rates.resolvedFirstTime()) + "，积案化解率"
                + pct(rates.backlogResolved()) + "，重复信访率" + pct(rates.repeatRate()) + "。");
        return Optional.of(new BulletinContent.Section(key(), "信访工作情况", paragraphs));
    }

    private static String pct(BigDecimal p) {
        return p == null ? "—" : p.toPlainString() + "%";
    }
}
