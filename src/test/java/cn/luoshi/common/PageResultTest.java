package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's rows are an immutable copy that compares and hashes like any list, its hash computed once. */
class PageResultTest {

    record Row(long id, String name) {
    }

    @Test
    void rowsAreACopyThatComparesAndHashesByValue() {
        List<Row> source = new ArrayList<>(List.of(new Row(1, "甲"), new Row(2, "乙")));
        PageResult<Row> page = new PageResult<>(source, 0, 20, 2);
        source.add(new Row(3, "丙"));
        assertThat(page.rows()).hasSize(2).isEqualTo(List.of(new Row(1, "甲"), new Row(2, "乙")));
        assertThat(page.rows().hashCode()).isEqualTo(List.of(new Row(1, "甲"), new Row(2, "乙")).hashCode());
        assertThat(page).isEqualTo(new PageResult<>(List.of(new Row(1, "甲"), new Row(2, "乙")), 0, 20, 2))
                .hasSameHashCodeAs(new PageResult<>(List.of(new Row(1, "甲"), new Row(2, "乙")), 0, 20, 2));
        assertThat(page).isNotEqualTo(new PageResult<>(List.of(new Row(1, "甲"), new Row(2, "丙")), 0, 20, 2));
        assertThatThrownBy(() -> page.rows().add(new Row(4, "丁"))).isInstanceOf(UnsupportedOperationException.class);
        // a page made from another page's rows keeps the same list
        assertThat(new PageResult<>(page.rows(), 1, 20, 2).rows()).isSameAs(page.rows());
    }
}
