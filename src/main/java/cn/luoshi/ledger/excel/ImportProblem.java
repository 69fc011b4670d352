package cn.luoshi.ledger.excel;

/** One reason a file cannot be imported: Excel row number (1-based, 0 for the file as a whole), column header, reason. */
public record ImportProblem(int row, String column, String reason) {

    static ImportProblem ofFile(String reason) {
        return new ImportProblem(0, "", reason);
    }
}
