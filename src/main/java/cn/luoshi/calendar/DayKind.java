package cn.luoshi.calendar;

/** Why a day is or is not a working day. */
public enum DayKind {
    /** 工作日: Monday to Friday with nothing special. */
    WORKDAY("工作日", true),
    /** 周末: Saturday or Sunday with nothing special. */
    WEEKEND("休息日", false),
    /** 法定节假日: a day off of a State Council holiday block. */
    PUBLIC_HOLIDAY("法定节假日", false),
    /** 调休上班: a weekend day worked to make up for a holiday. */
    MAKE_UP_WORKDAY("调休上班", true),
    /** 本地放假: a day off added by the district. */
    LOCAL_DAY_OFF("本地放假", false),
    /** 本地上班: a working day added by the district. */
    LOCAL_WORKDAY("本地上班", true);

    private final String label;
    private final boolean working;

    DayKind(String label, boolean working) {
        this.label = label;
        this.working = working;
    }

    /** Chinese label for the UI. */
    public String label() {
        return label;
    }

    public boolean working() {
        return working;
    }
}
