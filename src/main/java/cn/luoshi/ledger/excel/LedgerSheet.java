package cn.luoshi.ledger.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The 台账 sheet as it is printed: a title row over all columns, a frozen header row that repeats on every printed
 * page, wrapped text with thin borders, on A4 landscape scaled to one page wide. Streaming (SXSSF): only a window of
 * rows is kept in memory, the rest goes to a compressed temporary file.
 */
final class LedgerSheet implements AutoCloseable {

    static final String SHEET_NAME = "任务台账";
    /** Rows 1 (title) and 2 (headers); data starts on row 3. */
    static final int HEADER_ROW = 1;
    static final String FONT = "宋体";
    private static final int ROWS_IN_MEMORY = 200;

    private final List<LedgerColumn> columns;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle textStyle;
    private final CellStyle centerStyle;
    private final CellStyle dateStyle;
    private int nextRow;

    LedgerSheet(String title, List<LedgerColumn> columns) {
        this.columns = List.copyOf(columns);
        workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(SHEET_NAME);

        Font body = font(11, false);
        textStyle = bordered(body, HorizontalAlignment.LEFT);
        centerStyle = bordered(body, HorizontalAlignment.CENTER);
        dateStyle = bordered(body, HorizontalAlignment.CENTER);
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        CellStyle headerStyle = bordered(font(11, true), HorizontalAlignment.CENTER);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle titleStyle = workbook.createCellStyle();
        titleStyle.setFont(font(16, true));
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
        titleStyle.setVerticalAlignment(VerticalAlignment.CENTER);

        for (int i = 0; i < this.columns.size(); i++) {
            sheet.setColumnWidth(i, this.columns.get(i).width() * 256);
        }
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(32);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(titleStyle);
        if (this.columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, this.columns.size() - 1));
        }
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(30);
        for (int i = 0; i < this.columns.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(this.columns.get(i).header());
            c.setCellStyle(headerStyle);
        }
        nextRow = HEADER_ROW + 1;

        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW, -1, -1));
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.6);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // as many pages down as needed
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** Appends one data row. */
    void add(LedgerLine line) {
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Object v = columns.get(i).valueOf(line);
            if (v instanceof String text) {
                lines = Math.max(lines, lines(text, columns.get(i).width()));
            }
            Cell c = row.createCell(i);
            if (v instanceof LocalDate d) {
                c.setCellValue(d);
                c.setCellStyle(dateStyle);
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
                c.setCellStyle(centerStyle);
            } else {
                if (v != null) {
                    c.setCellValue(v.toString());
                }
                c.setCellStyle(textStyle);
            }
        }
        // Excel, WPS and LibreOffice do not all grow a row to fit wrapped text on opening, so set the height.
        row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 4));
    }

    private static final float LINE_POINTS = 14.5f;
    private static final float MAX_ROW_POINTS = 409; // Excel's limit

    /** Lines {@code text} takes when wrapped in a column {@code width} characters wide (a CJK character ≈ 2). */
    static int lines(String text, int width) {
        double room = Math.max(1, width - 1.5);
        int total = 0;
        for (String paragraph : text.split("\n", -1)) {
            double units = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                units += paragraph.charAt(i) < 0x2E80 ? 1.1 : 2.1;
            }
            total += Math.max(1, (int) Math.ceil(units / room));
        }
        return total;
    }

    int dataRows() {
        return nextRow - HEADER_ROW - 1;
    }

    void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close(); // also deletes the temporary files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Font font(int points, boolean bold) {
        Font f = workbook.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private CellStyle bordered(Font font, HorizontalAlignment align) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
