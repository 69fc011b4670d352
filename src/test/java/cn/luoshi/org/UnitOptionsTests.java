package cn.luoshi.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pre-rendered unit options of a filter: escaped, one marked selected, rebuilt for a new unit list. */
class UnitOptionsTests {

    static Unit unit(long id, String shortName) {
        return new Unit(id, UnitType.DEPARTMENT, null, shortName, "区" + shortName + "局", (int) id);
    }

    @Test
    void optionsAreEscapedAndTheChosenOneIsSelected() {
        List<Unit> units = List.of(unit(1, "住建"), unit(2, "发改<委>"), unit(12, "商务&口岸"));
        assertThat(UnitOptions.html(units, null)).isEqualTo("<option value=\"1\">住建</option>"
                + "<option value=\"2\">发改&lt;委&gt;</option><option value=\"12\">商务&amp;口岸</option>");
        // 1 is selected, not 12 (a prefix of the value must not match)
        assertThat(UnitOptions.html(units, 1L)).contains("<option value=\"1\" selected>住建</option>")
                .contains("<option value=\"12\">商务").doesNotContain("\"12\" selected");
        assertThat(UnitOptions.html(units, 12L)).contains("<option value=\"12\" selected>")
                .contains("<option value=\"1\">住建");
        assertThat(UnitOptions.html(units, 99L)).doesNotContain("selected"); // a unit not in the list: none
    }

    @Test
    void aNewUnitListIsRenderedAnew() {
        List<Unit> before = List.of(unit(1, "住建"));
        assertThat(UnitOptions.html(before, null)).contains("住建");
        List<Unit> after = List.of(unit(1, "住房和城乡建设"), unit(3, "城管"));
        assertThat(UnitOptions.html(after, 3L)).contains("住房和城乡建设").contains("<option value=\"3\" selected>城管");
        assertThat(UnitOptions.html(before, null)).doesNotContain("城管");
    }
}
