package cn.luoshi.ledger.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded 台账 (the first sheet): checks that the bytes are an xlsx, finds the header row by its titles
 * (column order is free; unknown columns are ignored), refuses merged cells below the header, and returns the
 * non-blank rows. Every problem found is collected, none is thrown.
 */
final class LedgerReader {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The header row must be among the first rows; a title row or two may stand above it. */
    private static final int HEADER_SEARCH_ROWS = 20;
    /** Columns an import cannot do without. */
    static final List<LedgerColumn> REQUIRED = List.of(LedgerColumn.SOURCE, LedgerColumn.CONTENT,
            LedgerColumn.LEAD_UNIT, LedgerColumn.DEADLINE);
    /** The columns import reads; the rest (序号, 具体进展, 完成情况 …) are for people, not re-imported. */
    static final List<LedgerColumn> READ = List.of(LedgerColumn.SOURCE, LedgerColumn.CONTENT, LedgerColumn.LEADER,
            LedgerColumn.LEAD_UNIT, LedgerColumn.CO_UNITS, LedgerColumn.DEADLINE, LedgerColumn.ID, LedgerColumn.VERSION);

    /**
     * What the file held: data rows (blank rows left out), how many blank rows were skipped, and problems found so
     * far. Not {@code readable} when no rows could be read at all (not an xlsx, no header, missing columns).
     */
    record Parsed(List<SheetRow> rows, int blankRows, List<ImportProblem> problems, boolean readable) {
    }

    private LedgerReader() {
    }

    static Parsed read(byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        if (bytes.length == 0) {
            return failed("文件为空，请选择要导入的台账文件");
        }
        if (bytes.length > MAX_BYTES) {
            return failed("文件大小为 %.1f MB，超过 10 MB 的上限；请删去图片等内容或分成几个文件导入"
                    .formatted(bytes.length / 1024.0 / 1024.0));
        }
        String notXlsx = notXlsx(bytes);
        if (notXlsx != null) {
            return failed(notXlsx);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return failed("工作簿中没有工作表");
            }
            return read(workbook.getSheetAt(0), problems);
        } catch (IOException | RuntimeException e) {
            return failed("无法读取该文件：它不是有效的 Excel（.xlsx）工作簿，或已损坏、加密");
        }
    }

    private static Parsed read(Sheet sheet, List<ImportProblem> problems) {
        int headerRow = -1;
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS) && r >= 0; r++) {
            Row row = sheet.getRow(r);
            if (row != null && headerIndex(row).containsKey(LedgerColumn.CONTENT)) {
                headerRow = r;
                break;
            }
        }
        if (headerRow < 0) {
            return failed("前" + HEADER_SEARCH_ROWS + "行中找不到表头（须有「任务内容」等列）；请使用导入模板");
        }
        Map<LedgerColumn, Integer> columns = headerIndex(sheet.getRow(headerRow));
        for (LedgerColumn c : REQUIRED) {
            if (!columns.containsKey(c)) {
                problems.add(new ImportProblem(headerRow + 1, c.header(), "缺少「" + c.header() + "」列"));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), 0, problems, false);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getLastRow() > headerRow) {
                int first = Math.max(merged.getFirstRow(), headerRow + 1);
                problems.add(new ImportProblem(first + 1, headerAt(columns, merged.getFirstColumn()),
                        "单元格 " + merged.formatAsString() + " 是合并单元格（第" + (merged.getFirstRow() + 1) + "–"
                                + (merged.getLastRow() + 1) + "行）；导入不猜测合并的含义，请取消合并并在每一行填写完整后再导入"));
            }
        }
        DataFormatter formatter = new DataFormatter();
        List<SheetRow> rows = new ArrayList<>();
        int blank = 0;
        int pendingBlank = 0; // blank rows count once a data row follows; trailing ones are only formatting
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<LedgerColumn, SheetCell> cells = new EnumMap<>(LedgerColumn.class);
            if (row != null) {
                for (var e : columns.entrySet()) {
                    SheetCell cell = cell(row.getCell(e.getValue()), formatter);
                    if (!cell.isBlank()) {
                        cells.put(e.getKey(), cell);
                    }
                }
            }
            if (cells.isEmpty()) {
                pendingBlank++;
            } else {
                blank += pendingBlank;
                pendingBlank = 0;
                rows.add(new SheetRow(r + 1, cells));
            }
        }
        return new Parsed(rows, blank, problems, true);
    }

    /** Column index by the columns import reads, matched on the header text without spaces or line breaks. */
    private static Map<LedgerColumn, Integer> headerIndex(Row row) {
        Map<LedgerColumn, Integer> found = new EnumMap<>(LedgerColumn.class);
        for (Cell c : row) {
            if (c.getCellType() != CellType.STRING) {
                continue;
            }
            String text = c.getStringCellValue().replaceAll("[\\s\\u3000]", "");
            for (LedgerColumn col : READ) {
                if (ImportAliases.matches(col, text)) {
                    found.putIfAbsent(col, c.getColumnIndex());
                }
            }
        }
        return found;
    }

    private static String headerAt(Map<LedgerColumn, Integer> columns, int index) {
        return columns.entrySet().stream().filter(e -> e.getValue() == index).map(e -> e.getKey().header())
                .findFirst().orElse(org.apache.poi.ss.util.CellReference.convertNumToColString(index) + "列");
    }

    private static SheetCell cell(Cell c, DataFormatter formatter) {
        if (c == null) {
            return SheetCell.EMPTY;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> new SheetCell(c.getStringCellValue(), null, null);
            case NUMERIC -> {
                double n = c.getNumericCellValue();
                boolean date = DateUtil.isCellDateFormatted(c) && DateUtil.isValidExcelDate(n);
                String shown = c.getCellType() == CellType.FORMULA ? String.valueOf(n) : formatter.formatCellValue(c);
                yield new SheetCell(shown, n, date ? c.getLocalDateTimeCellValue().toLocalDate() : null);
            }
            case BOOLEAN -> new SheetCell(c.getBooleanCellValue() ? "是" : "否", null, null);
            default -> SheetCell.EMPTY;
        };
    }

    /**
     * Why the bytes are not an xlsx, or null if they are: an xlsx is a ZIP (starts with PK\3\4) holding
     * {@code [Content_Types].xml}. The file name is not trusted.
     */
    static String notXlsx(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11
                && (bytes[3] & 0xff) == 0xE0) {
            return "这是旧版 Excel（.xls）或其他 Office 97-2003 文件；请在 Excel 或 WPS 中另存为 .xlsx 后再导入";
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return "该文件不是 Excel（.xlsx）文件；请上传用本系统模板填写的 .xlsx 文件";
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("[Content_Types].xml")) {
                    return null;
                }
            }
        } catch (IOException | RuntimeException e) {
            return "该文件是损坏的压缩包，不是有效的 Excel（.xlsx）文件";
        }
        return "该文件是压缩包而不是 Excel（.xlsx）文件（缺少 [Content_Types].xml）";
    }

    private static Parsed failed(String reason) {
        return new Parsed(List.of(), 0, List.of(ImportProblem.ofFile(reason)), false);
    }
}
