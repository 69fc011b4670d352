package cn.luoshi.bulletins;

import cn.luoshi.common.Violations;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * What a bulletin request must satisfy, and the words for its period and title. Plain Java; every broken rule is a
 * field message in Chinese.
 *
 * <ul>
 * <li>a week is Monday to Sunday around {@code weekOf}; a month is {@code month} ("2026-06"); a quarter is
 * {@code year} and {@code quarter} 1–4; a custom period is {@code from}–{@code to}, and a period that ends before it
 * starts is refused;</li>
 * <li>a period that has not begun is refused; one that is not over is cut at today (截至…), so a bulletin never counts
 * days that have not happened;</li>
 * <li>at most {@value #MAX_DAYS} days;</li>
 * <li>a directive scope needs the directive, a category scope its tag (at most 20 characters).</li>
 * </ul>
 */
public final class BulletinRules {

    /** The longest period a bulletin may cover, in days (three years). */
    public static final int MAX_DAYS = 1096;
    public static final int TITLE_MAX = 200;
    public static final int REQUIREMENTS_MAX = 4000;

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    private BulletinRules() {
    }

    /** The period asked for, cut at {@code today}; {@code null} with the reasons in {@code v} if it is not valid. */
    public static BulletinPeriod period(BulletinForm f, LocalDate today, Violations v) {
        if (f.periodKind == null) {
            v.add("periodKind", "请选择统计周期");
            return null;
        }
        LocalDate from;
        LocalDate to;
        String label;
        switch (f.periodKind) {
            case WEEK -> {
                if (f.weekOf == null) {
                    v.add("weekOf", "请选择该周中的任意一天");
                    return null;
                }
                from = f.weekOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                to = from.plusDays(6);
                label = from.get(IsoFields.WEEK_BASED_YEAR) + "年第" + from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                        + "周（" + shortDate(from) + "—" + shortDate(to) + "）";
            }
            case MONTH -> {
                YearMonth ym;
                try {
                    ym = f.month == null || f.month.isBlank() ? null : YearMonth.parse(f.month.trim());
                } catch (DateTimeParseException e) {
                    ym = null;
                }
                if (ym == null) {
                    v.add("month", "请选择月份（如 2026-06）");
                    return null;
                }
                from = ym.atDay(1);
                to = ym.atEndOfMonth();
                label = ym.getYear() + "年" + ym.getMonthValue() + "月";
            }
            case QUARTER -> {
                boolean ok = true;
                if (f.year == null || f.year < 2000 || f.year > 2100) {
                    v.add("year", "请填写年份（2000—2100）");
                    ok = false;
                }
                if (f.quarter == null || f.quarter < 1 || f.quarter > 4) {
                    v.add("quarter", "请选择季度（1—4）");
                    ok = false;
                }
                if (!ok) {
                    return null;
                }
                from = LocalDate.of(f.year, (f.quarter - 1) * 3 + 1, 1);
                to = from.plusMonths(3).minusDays(1);
                label = f.year + "年第" + QUARTERS[f.quarter - 1] + "季度";
            }
            default -> {
                boolean ok = true;
                if (f.from == null) {
                    v.add("from", "请填写统计开始日期");
                    ok = false;
                }
                if (f.to == null) {
                    v.add("to", "请填写统计截止日期");
                    ok = false;
                }
                if (!ok) {
                    return null;
                }
                if (f.to.isBefore(f.from)) {
                    v.add("to", "统计截止日期（" + f.to + "）早于开始日期（" + f.from + "），请检查");
                    return null;
                }
                from = f.from;
                to = f.to;
                label = null;
            }
        }
        if (from.isAfter(today)) {
            v.add(field(f.periodKind), "统计期从" + longDate(from) + "开始，尚未开始，不能生成通报");
            return null;
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            v.add(field(f.periodKind), "统计期不能超过" + MAX_DAYS + "天（约三年）");
            return null;
        }
        boolean cut = to.isAfter(today);
        if (cut) {
            to = today;
        }
        if (label == null) {
            label = new BulletinPeriod(f.periodKind, from, to, "x").dates();
        } else if (cut) {
            label = label + "（截至" + shortDate(to) + "）";
        }
        return new BulletinPeriod(f.periodKind, from, to, label);
    }

    /** Checks the scope's own fields (whether the directive exists is the service's to say). */
    public static void scope(BulletinForm f, Violations v) {
        if (f.scopeKind == null) {
            v.add("scopeKind", "请选择通报范围");
        } else if (f.scopeKind == ScopeKind.DIRECTIVE && f.directiveId == null) {
            v.add("directiveId", "请选择来源");
        } else if (f.scopeKind == ScopeKind.TAG) {
            v.requireText(f.tag, "tag", "类别", 20);
        }
    }

    /** A draft's title and requirements. */
    public static Violations edit(BulletinEditForm f) {
        return new Violations().requireText(f.title, "title", "标题", TITLE_MAX)
                .optionalText(f.requirements, "requirements", "下步要求", REQUIREMENTS_MAX);
    }

    /** The title a draft starts with: 2026年6月重点工作推进情况通报, 2026年第二季度民生实事推进情况通报. */
    public static String title(BulletinPeriod period, BulletinScope scope) {
        String what = switch (scope.kind()) {
            case ALL -> "重点工作推进";
            case DIRECTIVE -> scope.label() + "落实";
            case TAG -> scope.label() + "推进";
        };
        String when = period.kind() == PeriodKind.WEEK || period.kind() == PeriodKind.CUSTOM
                ? period.label() : period.label().replaceFirst("（截至.*）$", "");
        String title = when + what + "情况通报";
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX);
    }

    /** 2026年6月1日. */
    public static String longDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 6月1日. */
    public static String shortDate(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String field(PeriodKind kind) {
        return switch (kind) {
            case WEEK -> "weekOf";
            case MONTH -> "month";
            case QUARTER -> "quarter";
            case CUSTOM -> "from";
        };
    }
}
