package cn.luoshi.indicators;

/**
 * 指标目录 entry as the admin form gives it. {@code code} is fixed once created (values, links and findings name it).
 */
public class IndicatorForm {
    public String code;
    public String name;
    /** 计量单位: 亿元, 万元, %, 元, 万美元… */
    public String unit;
    /** MONTHLY (1–N月累计), QUARTERLY, ANNUAL. */
    public String frequency = "MONTHLY";
    /** LEVEL_AND_GROWTH or GROWTH_ONLY. */
    public String reported = "LEVEL_AND_GROWTH";
    public boolean higherIsBetter = true;
    public String ownerUnit;
    public Long ownerTaskId;
    /** Light rule set's name; blank = the default. */
    public String lightRule;
    public Integer sortOrder;
    public int version;

    public static IndicatorForm of(Indicator i) {
        IndicatorForm f = new IndicatorForm();
        f.code = i.code();
        f.name = i.name();
        f.unit = i.unit();
        f.frequency = i.frequency();
        f.reported = i.reported();
        f.higherIsBetter = i.higherIsBetter();
        f.ownerUnit = i.ownerUnit();
        f.ownerTaskId = i.ownerTaskId();
        f.lightRule = i.lightRule();
        f.sortOrder = i.sortOrder();
        f.version = i.version();
        return f;
    }
}
