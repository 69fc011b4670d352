package cn.luoshi.ledger.excel;

import java.time.LocalDate;

/**
 * A cell as read from the sheet: its text as shown, and for numeric cells the number and whether Excel formats it as
 * a date (then {@code date} is set).
 */
record SheetCell(String text, Double number, LocalDate date) {

    static final SheetCell EMPTY = new SheetCell("", null, null);

    boolean isBlank() {
        return text.isBlank() && number == null && date == null;
    }
}
