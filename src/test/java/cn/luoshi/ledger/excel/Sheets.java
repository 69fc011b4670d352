package cn.luoshi.ledger.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helper: builds small xlsx files the way a person would fill them in, and reads exported ones. */
final class Sheets {

    static final List<String> HEADERS = List.of("序号", "任务来源", "任务内容", "牵头领导", "牵头单位", "协办单位",
            "完成时限", "具体进展", "存在的困难或问题", "完成情况");

    /** What an export (and the template) carries: the import columns plus the light and countdown, read-only. */
    static final List<String> EXPORT_HEADERS = java.util.stream.Stream.concat(HEADERS.stream(),
            java.util.stream.Stream.of("亮灯", "倒计时", "任务编号", "数据版本")).toList();

    private Sheets() {
    }

    /** A workbook with a title row, the header row and {@code rows} (a null row stays blank). */
    static byte[] ledger(List<List<Object>> rows) {
        return ledger(rows, sheet -> { });
    }

    static byte[] ledger(List<List<Object>> rows, Consumer<Sheet> extra) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("台账");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue("重点任务台账");
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> values = rows.get(r);
                if (values == null) {
                    continue;
                }
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            extra.accept(sheet);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One data row in the header order: 序号 … 完成情况. */
    static List<Object> row(int number, String source, String content, String leader, String leadUnit,
            String coUnits, Object deadline) {
        List<Object> r = new ArrayList<>(List.of(number, source, content));
        r.add(leader);
        r.add(leadUnit);
        r.add(coUnits);
        r.add(deadline);
        return r;
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook wb) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
