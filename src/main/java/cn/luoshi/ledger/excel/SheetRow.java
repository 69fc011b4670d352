package cn.luoshi.ledger.excel;

import java.util.Map;

/** A non-blank data row of an uploaded 台账: its Excel row number (1-based) and the cells of the columns import reads. */
record SheetRow(int number, Map<LedgerColumn, SheetCell> cells) {

    SheetCell cell(LedgerColumn c) {
        return cells.getOrDefault(c, SheetCell.EMPTY);
    }

    String text(LedgerColumn c) {
        return cell(c).text().trim();
    }
}
