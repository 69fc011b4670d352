package cn.luoshi.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurrentUserTests {

    @Test
    void unitUsersSeeTheirOwnWorkAndEveryoneElseSeesAll() {
        assertThat(new CurrentUser(1, "a", "a", Role.UNIT_STAFF, 5L, "住建").seesEverything()).isFalse();
        for (Role r : new Role[] {Role.ADMIN, Role.SUPERVISOR, Role.LEADER, Role.VIEWER}) {
            assertThat(new CurrentUser(1, "a", "a", r, null, null).seesEverything()).as(r.name()).isTrue();
        }
    }

    @Test
    void onlyTheSupervisionOfficeAndAdminManageTheLedger() {
        assertThat(new CurrentUser(1, "a", "a", Role.SUPERVISOR, null, null).managesLedger()).isTrue();
        assertThat(new CurrentUser(1, "a", "a", Role.LEADER, null, null).managesLedger()).isFalse();
        assertThat(new CurrentUser(1, "a", "a", Role.VIEWER, null, null).managesLedger()).isFalse();
    }

    @Test
    void aUnitUserWithoutAUnitCannotExist() {
        assertThatThrownBy(() -> new CurrentUser(1, "a", "a", Role.UNIT_HEAD, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitAnswersToItsFullShortAndUnprefixedNames() {
        Unit u = new Unit(1, UnitType.DEPARTMENT, null, "住建", "区住房和城乡建设局", 1);
        assertThat(u.answersTo("住建")).isTrue();
        assertThat(u.answersTo("区住房和城乡建设局")).isTrue();
        assertThat(u.answersTo(" 住房和城乡建设局 ")).isTrue();
        assertThat(u.answersTo("发改")).isFalse();
    }
}
