package cn.luoshi.ledger.excel;

import java.util.List;

/**
 * What an import did: rows read (blank rows not counted), rows imported and skipped, directives created, and per row
 * what happened. With any problem nothing was written and the counts of imported rows are zero.
 */
public record ImportResult(String fileName, int rowsRead, int blankRows, int imported, int skipped,
        List<String> newDirectives, List<RowOutcome> outcomes, List<ImportProblem> problems) {

    /** One data row: 已导入, or 已存在，跳过. */
    public record RowOutcome(int row, String source, String title, String outcome) {
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static ImportResult failed(String fileName, int rowsRead, int blankRows, List<ImportProblem> problems) {
        return new ImportResult(fileName, rowsRead, blankRows, 0, 0, List.of(), List.of(), List.copyOf(problems));
    }
}
