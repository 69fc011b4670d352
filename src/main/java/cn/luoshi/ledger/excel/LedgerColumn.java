package cn.luoshi.ledger.excel;

import java.util.function.Function;

/**
 * The columns of the 台账 in sheet order, with header, print width (in characters) and value. Export, template and
 * import all read this list; a new column (亮灯, 倒计时) is one more constant here. Import finds columns by header, so
 * columns it does not read are ignored there.
 */
enum LedgerColumn {
    NUMBER("序号", 5, LedgerLine::number),
    SOURCE("任务来源", 16, l -> l.task().directiveTitle()),
    CONTENT("任务内容", 34, LedgerLine::content),
    LEADER("牵头领导", 8, l -> l.task().leaderName()),
    LEAD_UNIT("牵头单位", 10, l -> l.task().leadUnitName()),
    CO_UNITS("协办单位", 12, l -> l.task().coUnitNames()),
    DEADLINE("完成时限", 15, l -> l.task().deadline()),
    NARRATIVE("具体进展", 28, LedgerLine::latestNarrative),
    DIFFICULTIES("存在的困难或问题", 22, LedgerLine::difficulties),
    COMPLETION("完成情况", 10, LedgerLine::completion),
    LIGHT("亮灯", 7, l -> l.task().light() == null ? null : l.task().light().label()),
    COUNTDOWN("倒计时", 12, l -> l.task().countdown()),
    /** The task's id: a file that carries it updates that task on import (with a preview first). */
    ID("任务编号", 8, l -> l.task().id()),
    /** The task's version when exported: a task changed since is a conflict, not overwritten. */
    VERSION("数据版本", 6, l -> l.task().version());

    private final String header;
    private final int width;
    private final Function<LedgerLine, Object> value;

    LedgerColumn(String header, int width, Function<LedgerLine, Object> value) {
        this.header = header;
        this.width = width;
        this.value = value;
    }

    String header() {
        return header;
    }

    /** Width in Excel character units (a Chinese character takes about two); printing scales the sum to A4 width. */
    int width() {
        return width;
    }

    /** A String, a Number or a LocalDate (written as a real Excel date), or null for an empty cell. */
    Object valueOf(LedgerLine line) {
        return value.apply(line);
    }
}
