package cn.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** 督办单编号: 督办〔年份〕第N号, counted from 1 in each calendar year. */
class OrderNumberTest {

    @Test
    void anOrderNumberIsWrittenWithHexagonalBracketsAndItsNumberInTheYear() {
        assertThat(new OrderNumber(2026, 1).text()).isEqualTo("督办〔2026〕第1号");
        assertThat(new OrderNumber(2026, 128).text()).isEqualTo("督办〔2026〕第128号");
        assertThat(new OrderNumber(2027, 3)).hasToString("督办〔2027〕第3号");
    }

    @Test
    void aNumberReadsBackToTheSameYearAndSequence() {
        assertThat(OrderNumber.parse("督办〔2026〕第17号")).isEqualTo(new OrderNumber(2026, 17));
        assertThat(OrderNumber.parse(" 督办〔2026〕第17号 ")).isEqualTo(new OrderNumber(2026, 17));
    }

    @Test
    void otherTextIsNotAnOrderNumber() {
        assertThatThrownBy(() -> OrderNumber.parse("督办[2026]第1号")).hasMessageContaining("不是督办单编号");
        assertThatThrownBy(() -> OrderNumber.parse("督办〔2026〕第号")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderNumber.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersStartAtOne() {
        assertThatThrownBy(() -> new OrderNumber(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderNumber.parse("督办〔2026〕第0号")).isInstanceOf(IllegalArgumentException.class);
    }
}
