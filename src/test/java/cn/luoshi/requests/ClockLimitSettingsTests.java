package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.Unit;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 时限设置: the form, its validation in Chinese, 409 on a stale form, audit, and "new dispatches only". */
@LuoshiIntegrationTest
class ClockLimitSettingsTests {

    @Autowired
    ClockLimitSettings limits;

    @Autowired
    RequestService requests;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    CurrentUser centre;
    long category;

    @BeforeEach
    void setUp() {
        TestClock.set(LocalDateTime.of(2026, 12, 7, 9, 0).atZone(TestClock.CHINA).toInstant());
        centre = new CurrentUser(0, "duchashi", "孙丽", Role.SUPERVISOR, unit("督查室"), "督查室");
        category = requests.category("noise").orElseThrow().id();
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("delete from request_clock_limit where category_id = ? and urgency = 'URGENT'").param(category).update();
        TestClock.reset();
    }

    long unit(String name) {
        return org.findUnitByName(name).map(Unit::id).orElseThrow();
    }

    String code() {
        return requests.categories().stream().filter(c -> c.id() == category).findFirst().orElseThrow().code();
    }

    Intake urgentReport() {
        return requests.intake(new NewRequest(null, null, Channel.WEB, code(), "时限测试" + UUID.randomUUID(), Urgency.URGENT,
                39.9100, 116.4100, "测试地址", null, null, null, Map.of(), List.of(), "测试", null), "测试");
    }

    Instant signDue(long requestId) {
        return requests.detail(requestId, centre).currentLead().clocks().get(0).due();
    }

    Instant dispatchedAt(long requestId) {
        return requests.detail(requestId, centre).currentLead().dispatchedAt();
    }

    static Map<Stage, String> amounts(String sign, String contact, String finish, String reply) {
        Map<Stage, String> m = new EnumMap<>(Stage.class);
        m.put(Stage.SIGN, sign);
        m.put(Stage.CONTACT, contact);
        m.put(Stage.FINISH, finish);
        m.put(Stage.REPLY, reply);
        return m;
    }

