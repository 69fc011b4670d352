package cn.luoshi.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 12: 区住建局-style names (区 + short name + 局) match their unit. */
class UnitNameTest {

    final Unit zhujian = new Unit(1, UnitType.DEPARTMENT, null, "住建", "区住房和城乡建设局", 1);
    final Unit fagai = new Unit(2, UnitType.DEPARTMENT, null, "发改", "区发展和改革委员会", 2);
    final Unit shengtai = new Unit(3, UnitType.DEPARTMENT, null, "生态环境", "区生态环境分局", 3);
    final Unit street = new Unit(4, UnitType.STREET, null, "东城街道", "东城街道办事处", 4);

    @Test
    void theCaseThatFoundIt() {
        assertThat(zhujian.answersTo("区住建局")).isTrue();
        assertThat(zhujian.answersTo("住建局")).isTrue();
        assertThat(zhujian.answersTo("区住建")).isTrue();
        assertThat(fagai.answersTo("区发改委")).isTrue();
        assertThat(shengtai.answersTo("区生态环境局")).isTrue();
    }

    @Test
    void theNamesThatMatchedBeforeStillDo() {
        assertThat(zhujian.answersTo("区住房和城乡建设局")).isTrue();
        assertThat(zhujian.answersTo("住房和城乡建设局")).isTrue();
        assertThat(zhujian.answersTo("住建")).isTrue();
        assertThat(street.answersTo("东城街道")).isTrue();
    }

    @Test
    void otherNamesDoNot() {
        assertThat(zhujian.answersTo("区住建委")).isFalse();
        assertThat(zhujian.answersTo("区发改局")).isFalse();
        assertThat(fagai.answersTo("区发改局")).isFalse();
        assertThat(zhujian.answersTo("住")).isFalse();
        assertThat(zhujian.answersTo("")).isFalse();
        assertThat(street.answersTo("区东城街道事")).isFalse();
    }
}
