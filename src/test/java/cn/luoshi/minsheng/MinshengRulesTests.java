package cn.luoshi.minsheng;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Violations;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 民生实事公开信息校验: lengths, amounts, 超计划 needs a note, and no personal data in what is published. */
class MinshengRulesTests {

    static final List<String> PEOPLE = List.of("赵刚", "张卫东");

    static MinshengForm form() {
        MinshengForm f = new MinshengForm();
        f.version = 0;
        f.publicNote = "今年改造115个老旧小区。";
        f.plannedInvestment = new BigDecimal("34500");
        f.completedInvestment = new BigDecimal("12000.5");
        return f;
    }

    static List<String> messages(Violations v) {
        return v.list().stream().map(x -> x.field() + ":" + x.message()).toList();
    }

    @Test
    void aPlainFormPasses() {
        assertThat(MinshengRules.item(form(), PEOPLE).isEmpty()).isTrue();
    }

    @Test
    void amountsMustNotBeNegativeNorHaveMoreThanTwoDecimals() {
        MinshengForm f = form();
        f.plannedInvestment = new BigDecimal("-1");
        f.completedInvestment = new BigDecimal("1.005");
        assertThat(messages(MinshengRules.item(f, PEOPLE)))
                .contains("plannedInvestment:计划投资不能为负数", "completedInvestment:完成投资最多保留两位小数（单位：万元）");
        f = form();
        f.plannedInvestment = new BigDecimal("100000000");
        assertThat(messages(MinshengRules.item(f, PEOPLE))).anyMatch(m -> m.contains("金额过大"));
    }

    @Test
    void aCompletedInvestmentNeedsAPlannedOne() {
        MinshengForm f = form();
        f.plannedInvestment = null;
        assertThat(messages(MinshengRules.item(f, PEOPLE)))
                .containsExactly("plannedInvestment:填写了完成投资，请同时填写计划投资");
    }

    @Test
    void completedAbovePlannedOnlyWithAnInvestmentNote() {
        MinshengForm f = form();
        f.completedInvestment = new BigDecimal("36000");
        assertThat(messages(MinshengRules.item(f, PEOPLE))).containsExactly(
                "investmentNote:完成投资（36000万元）超过计划投资（34500万元），请在“投资说明”中说明原因");
        f.investmentNote = "追加雨污分流改造内容，经区政府常务会议同意。";
        assertThat(MinshengRules.item(f, PEOPLE).isEmpty()).isTrue();
        f.completedInvestment = new BigDecimal("34500.00"); // equal is not above
        f.investmentNote = null;
        assertThat(MinshengRules.item(f, PEOPLE).isEmpty()).isTrue();
    }

    @Test
    void textsHaveTheirLengthLimits() {
        MinshengForm f = form();
        f.publicNote = "说".repeat(301);
        f.investmentNote = "明".repeat(101);
        f.publicTitle = "题".repeat(201);
        assertThat(messages(MinshengRules.item(f, PEOPLE))).containsExactlyInAnyOrder(
                "publicNote:公开说明不能超过300个字符（当前301个）",
                "investmentNote:投资说明不能超过100个字符（当前101个）",
                "publicTitle:公开标题不能超过200个字符（当前201个）");
    }

    @Test
    void namesOfPeopleAndTelephoneNumbersAreRefusedInPublicTexts() {
        MinshengForm f = form();
        f.publicNote = "联系人赵刚，电话0379-6000101";
        assertThat(messages(MinshengRules.item(f, PEOPLE))).containsExactly(
                "publicNote:公开说明将公开发布，不能包含个人姓名或电话（发现“0379-6000101”），请改写为单位名称");
        f.publicNote = "由张卫东同志牵头推进";
        assertThat(messages(MinshengRules.item(f, PEOPLE))).anyMatch(m -> m.contains("发现“张卫东”"));
        f.publicNote = "咨询 13912345678";
        assertThat(messages(MinshengRules.item(f, PEOPLE))).anyMatch(m -> m.contains("发现“13912345678”"));
        f.publicNote = "改造115个小区，总投资34500万元，惠及12000户。";
        assertThat(MinshengRules.item(f, PEOPLE).isEmpty()).isTrue();
    }
}