    static Map<Stage, LimitEntry.Unit> units(LimitEntry.Unit... u) {
        Map<Stage, LimitEntry.Unit> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            m.put(s, u[s.ordinal()]);
        }
        return m;
    }

    @Test
    void aChangeAppliesToNewDispatchesOnlyAndIsAudited() {
        Intake before = urgentReport();
        requests.dispatch(before.id(), unit("东城街道"), List.of(), "测试", centre);
        Instant dueBefore = signDue(before.id());
        // 本地默认: 紧急 签收 30 分钟
        assertThat(Duration.between(dispatchedAt(before.id()), dueBefore)).isEqualTo(Duration.ofMinutes(30));

        ClockLimitSettings.Line line = limits.line(category, Urgency.URGENT);
        assertThat(line.own()).isFalse();
        long audits = jdbc.sql("select count(*) from audit_entry where entity_type = 'request_clock_limit'").query(Long.class).single();
        ClockLimitSettings.Line saved = limits.save(category, Urgency.URGENT, amounts("2", "4", "2", "3"),
                units(LimitEntry.Unit.HOUR, LimitEntry.Unit.HOUR, LimitEntry.Unit.DAY, LimitEntry.Unit.DAY),
                "区12345工单办理规范（测试）", line.version(), centre);
        assertThat(saved.own()).isTrue();
        assertThat(saved.minutes().get(Stage.SIGN)).isEqualTo(120);
        assertThat(saved.minutes().get(Stage.FINISH)).isEqualTo(2 * (int) limits.dayMinutes());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'request_clock_limit'").query(Long.class).single())
                .isEqualTo(audits + 1);

        // the dispatch made before keeps its 30 minutes; a new one runs on 2 working hours
        assertThat(signDue(before.id())).isEqualTo(dueBefore);
        Intake after = urgentReport();
        requests.dispatch(after.id(), unit("东城街道"), List.of(), "测试", centre);
        assertThat(Duration.between(dispatchedAt(after.id()), signDue(after.id()))).isEqualTo(Duration.ofHours(2));

        // a form made from the old version is stale
        assertThatThrownBy(() -> limits.save(category, Urgency.URGENT, amounts("1", "4", "2", "3"),
                units(LimitEntry.Unit.HOUR, LimitEntry.Unit.HOUR, LimitEntry.Unit.DAY, LimitEntry.Unit.DAY),
                "旧表单", line.version(), centre)).isInstanceOf(ConflictException.class);
        // only the centre edits
        CurrentUser staff = new CurrentUser(0, "u", "经办人", Role.UNIT_STAFF, unit("城管"), "城管");
        assertThatThrownBy(() -> limits.save(category, Urgency.URGENT, amounts("1", "4", "2", "3"),
                units(LimitEntry.Unit.HOUR, LimitEntry.Unit.HOUR, LimitEntry.Unit.DAY, LimitEntry.Unit.DAY),
                "x", saved.version(), staff)).isInstanceOf(ForbiddenException.class);
        // reset: back to the default line (and audited)
        limits.reset(category, Urgency.URGENT, saved.version(), centre);
        assertThat(limits.line(category, Urgency.URGENT).own()).isFalse();
        assertThat(limits.line(category, Urgency.URGENT).minutes().get(Stage.SIGN)).isEqualTo(30);
    }

    @Test
    void theFormValidatesInChineseAndAStaleFormIs409() throws Exception {
        var page = mvc.perform(get("/requests/limits").with(user(users.loadUserByUsername("duchashi"))))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("本地默认（无公开规定依据）").contains("此后的派单")
                .contains("复制为本区时限并编辑");
        var form = mvc.perform(get("/requests/limits/edit").param("category", Long.toString(category)).param("urgency", "URGENT")
                .with(user(users.loadUserByUsername("duchashi")))).andReturn().getResponse();
        assertThat(form.getContentAsString()).contains("name=\"amount_SIGN\"").contains("value=\"30\"");

        var bad = mvc.perform(post("/requests/limits").with(user(users.loadUserByUsername("duchashi"))).with(csrf())
                .param("category", Long.toString(category)).param("urgency", "URGENT").param("version", "0")
                .param("amount_SIGN", "abc").param("unit_SIGN", "MINUTE")
                .param("amount_CONTACT", "0").param("unit_CONTACT", "HOUR")
                .param("amount_FINISH", "3").param("unit_FINISH", "DAY")
                .param("amount_REPLY", "1").param("unit_REPLY", "DAY")
                .param("source", " ")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("签收时限须为正整数").contains("首次联系时限须大于0")
                .contains("答复时限不能短于办结时限").contains("依据");
        assertThat(limits.line(category, Urgency.URGENT).own()).as("nothing written").isFalse();

        var ok = mvc.perform(post("/requests/limits").with(user(users.loadUserByUsername("duchashi"))).with(csrf())
                .param("category", Long.toString(category)).param("urgency", "URGENT").param("version", "0")
                .param("amount_SIGN", "45").param("unit_SIGN", "MINUTE")
                .param("amount_CONTACT", "2").param("unit_CONTACT", "HOUR")
                .param("amount_FINISH", "1").param("unit_FINISH", "DAY")
                .param("amount_REPLY", "2").param("unit_REPLY", "DAY")
                .param("source", "本区自定（测试）")).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(limits.line(category, Urgency.URGENT).minutes().get(Stage.SIGN)).isEqualTo(45);

        var stale = mvc.perform(post("/requests/limits").with(user(users.loadUserByUsername("duchashi"))).with(csrf())
                .param("category", Long.toString(category)).param("urgency", "URGENT").param("version", "0")
                .param("amount_SIGN", "50").param("unit_SIGN", "MINUTE")
                .param("amount_CONTACT", "2").param("unit_CONTACT", "HOUR")
                .param("amount_FINISH", "1").param("unit_FINISH", "DAY")
                .param("amount_REPLY", "2").param("unit_REPLY", "DAY")
                .param("source", "另一个人的表单")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("已被他人修改");
        assertThat(limits.line(category, Urgency.URGENT).minutes().get(Stage.SIGN)).isEqualTo(45);

        var staffPage = mvc.perform(get("/requests/limits").with(user(users.loadUserByUsername("dongcheng"))))
                .andReturn().getResponse();
        assertThat(staffPage.getStatus()).isEqualTo(403);
    }
}
