package cn.luoshi.assessment;

/** 计分方法 of one indicator line; the kind says how its points enter the total. */
public enum Method {
    ALL_OR_NOTHING("达标得分", Kind.SCORE),
    PROPORTIONAL("按完成比例计分", Kind.SCORE),
    LINEAR("区间线性计分", Kind.SCORE),
    THRESHOLD_LADDER("阈值阶梯扣分", Kind.SCORE),
    RANK_STEP("排名递减计分", Kind.SCORE),
    RANK_TABLE("排名分值表", Kind.SCORE),
    BEST("对标最优计分", Kind.SCORE),
    FORMULA("自定义公式", Kind.SCORE),
    PER_ITEM("逐项扣分", Kind.DEDUCTION),
    BONUS("逐项加分", Kind.BONUS),
    GATED_BONUS("条件加分", Kind.BONUS),
    VETO("一票否决", Kind.VETO);

    /** 基本分 (counts toward the group total), 加分, 扣分, 一票否决. */
    public enum Kind {
        SCORE("基本分"), BONUS("加分"), DEDUCTION("扣分"), VETO("否决");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Kind kind;

    Method(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }
}
