package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Violations;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 消息设置 validation: every problem at once, next to its field, in Chinese. */
class PreferenceRulesTest {

    static PreferenceForm form() {
        PreferenceForm f = new PreferenceForm();
        f.email = "zhang@example.gov.cn";
        f.emailEnabled = true;
        f.quietEnabled = true;
        f.quietStart = "22:00";
        f.quietEnd = "07:30";
        f.digestEnabled = false;
        f.digestHour = 17;
        return f;
    }

    static Map<String, String> errors(PreferenceForm f) {
        Violations v = PreferenceRules.check(f);
        return v.list().stream().collect(Collectors.toMap(Violations.Violation::field,
                Violations.Violation::message, (a, b) -> a + "；" + b));
    }

    @Test
    void aSensibleFormPasses() {
        assertThat(errors(form())).isEmpty();
        PreferenceForm digest = form();
        digest.digestEnabled = true;
        assertThat(errors(digest)).isEmpty();
    }

    @Test
    void emailMustLookLikeOneAndIsNeededWhenMailIsOn() {
        PreferenceForm f = form();
        f.email = "zhang at example";
        assertThat(errors(f)).containsEntry("email", "邮箱格式不正确，例如 zhangsan@example.gov.cn");
        f.email = " ";
        assertThat(errors(f)).containsEntry("email", "开启邮件提醒须填写邮箱");
        f.emailEnabled = false;
        assertThat(errors(f)).isEmpty();
    }

    @Test
    void quietHoursNeedValidDifferentTimes() {
        PreferenceForm f = form();
        f.quietStart = "25:00";
        f.quietEnd = "";
        assertThat(errors(f)).containsEntry("quietStart", "请填写免打扰开始时间，如 22:00")
                .containsEntry("quietEnd", "请填写免打扰结束时间，如 07:30");
        f.quietStart = "07:30";
        f.quietEnd = "07:30";
        assertThat(errors(f)).containsEntry("quietEnd", "免打扰的开始和结束时间不能相同");
        f.quietEnabled = false;
        assertThat(errors(f)).isEmpty();
    }

    @Test
    void theDigestGoesByMailAtAnHourOutsideQuietHours() {
        PreferenceForm f = form();
        f.digestEnabled = true;
        f.emailEnabled = false;
        f.digestHour = 23;
        Map<String, String> e = errors(f);
        assertThat(e).containsEntry("digestEnabled", "每日汇总通过邮件发送，请先开启邮件提醒")
                .containsEntry("digestHour", "汇总时间落在免打扰时段内，请另选时间");
        f.digestHour = 24;
        assertThat(errors(f)).containsEntry("digestHour", "汇总时间须为0—23点的整点");
    }
}
