package cn.luoshi.indicators;

import cn.luoshi.ingest.DirectiveDraft;
import cn.luoshi.ingest.FigureChecker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 讲话数据核对 for 讲话转台账: a speech's figures about the district (gaps to the city average, ranks among the
 * 各县（市、区）, growth, levels, 行业增长面) checked against the current vintage of the stored values
 * ({@link SpeechFigures} matches subject and period). Figures about anything else are left out.
 */
@Component
class SpeechFigureCheck implements FigureChecker {

    private final IndicatorService indicators;

    SpeechFigureCheck(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Override
    public List<Verdict> check(List<DirectiveDraft.Figure> figures, LocalDate issuedOn) {
        List<Verdict> out = new ArrayList<>();
        if (figures.isEmpty() || !indicators.hasValues()) {
            return out;
        }
        List<Indicator> catalogue = indicators.catalogue();
        Map<YearMonth, Dashboard> boards = new HashMap<>();
        Dashboard latest = indicators.dashboard(null);
        YearMonth issued = YearMonth.from(issuedOn);
        YearMonth fallback = latest.periods().stream().filter(p -> !p.isAfter(issued)).findFirst().orElse(null);
        for (int i = 0; i < figures.size(); i++) {
            DirectiveDraft.Figure f = figures.get(i);
            if (f.value() == null) {
                continue;
            }
            boolean industry = f.subject() != null && f.subject().contains("行业")
                    && (f.subject().contains("增长面") || f.subject().contains("负增长"));
            Indicator ind = industry ? null : SpeechFigures.indicatorFor(f.subject(), catalogue);
            if (ind == null && !industry) {
                continue;
            }
            YearMonth p = SpeechFigures.period(f.period(), issuedOn);
            if (p == null) { // "11个行业上半年呈负增长": the period may sit in the subject, or in a neighbour of the clause
                p = SpeechFigures.period(f.subject(), issuedOn);
            }
            for (int k : new int[] {i + 1, i - 1}) {
                if (p == null && k >= 0 && k < figures.size() && java.util.Objects.equals(figures.get(k).node(), f.node())) {
                    p = SpeechFigures.period(figures.get(k).period(), issuedOn);
                }
            }
            if (p == null) {
                p = fallback;
            }
            if (p == null) {
                continue;
            }
            YearMonth month = p;
            Dashboard d = boards.computeIfAbsent(month, indicators::dashboard);
            Verdict v = industry ? industry(i, f, d) : indicator(i, f, ind, d);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static Verdict industry(int i, DirectiveDraft.Figure f, Dashboard d) {
        GrowthArea a = d.growthArea();
        String label = Periods.label(d.period());
        String link = "/indicators?period=" + d.period();
        BigDecimal stored;
        String what;
        if ("share_pct".equals(f.measure()) && f.subject().contains("增长面")) {
            stored = a.reported() == 0 ? null : a.percent();
            what = "行业增长面" + (stored == null ? "" : IndicatorMath.plain(stored) + "%");
        } else if ("count".equals(f.measure()) && f.subject().contains("负增长")) {
            stored = a.reported() == 0 ? null : BigDecimal.valueOf(a.negative());
            what = "负增长行业" + (stored == null ? "" : a.negative() + "个（共" + a.reported() + "个大类）");
        } else {
            return null;
        }
        return verdict(i, f.value(), stored, "库中：" + label + "规模以上工业" + what,
                "库中无" + label + "规模以上工业分行业数据", link);
    }

    private static Verdict indicator(int i, DirectiveDraft.Figure f, Indicator ind, Dashboard d) {
        Dashboard.Row row = d.row(ind.code());
        if (row == null) {
            return null;
        }
        String label = Periods.label(d.period());
        String link = row.home() == null ? null : "/indicators/values/" + row.home().id();
        String none = "库中无" + label + ind.name() + "的数据";
        String ref = f.reference() == null ? "" : f.reference();
        switch (f.measure()) {
            case "gap_pp" -> {
                IndicatorValue other = ref.contains("全市") ? row.city() : ref.contains("全省") ? row.province()
                        : ref.contains("全国") ? row.nation() : null;
                if (other == null && !(ref.contains("全市") || ref.contains("全省") || ref.contains("全国"))) {
                    return null;
                }
                String whom = ref.contains("全市") ? "全市" : ref.contains("全省") ? "全省" : "全国";
                BigDecimal gap = IndicatorMath.gap(row.growth(), other == null ? null : other.growth());
                String words = gap == null ? null : "库中：" + label + ind.name() + "增速" + (gap.signum() < 0 ? "低于" : "高于")
                        + whom + "平均" + IndicatorMath.points(gap) + "个百分点（本区" + IndicatorMath.plain(row.growth())
                        + "%，" + whom + IndicatorMath.plain(other.growth()) + "%）";
                return verdict(i, f.value(), gap, words, none, link);
            }
            case "rank" -> {
                if (!(ref.contains("县") || ref.contains("区"))) {
                    return null;
                }
                PeerRank r = row.rank();
                BigDecimal stored = r == null ? null
                        : BigDecimal.valueOf(f.value().signum() < 0 ? -r.fromBottom() : r.position());
                return verdict(i, f.value(), stored, r == null ? null : "库中：" + label + ind.name() + "增速" + r.words(),
                        "库中无" + label + ind.name() + "的各县（市、区）位次", link);
            }
            case "growth_pct" -> {
                BigDecimal g = row.growth();
                return verdict(i, f.value(), g, g == null ? null : "库中：" + label + ind.name() + "增长"
                        + IndicatorMath.plain(g) + "%", none, link);
            }
            case "amount" -> {
                BigDecimal level = row.home() == null ? null : row.home().value();
                BigDecimal inSpeechUnit = level == null ? null : convert(level, ind.unit(), f.unit());
                if (level != null && inSpeechUnit == null) {
                    return null; // a unit we cannot compare (元 against 亿元…)
                }
                return verdict(i, f.value(), inSpeechUnit, level == null ? null : "库中：" + label + ind.name()
                        + IndicatorMath.plain(level) + ind.unit(), none, link);
            }
            default -> {
                return null;
            }
        }
    }

    /** 亿元 ↔ 万元; the same unit unchanged; null when the units cannot be compared. */
    static BigDecimal convert(BigDecimal v, String from, String to) {
        if (to == null || from.equals(to)) {
            return v;
        }
        if (from.equals("亿元") && to.equals("万元")) {
            return v.movePointRight(4);
        }
        if (from.equals("万元") && to.equals("亿元")) {
            return v.movePointLeft(4);
        }
        return null;
    }

    private static Verdict verdict(int i, BigDecimal spoken, BigDecimal stored, String words, String none, String link) {
        if (stored == null) {
            return new Verdict(i, Outcome.NO_STORED_VALUE, none, null);
        }
        return new Verdict(i, SpeechFigures.agrees(spoken, stored) ? Outcome.AGREES : Outcome.DIFFERS, words, link);
    }
}
