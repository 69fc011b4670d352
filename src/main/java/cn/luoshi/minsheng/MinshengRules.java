package cn.luoshi.minsheng;

import cn.luoshi.common.Violations;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 民生实事公开信息校验 — what the 督查室 may put on the public page, per field, in Chinese:
 * <ul>
 * <li>公开标题 at most 200 characters (blank: the task's title), 公开说明 at most 300, 投资说明 at most 100;</li>
 * <li>no personal data in any of them: no name of a person in the directory, no telephone number;</li>
 * <li>计划投资 and 完成投资 in 万元: not negative, at most two decimals, at most 99,999,999.99;</li>
 * <li>a completed investment needs a planned one (the investment rate has nothing to compare with otherwise);</li>
 * <li>completed above planned (超计划) only with a 投资说明 that explains it.</li>
 * </ul>
 */
public final class MinshengRules {

    static final int TITLE_MAX = 200;
    static final int NOTE_MAX = 300;
    static final int INVESTMENT_NOTE_MAX = 100;
    static final BigDecimal MONEY_MAX = new BigDecimal("99999999.99");

    /** Mobile numbers and landlines with an area code (0379-6000101, 010-12345678). */
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)");

    private MinshengRules() {
    }

    public static Violations item(MinshengForm f, Collection<String> personNames) {
        Violations v = new Violations();
        v.optionalText(f.publicTitle, "publicTitle", "公开标题", TITLE_MAX);
        v.optionalText(f.publicNote, "publicNote", "公开说明", NOTE_MAX);
        v.optionalText(f.investmentNote, "investmentNote", "投资说明", INVESTMENT_NOTE_MAX);
        personal(v, f.publicTitle, "publicTitle", "公开标题", personNames);
        personal(v, f.publicNote, "publicNote", "公开说明", personNames);
        personal(v, f.investmentNote, "investmentNote", "投资说明", personNames);
        boolean plannedOk = money(v, f.plannedInvestment, "plannedInvestment", "计划投资");
        boolean completedOk = money(v, f.completedInvestment, "completedInvestment", "完成投资");
        if (f.completedInvestment != null && f.plannedInvestment == null) {
            v.add("plannedInvestment", "填写了完成投资，请同时填写计划投资");
        } else if (plannedOk && completedOk && f.completedInvestment != null
                && f.completedInvestment.compareTo(f.plannedInvestment) > 0 && blank(f.investmentNote)) {
            v.add("investmentNote", "完成投资（" + plain(f.completedInvestment) + "万元）超过计划投资（"
                    + plain(f.plannedInvestment) + "万元），请在“投资说明”中说明原因");
        }
        return v;
    }

    /** The first person's name or telephone number found in {@code text}, if any. */
    public static Optional<String> personalData(String text, Collection<String> personNames) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = PHONE.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        return personNames.stream().filter(n -> n != null && n.length() >= 2 && text.contains(n)).findFirst();
    }

    private static void personal(Violations v, String text, String field, String label,
            Collection<String> personNames) {
        personalData(text, personNames).ifPresent(found -> v.add(field,
                label + "将公开发布，不能包含个人姓名或电话（发现“" + found + "”），请改写为单位名称"));
    }

    private static boolean money(Violations v, BigDecimal value, String field, String label) {
        if (value == null) {
            return true;
        }
        if (value.signum() < 0) {
            v.add(field, label + "不能为负数");
            return false;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            v.add(field, label + "最多保留两位小数（单位：万元）");
            return false;
        }
        if (value.compareTo(MONEY_MAX) > 0) {
            v.add(field, label + "金额过大，请核对（单位是万元）");
            return false;
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
