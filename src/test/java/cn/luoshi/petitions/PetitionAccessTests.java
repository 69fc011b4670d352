package cn.luoshi.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 信访隐私规则, role by role, without Spring (the pages' matrix is in PetitionsTests). */
class PetitionAccessTests {

    static final PetitionAccess A = new PetitionAccess("信访局");
    static final long OFFICE = 90;
    static final long RENSHE = 14;
    static final long ZHUJIAN = 6;

    static CurrentUser user(Role role, Long unit, String unitName) {
        return new CurrentUser(1, "u", "用户", role, unit, unitName);
    }

    static final CurrentUser XINFANG = user(Role.UNIT_STAFF, OFFICE, "信访局");
    static final CurrentUser DUCHA = user(Role.SUPERVISOR, 3L, "督查室");
    static final CurrentUser LEADER = user(Role.LEADER, 2L, "区政府");
    static final CurrentUser RESPONSIBLE = user(Role.UNIT_HEAD, RENSHE, "人社");
    static final CurrentUser ACCUSED = user(Role.UNIT_HEAD, ZHUJIAN, "住建");
    static final CurrentUser VIEWER = user(Role.VIEWER, 18L, "统计");
    static final CurrentUser ADMIN = user(Role.ADMIN, null, null);

    @Test
    void onlyTheOfficeAndTheSupervisorRegister() {
        assertThat(List.of(XINFANG, DUCHA, LEADER, RESPONSIBLE, ACCUSED, VIEWER, ADMIN)).map(A::mayRegister)
                .containsExactly(true, true, false, false, false, false, false);
    }

    @Test
    void petitionersInClearForTheOfficeTheSupervisorAndTheCasesOwnLeaderOnly() {
        assertThat(A.seesPersonalData(XINFANG, false, null)).isTrue();
        assertThat(A.seesPersonalData(DUCHA, false, null)).isTrue();
        assertThat(A.seesPersonalData(LEADER, true, null)).isTrue();
        assertThat(A.seesPersonalData(LEADER, false, null)).isFalse(); // another leader's case
        assertThat(A.seesPersonalData(RESPONSIBLE, false, null)).isFalse();
        assertThat(A.seesPersonalData(VIEWER, false, null)).isFalse();
        assertThat(A.seesPersonalData(ADMIN, false, null)).isFalse();
    }

    @Test
    void theAccusedUnitSeesNoAccusationEvenWhenItIsTheOffice() {
        assertThat(A.seesAccusation(RESPONSIBLE, false, ZHUJIAN)).isFalse();
        assertThat(A.seesAccusation(ACCUSED, false, ZHUJIAN)).isFalse();
        assertThat(A.seesAccusation(XINFANG, false, ZHUJIAN)).isTrue();
        assertThat(A.seesPersonalData(XINFANG, false, OFFICE)).isFalse(); // an accusation against the 信访局 itself
    }

    @Test
    void unitsSeeTheirOwnCasesEveryoneAboveSeesAll() {
        assertThat(A.maySee(RESPONSIBLE, RENSHE, List.of())).isTrue();
        assertThat(A.maySee(ACCUSED, RENSHE, List.of())).isFalse();
        assertThat(A.maySee(ACCUSED, RENSHE, List.of(ZHUJIAN))).isTrue();
        assertThat(A.maySee(VIEWER, RENSHE, List.of())).isTrue();
        assertThat(A.maySee(XINFANG, RENSHE, List.of())).isTrue();
        assertThat(A.seesStatistics(RESPONSIBLE)).isFalse();
        assertThat(A.seesStatistics(XINFANG)).isTrue();
        assertThat(new PetitionAccess("区信访局").atOffice(XINFANG)).isFalse(); // the unit name is a setting
    }
}
