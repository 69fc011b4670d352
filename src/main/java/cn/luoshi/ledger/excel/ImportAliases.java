package cn.luoshi.ledger.excel;

import java.util.List;
import java.util.Map;

/** Other headers offices use for the same column (配合单位 for 协办单位 …), so their own 台账 can be imported. */
final class ImportAliases {

    private static final Map<LedgerColumn, List<String>> ALIASES = Map.of(
            LedgerColumn.SOURCE, List.of("来源", "任务来源（讲话/文件）"),
            LedgerColumn.CONTENT, List.of("工作任务", "任务名称"),
            LedgerColumn.LEADER, List.of("牵头区领导", "责任领导", "分管领导"),
            LedgerColumn.LEAD_UNIT, List.of("责任单位", "牵头部门"),
            LedgerColumn.CO_UNITS, List.of("配合单位", "协办部门", "配合部门"),
            LedgerColumn.DEADLINE, List.of("完成时间", "时限要求"));

    private ImportAliases() {
    }

    static boolean matches(LedgerColumn column, String header) {
        return column.header().equals(header) || ALIASES.getOrDefault(column, List.of()).contains(header);
    }
}
