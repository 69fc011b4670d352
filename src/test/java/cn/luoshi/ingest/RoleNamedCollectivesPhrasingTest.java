package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The rules of session 18 on collective addressees (集体受文对象), each on sentences of its own: collectives named by
 * their role (各牵头单位, 各配合单位), 需 as a duty, a collective a leader's demand or a 督促/责令/压实 is about, and
 * a list of collectives before a comma and 要.
 */
class RoleNamedCollectivesPhrasingTest {

    @Test
    void aCollectiveNamedByItsRoleHasThatRole() {
        DirectiveDraft d = draft("请各牵头单位要严格按照任务分工，对涉及的工作任务进行再细化。各协作和配合单位要积极主动与牵头单位衔接联系。"
                + "各责任(配合)单位要加强协调。\n");
        assertThat(units(d)).containsExactly(tuple("各牵头单位", "lead"), tuple("各协作和配合单位", "co"),
                tuple("各责任（配合）单位", "co"));
    }

    @Test
    void needIsADuty() {
        assertThat(units(draft("各责任单位需严格对照任务清单，逐项细化职责。\n"))).containsExactly(tuple("各责任单位", "owner"));
    }

    @Test
    void whatALeaderDemandsOfACollectiveIsItsWork() {
        assertThat(units(draft("会议要求，各相关部门继续巩固来之不易的信访稳定良好局面。\n")))
                .containsExactly(tuple("各相关部门", "owner"));
        assertThat(units(draft("视察中，蔡红责令相关单位进行整改。\n"))).containsExactly(tuple("相关单位", "owner"));
        assertThat(units(draft("要严格开展监督执法，压实相关部门主体责任。\n"))).containsExactly(tuple("相关部门", "owner"));
    }

    @Test
    void aListOfCollectivesGoesOnBeforeACommaAndYao() {
        assertThat(units(draft("各相关单位和涉农部门，要加快推进秋冬农业开发。\n")))
                .contains(tuple("各相关单位", "owner"));
        assertThat(units(draft("各乡镇学校要加强教育经费管理。\n"))).containsExactly(tuple("各乡镇学校", "owner"));
    }

    @Test
    void aBodyThatIsTheObjectOfAnotherVerbIsNoAddressee() {
        assertThat(units(draft("我们联系了相关单位，要确保按时完成。\n"))).isEmpty();
        assertThat(units(draft("会议听取了各相关部门的汇报。\n"))).isEmpty();
        // a named body after 会议要求， may be the one that acts on it in the news, not the one asked
        assertThat(units(draft("根据会议要求，市城市管理工作领导小组办公室对全市城市管理工作进行了综合评价。\n"))).isEmpty();
    }
}
