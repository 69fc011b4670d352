package cn.luoshi.indicators;

import java.math.BigDecimal;

/** A light rule set (亮灯规则) as the form gives it: a copy of a preset, edited. */
public class LightRuleForm {
    public String name;
    public String source;
    /** 红灯: growth below this (%). */
    public BigDecimal redBelowGrowth = BigDecimal.ZERO;
    public boolean comparePlan = true;
    public boolean compareCityAverage = true;
    public boolean rankDropIsYellow = true;
    public int version;

    public static LightRuleForm of(LightRuleSet r) {
        LightRuleForm f = new LightRuleForm();
        f.name = r.rule().name();
        f.source = r.source();
        f.redBelowGrowth = r.rule().redBelowGrowth();
        f.comparePlan = r.rule().comparePlan();
        f.compareCityAverage = r.rule().compareCityAverage();
        f.rankDropIsYellow = r.rule().rankDropIsYellow();
        f.version = r.version();
        return f;
    }
}
