package cn.luoshi.requests;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 12345工单导入 (xlsx or CSV in the usual 工单 layout: 工单编号, 受理时间, 诉求分类, 紧急程度, 诉求内容, 诉求地址, 经度,
 * 纬度, 来电人, 联系电话). All or nothing: any bad row rejects the file with a row-by-row report; a 工单编号 already
 * imported or repeated in the file is a row error (the JSON push, by contrast, is idempotent on it).
 */
@Service
public class HotlineImport {

    public static final List<String> COLUMNS = List.of("工单编号", "受理时间", "诉求分类", "紧急程度", "诉求内容", "诉求地址",
            "经度", "纬度", "来电人", "联系电话");
    private static final List<String> REQUIRED = List.of("工单编号", "诉求分类", "诉求内容");

    /** One rejected row: its number in the file (1 = header), the column, and why. */
    public record RowError(int row, String column, String message) {
    }

    /** The file was rejected; nothing was imported. */
    public static class Rejected extends RuntimeException {
        private final List<RowError> errors;

        public Rejected(List<RowError> errors) {
            super("导入失败：" + errors.size() + "处错误，未导入任何工单");
            this.errors = List.copyOf(errors);
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    private final RequestService requests;
    private final RequestSettings settings;
    private final JdbcClient jdbc;

    HotlineImport(RequestService requests, RequestSettings settings, JdbcClient jdbc) {
        this.requests = requests;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Transactional
    public int importFile(String fileName, byte[] bytes, CurrentUser me) {
        if (!settings.isCentre(me)) {
            throw new ForbiddenException("只有指挥中心可以导入12345工单");
        }
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "请选择要导入的文件");
        }
        List<Map<String, String>> rows = fileName != null && fileName.toLowerCase().endsWith(".csv") ? csv(bytes) : xlsx(bytes);
        List<RowError> errors = new ArrayList<>();
        if (!rows.isEmpty()) {
            for (String c : REQUIRED) {
                if (!rows.get(0).containsKey(c)) {
                    errors.add(new RowError(1, c, "缺少列“" + c + "”（表头应为：" + String.join("、", COLUMNS) + "）"));
                }
            }
        }
        if (rows.isEmpty()) {
            errors.add(new RowError(1, null, "文件中没有工单"));
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            int line = i + 2;
            String no = trim(r.get("工单编号"));
            if (no == null) {
                errors.add(new RowError(line, "工单编号", "缺少工单编号"));
                continue;
            }
            if (!seen.add(no)) {
                errors.add(new RowError(line, "工单编号", "工单编号" + no + "在文件中重复"));
                continue;
            }
            if (jdbc.sql("select count(*) from request where hotline_no = ?").param(no).query(Integer.class).single() > 0) {
                errors.add(new RowError(line, "工单编号", "工单编号" + no + "已导入过"));
                continue;
            }
            Instant at = null;
            Double lat = null;
            Double lon = null;
            Urgency urgency = Urgency.NORMAL;
            try {
                String t = trim(r.get("受理时间"));
                if (t != null) {
                    at = LocalDateTime.parse(t.replace('/', '-').replace('T', ' ').substring(0, Math.min(16, t.length())),
                            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")).atZone(RequestSettings.CHINA).toInstant();
                }
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                errors.add(new RowError(line, "受理时间", "受理时间“" + r.get("受理时间") + "”应为2026-12-01 09:30格式"));
                continue;
            }
            try {
                lon = trim(r.get("经度")) == null ? null : Double.valueOf(r.get("经度").trim());
                lat = trim(r.get("纬度")) == null ? null : Double.valueOf(r.get("纬度").trim());
            } catch (NumberFormatException e) {
                errors.add(new RowError(line, "经度/纬度", "经纬度须为数字"));
                continue;
            }
            try {
                urgency = Urgency.parse(r.get("紧急程度"));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line, "紧急程度", e.getMessage()));
                continue;
            }
            String category = trim(r.get("诉求分类"));
            String code = category == null ? null : requests.categories().stream()
                    .filter(c -> c.name().equals(category) || c.code().equals(category)).map(Category::code).findFirst()
                    .orElse(category);
            try {
                requests.intake(new NewRequest(null, no, Channel.HOTLINE, code, r.get("诉求内容"), urgency, lat, lon,
                        r.get("诉求地址"), r.get("来电人"), r.get("联系电话"), null, Map.of(), List.of(), "12345导入", at),
                        me.auditName());
                n++;
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.add(new RowError(line, column(v.field()), v.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        return n;
    }

    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "category" -> "诉求分类";
            case "description" -> "诉求内容";
            case "address" -> "诉求地址";
            case "lat", "lon" -> "经度/纬度";
            default -> field;
        };
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static List<Map<String, String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cur.add(f.toString());
                f.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cur.add(f.toString());
                f.setLength(0);
                if (!(cur.size() == 1 && cur.get(0).isBlank())) {
                    lines.add(cur);
                }
                cur = new ArrayList<>();
            } else {
                f.append(c);
            }
        }
        if (f.length() > 0 || !cur.isEmpty()) {
            cur.add(f.toString());
            lines.add(cur);
        }
        return table(lines);
    }

    static List<Map<String, String>> xlsx(byte[] bytes) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            List<List<String>> lines = new ArrayList<>();
            for (Row row : s) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getLocalDateTimeCellValue().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
                    } else {
                        cells.add(fmt.formatCellValue(cell));
                    }
                }
                lines.add(cells);
            }
            return table(lines);
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "无法读取文件（须为.xlsx或UTF-8编码的.csv）：" + e.getMessage());
        }
    }

    private static List<Map<String, String>> table(List<List<String>> lines) {
        List<Map<String, String>> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        List<String> head = lines.get(0).stream().map(String::trim).toList();
        for (List<String> l : lines.subList(1, lines.size())) {
            if (l.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < head.size(); i++) {
                m.put(head.get(i), i < l.size() ? l.get(i) : "");
            }
            out.add(m);
        }
        return out;
    }
}
