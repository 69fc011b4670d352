package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.Unit;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON list ({@code GET /api/requests}) keeps a page per scope until a request changes: a change made through the
 * services shows at the next read, the page is the same for every user of one unit, and another unit never gets it.
 */
@LuoshiIntegrationTest
class RequestListPageTests {

    @Autowired
    RequestService requests;
    @Autowired
    OrgDirectory org;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    long unit(String name) {
        return org.findUnitByName(name).map(Unit::id).orElseThrow();
    }

    String openList(String user) throws Exception {
        return mvc.perform(get("/api/requests").param("open", "true").param("size", "200")
                .with(user(users.loadUserByUsername(user)))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aChangeShowsAtTheNextReadAndAPageStaysInItsUnit() throws Exception {
        CurrentUser centre = new CurrentUser(0, "duchashi", "孙丽", Role.SUPERVISOR, unit("督查室"), "督查室");
        String before = openList("dongcheng");
        assertThat(openList("dongcheng")).isEqualTo(before); // kept: nothing changed
        Intake in = requests.intake(new NewRequest(null, null, Channel.WEB, "street-vending", "列表缓存" + UUID.randomUUID(),
                Urgency.NORMAL, 39.9100, 116.4100, "测试地址", null, null, null, Map.of(), List.of(), "测试", null), "测试");
        requests.dispatch(in.id(), unit("东城街道"), List.of(), null, centre);
        String after = openList("dongcheng");
        assertThat(before).doesNotContain(in.number());
        assertThat(after).contains("\"number\":\"" + in.number() + "\"");
        assertThat(openList("zhujian")).doesNotContain(in.number());
        // a second change to the same request: its new status shows at once
        requests.sign(requests.currentLeadDispatch(in.id()).orElseThrow(),
                new CurrentUser(0, "u-东城街道", "经办人东城街道", Role.UNIT_STAFF, unit("东城街道"), "东城街道"));
        String signed = openList("dongcheng");
        assertThat(signed).isNotEqualTo(after).contains("\"number\":\"" + in.number() + "\"");
    }
}
