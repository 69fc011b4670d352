package cn.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaTests {

    @Test
    void arithmetic_precedence_parentheses_and_chinese_operators() {
        assertThat(Formula.parse("1 + 2 * 3").evaluate(Map.of())).isEqualTo(7);
        assertThat(Formula.parse("(1 + 2) × 3 ÷ 9").evaluate(Map.of())).isEqualTo(1);
        assertThat(Formula.parse("-2 - -3").evaluate(Map.of())).isEqualTo(1);
        assertThat(Formula.parse("10 − 4").evaluate(Map.of())).isEqualTo(6);
    }

    @Test
    void variables_functions_and_comparisons() {
        var f = Formula.parse("min(10, 10 * 完成率 / 95) + if(增速 >= 8, 2, 0) - abs(round(偏差, 1))");
        assertThat(f.variables()).containsExactly("完成率", "增速", "偏差");
        assertThat(f.evaluate(Map.of("完成率", 95.0, "增速", 8.0, "偏差", -0.26))).isEqualTo(11.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Formula.parse("max(a, b) == 3").evaluate(Map.of("a", 1.0, "b", 3.0))).isEqualTo(1);
    }

    @Test
    void hostile_or_broken_input_is_refused_with_a_chinese_message() {
        assertThatThrownBy(() -> Formula.parse("T(java.lang.Runtime).getRuntime()")).hasMessageContaining("不允许使用函数「T」");
        assertThatThrownBy(() -> Formula.parse("exec(1)")).hasMessageContaining("不允许使用函数");
        assertThatThrownBy(() -> Formula.parse("a.b")).hasMessageContaining("有误");
        assertThatThrownBy(() -> Formula.parse("'x'")).hasMessageContaining("不认识的字符");
        assertThatThrownBy(() -> Formula.parse("(1 + 2")).hasMessageContaining("缺少右括号");
        assertThatThrownBy(() -> Formula.parse("1 +")).hasMessageContaining("公式不完整");
        assertThatThrownBy(() -> Formula.parse("")).hasMessage("公式不能为空");
        assertThatThrownBy(() -> Formula.parse("1+".repeat(300) + "1")).hasMessageContaining("公式过长");
        assertThatThrownBy(() -> Formula.parse("(".repeat(40) + "1" + ")".repeat(40))).hasMessageContaining("嵌套过深");
        assertThatThrownBy(() -> Formula.parse("-".repeat(60) + "1")).hasMessageContaining("嵌套过深");
        assertThatThrownBy(() -> Formula.parse("min(1)")).hasMessageContaining("参数个数不对");
        assertThatThrownBy(() -> Formula.parse("1.2.3")).hasMessageContaining("数字格式不对");
        assertThatThrownBy(() -> Formula.parse("1 / x").evaluate(Map.of("x", 0.0))).hasMessageContaining("除以0");
        assertThatThrownBy(() -> Formula.parse("y").evaluate(Map.of())).hasMessageContaining("变量「y」没有数值");
        assertThatThrownBy(() -> Formula.parse("round(1, 9)").evaluate(Map.of())).hasMessageContaining("小数位数");
    }
}
