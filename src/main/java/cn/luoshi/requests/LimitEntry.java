package cn.luoshi.requests;

import cn.luoshi.common.Violations;
import java.util.EnumMap;
import java.util.Map;

/**
 * 时限设置的一行: the four limits (签收, 首次联系, 办结, 答复) of one category (or all categories) and urgency as a
 * person enters them — an amount and a unit (工作日, 工作小时, 分钟) — checked and turned into working minutes. One
 * working day is the office day of the working clock ({@code dayMinutes}).
 */
public final class LimitEntry {

    /** The units a limit is entered in. */
    public enum Unit {
        DAY("工作日"), HOUR("工作小时"), MINUTE("分钟");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The longest limit accepted: 60 working days. */
    public static final int MAX_DAYS = 60;

    private LimitEntry() {
    }

    /** An amount in a unit, as minutes. */
    public static long minutes(long amount, Unit unit, long dayMinutes) {
        return switch (unit) {
            case DAY -> amount * dayMinutes;
            case HOUR -> amount * 60;
            case MINUTE -> amount;
        };
    }

    /** Minutes in the largest unit that divides them: 2 250 → "5 工作日", 120 → "2 工作小时", 30 → "30 分钟". */
    public static String format(int minutes, long dayMinutes) {
        if (minutes % dayMinutes == 0) {
            return minutes / dayMinutes + " " + Unit.DAY.label();
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + " " + Unit.HOUR.label();
        }
        return minutes + " " + Unit.MINUTE.label();
    }

    /** The largest unit that divides the minutes, for a form's unit select. */
    public static Unit unitOf(int minutes, long dayMinutes) {
        return minutes % dayMinutes == 0 ? Unit.DAY : minutes % 60 == 0 ? Unit.HOUR : Unit.MINUTE;
    }

    public static long amountOf(int minutes, long dayMinutes) {
        return switch (unitOf(minutes, dayMinutes)) {
            case DAY -> minutes / dayMinutes;
            case HOUR -> minutes / 60;
            case MINUTE -> minutes;
        };
    }

    /**
     * Checks the four entries (amount text and unit per stage) and returns their minutes; problems are added to
     * {@code v} in Chinese, by field ({@code amount_SIGN} …). Rules: a positive whole number, at most
     * {@value #MAX_DAYS} working days; 办结 not shorter than 首次联系, 答复 not shorter than 办结 (all run from the dispatch).
     */
    public static Map<Stage, Integer> check(Map<Stage, String> amounts, Map<Stage, Unit> units, long dayMinutes, Violations v) {
        Map<Stage, Integer> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            String text = amounts.get(s) == null ? "" : amounts.get(s).trim();
            Unit unit = units.get(s);
            if (text.isEmpty()) {
                v.add("amount_" + s.name(), s.label() + "时限不能为空");
                continue;
            }
            if (unit == null) {
                v.add("unit_" + s.name(), s.label() + "时限的单位无效（应为工作日、工作小时或分钟）");
                continue;
            }
            long amount;
            try {
                amount = Long.parseLong(text);
            } catch (NumberFormatException e) {
                v.add("amount_" + s.name(), s.label() + "时限须为正整数（“" + cut(text) + "”不是整数）");
                continue;
            }
            if (amount <= 0) {
                v.add("amount_" + s.name(), s.label() + "时限须大于0");
                continue;
            }
            if (amount > MAX_DAYS * dayMinutes) {
                v.add("amount_" + s.name(), s.label() + "时限不能超过" + MAX_DAYS + "个工作日");
                continue;
            }
            long m = minutes(amount, unit, dayMinutes);
            if (m > MAX_DAYS * dayMinutes) {
                v.add("amount_" + s.name(), s.label() + "时限不能超过" + MAX_DAYS + "个工作日");
                continue;
            }
            out.put(s, (int) m);
        }
        if (out.containsKey(Stage.CONTACT) && out.containsKey(Stage.FINISH) && out.get(Stage.FINISH) < out.get(Stage.CONTACT)) {
            v.add("amount_FINISH", "办结时限不能短于首次联系时限（都从派单时起算）");
        }
        if (out.containsKey(Stage.FINISH) && out.containsKey(Stage.REPLY) && out.get(Stage.REPLY) < out.get(Stage.FINISH)) {
            v.add("amount_REPLY", "答复时限不能短于办结时限（都从派单时起算）");
        }
        return out;
    }

    private static String cut(String s) {
        return s.length() > 12 ? s.substring(0, 12) + "…" : s;
    }
}
