package cn.luoshi.ingest.internal;

import java.math.BigDecimal;

/** Chinese numerals (中文数字) to numbers: 一 → 1, 十五 → 15, 一百二十 → 120, 两 → 2, 1.7万 → 17000. */
final class ChineseNumbers {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {}

    /** Parses Arabic or Chinese numerals with an optional 万/亿 multiplier; null when it is not a number. */
    public static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        s = s.replace('两', '二').replace('〇', '零');
        BigDecimal multiplier = BigDecimal.ONE;
        if (s.endsWith("万") && s.length() > 1 && Character.isDigit(s.charAt(0))) {
            multiplier = BigDecimal.valueOf(10_000);
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("亿") && s.length() > 1 && Character.isDigit(s.charAt(0))) {
            multiplier = BigDecimal.valueOf(100_000_000);
            s = s.substring(0, s.length() - 1);
        }
        if (Character.isDigit(s.charAt(0))) {
            try {
                BigDecimal v = new BigDecimal(s).multiply(multiplier).stripTrailingZeros();
                return v.scale() < 0 ? v.setScale(0) : v;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        long value = chinese(s);
        return value < 0 ? null : BigDecimal.valueOf(value);
    }

    /** 一百二十三 → 123; 十五 → 15; 二〇二二 (digit by digit) → 2022; -1 when not a numeral. */
    static long chinese(String s) {
        boolean positional = s.chars().noneMatch(c -> "十百千万亿".indexOf(c) >= 0);
        if (positional) {
            long v = 0;
            for (char c : s.toCharArray()) {
                int d = DIGITS.indexOf(c);
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long digit = 0;
        for (char c : s.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            switch (c) {
                case '十' -> { section += (digit == 0 ? 1 : digit) * 10; digit = 0; }
                case '百' -> { section += (digit == 0 ? 1 : digit) * 100; digit = 0; } // 百亿: a hundred
                case '千' -> { section += (digit == 0 ? 1 : digit) * 1000; digit = 0; }
                case '万' -> { total += (section + digit) * 10_000; section = 0; digit = 0; }
                case '亿' -> { total = (total + section + digit) * 100_000_000; section = 0; digit = 0; }
                default -> { return -1; }
            }
        }
        return total + section + digit;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (list numbers up to 99). */
    static String toChinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n <= 0 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(digits.charAt(ones)));
    }
}
