package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 消息 and 催办 pages and API: the bell, reading, settings with validation, who may run and configure. */
@LuoshiIntegrationTest
class NotificationWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Notifications notifications;

    @Autowired
    Preferences preferences;

    @Autowired
    ReminderPass pass;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void aFreshTaskForZhujian() {
        Tasks.create(port, "消息测试：待签收" + System.nanoTime() % 100_000, "住建");
        pass.run(PassTrigger.MANUAL, "测试");
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b, String username) {
        return b.with(user(users.loadUserByUsername(username)));
    }

    @Autowired
    OrgDirectory org;

    CurrentUser me(String username) {
        var u = org.users().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.unitId(), u.unitName());
    }

    String html(MockHttpServletRequestBuilder b, String username) throws Exception {
        return mvc.perform(as(b, username)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theBellShowsTheUnreadCountAndReadingLowersIt() throws Exception {
        int unread = notifications.unreadCount(me("zhujian"));
        assertThat(unread).isPositive();
        String bell = html(get("/notifications/bell"), "zhujian");
        assertThat(bell).contains("data-testid=\"bell-count\"").contains(">" + unread + "<")
                .contains(unread + "条未读消息").doesNotContain("<html");

        long id = notifications.inbox(me("zhujian"), true, 0, 20).rows().get(0).id();
        assertThat(html(get("/notifications"), "zhujian")).contains("消息测试：待签收").contains("标为已读");
        mvc.perform(as(post("/notifications/" + id + "/read"), "zhujian").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notifications.unreadCount(me("zhujian"))).isEqualTo(unread - 1);
        assertThat(notifications.get(id, me("zhujian")).unread()).isFalse();

        mvc.perform(as(post("/notifications/read-all"), "zhujian").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notifications.unreadCount(me("zhujian"))).isZero();
        assertThat(html(get("/notifications/bell"), "zhujian")).doesNotContain("bell-count").contains("没有未读消息");
    }

    @Test
    void nobodyReadsOrMarksAnotherUsersNotifications() throws Exception {
        long id = notifications.inbox(me("zhujian"), false, 0, 20).rows().get(0).id();
        mvc.perform(as(post("/notifications/" + id + "/read"), "fagai").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(as(get("/notifications/" + id + "/open"), "fagai")).andExpect(status().isNotFound());
        assertThat(Api.as(port, "fagai").post("/api/notifications/" + id + "/read", "").status()).isEqualTo(404);
        assertThat(notifications.get(id, me("zhujian")).id()).isEqualTo(id);
    }

    @Test
    void openingANotificationMarksItReadAndGoesToItsTask() throws Exception {
        Notification n = notifications.inbox(me("zhujian2"), true, 0, 20).rows().get(0);
        var r = mvc.perform(as(get("/notifications/" + n.id() + "/open"), "zhujian2"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo(n.link()).startsWith("/tasks/");
        assertThat(notifications.get(n.id(), me("zhujian2")).unread()).isFalse();
    }

    @Test
    void settingsAreValidatedOnTheServerAndNothingIsSavedOnBadInput() throws Exception {
        Preference before = preferences.of(me("caizheng").id());
        String page = mvc.perform(as(post("/notifications/settings"), "caizheng").with(csrf())
                        .param("email", "caizheng-at-example").param("emailEnabled", "true")
                        .param("quietEnabled", "true").param("quietStart", "22:00").param("quietEnd", "22:00")
                        .param("digestEnabled", "true").param("digestHour", "23")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("邮箱格式不正确").contains("免打扰的开始和结束时间不能相同")
                .contains("caizheng-at-example");
        assertThat(preferences.of(me("caizheng").id())).isEqualTo(before);

        mvc.perform(as(post("/notifications/settings"), "caizheng").with(csrf())
                        .param("email", "caizheng@example.gov.cn").param("emailEnabled", "true")
                        .param("quietEnabled", "true").param("quietStart", "21:30").param("quietEnd", "07:00")
                        .param("digestEnabled", "true").param("digestHour", "17")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().is3xxRedirection());
        Preference after = preferences.of(me("caizheng").id());
        assertThat(after.email()).isEqualTo("caizheng@example.gov.cn");
        assertThat(after.quietHours().text()).isEqualTo("21:30—07:00（次日）");
        assertThat(after.digestEnabled()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = '消息设置' and entity_id = ?")
                .param(me("caizheng").id()).query(Integer.class).single()).isPositive();

        // The same old version again: someone (another tab) saved in between.
        mvc.perform(as(post("/notifications/settings"), "caizheng").with(csrf())
                        .param("email", "x@example.gov.cn").param("version", String.valueOf(before.version())))
                .andExpect(status().isConflict());
        assertThat(html(get("/notifications/settings"), "caizheng")).contains("caizheng@example.gov.cn");
    }

    @Test
    void onlyTheSupervisionOfficeAndTheAdminRunRemindersAndSetRobots() throws Exception {
        mvc.perform(as(get("/reminders"), "zhujian")).andExpect(status().isForbidden());
        mvc.perform(as(post("/reminders/run"), "zhujian").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(as(post("/reminders/robots"), "lingdao").with(csrf()).param("kind", "DINGTALK")
                .param("url", "http://127.0.0.1:9/robot")).andExpect(status().isForbidden());
        assertThat(Api.as(port, "zhujian").post("/api/reminders/run", "").status()).isEqualTo(403);

        var run = mvc.perform(as(post("/reminders/run"), "duchashi").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String passUrl = run.getResponse().getRedirectedUrl();
        assertThat(passUrl).matches("/reminders/passes/\\d+");
        assertThat(html(get(passUrl), "duchashi")).contains("批催办").contains("手动运行");
        assertThat(html(get("/reminders"), "duchashi")).contains("立即运行催办").contains("最近的催办批次");
        Api.Response api = Api.as(port, "duchashi").post("/api/reminders/run", "");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body().get("passId").asLong()).isPositive();
    }

    @Test
    void aRobotIsCheckedBeforeItIsSavedAndItsSecretIsNeverShown() throws Exception {
        long unit = jdbc.sql("select id from unit where short_name = '城管'").query(Long.class).single();
        String bad = mvc.perform(as(post("/reminders/robots"), "duchashi").with(csrf())
                        .param("unitId", String.valueOf(unit)).param("kind", "DINGTALK")
                        .param("url", "oapi.dingtalk.com/robot/send").param("enabled", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("地址须以 http:// 或 https:// 开头");
        try {
            mvc.perform(as(post("/reminders/robots"), "duchashi").with(csrf())
                            .param("unitId", String.valueOf(unit)).param("kind", "DINGTALK")
                            .param("url", "http://127.0.0.1:9/robot/send?access_token=abcdef123456")
                            .param("secret", "SECverysecret").param("enabled", "false"))
                    .andExpect(status().is3xxRedirection());
            String page = html(get("/reminders/robots"), "duchashi");
            assertThat(page).contains("access_token=…3456").contains("已设置").doesNotContain("SECverysecret")
                    .doesNotContain("abcdef123456");
            assertThat(jdbc.sql("select after_state::text from audit_entry where entity_type = '群机器人'"
                    + " order by id desc limit 1").query(String.class).single()).doesNotContain("SECverysecret");
        } finally {
            jdbc.sql("delete from reminder_webhook where unit_id = ?").param(unit).update();
        }
    }

    @Test
    void theApiListsAndCountsMyNotifications() {
        Api zhujian = Api.as(port, "zhujian");
        int unread = zhujian.get("/api/notifications/unread-count").body().get("unread").asInt();
        assertThat(unread).isEqualTo(notifications.unreadCount(me("zhujian")));
        Api.Response list = zhujian.get("/api/notifications?unreadOnly=true&size=5");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("total").asInt()).isEqualTo(unread);
        assertThat(list.body().get("rows").get(0).get("causeLabel").asString()).isNotBlank();
    }
}
