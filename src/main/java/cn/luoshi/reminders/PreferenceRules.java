package cn.luoshi.reminders;

import cn.luoshi.common.Violations;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What a valid 消息设置 is: a well-formed e-mail address when e-mail is on; quiet hours with a start different from
 * the end; a digest only by e-mail, at a whole hour outside the quiet hours. All problems are reported at once.
 */
public final class PreferenceRules {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private PreferenceRules() {
    }

    /** The violations of {@code f}, if any. */
    public static Violations check(PreferenceForm f) {
        Violations v = new Violations();
        String email = f.email == null ? null : f.email.trim();
        if (email != null && !email.isEmpty()) {
            if (email.length() > 254) {
                v.add("email", "邮箱不能超过254个字符");
            } else if (!EMAIL.matcher(email).matches()) {
                v.add("email", "邮箱格式不正确，例如 zhangsan@example.gov.cn");
            }
        } else if (f.emailEnabled) {
            v.add("email", "开启邮件提醒须填写邮箱");
        }
        LocalTime start = time(f.quietStart);
        LocalTime end = time(f.quietEnd);
        if (f.quietEnabled) {
            v.check(start != null, "quietStart", "请填写免打扰开始时间，如 22:00");
            v.check(end != null, "quietEnd", "请填写免打扰结束时间，如 07:30");
            if (start != null && start.equals(end)) {
                v.add("quietEnd", "免打扰的开始和结束时间不能相同");
            }
        }
        if (f.digestEnabled) {
            v.check(f.emailEnabled, "digestEnabled", "每日汇总通过邮件发送，请先开启邮件提醒");
            if (f.digestHour == null || f.digestHour < 0 || f.digestHour > 23) {
                v.add("digestHour", "汇总时间须为0—23点的整点");
            } else if (f.quietEnabled && start != null && end != null && !start.equals(end)
                    && new QuietHours(start, end).contains(LocalTime.of(f.digestHour, 0))) {
                v.add("digestHour", "汇总时间落在免打扰时段内，请另选时间");
            }
        }
        return v;
    }

    /** "22:00" → 22:00; null for blank or malformed input. */
    static LocalTime time(String s) {
        if (s == null || !TIME.matcher(s.trim()).matches()) {
            return null;
        }
        try {
            return LocalTime.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
