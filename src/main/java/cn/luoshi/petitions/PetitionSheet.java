package cn.luoshi.petitions;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Violations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 信访件导入表 — the 信访局's register as a workbook: one row per registration (件次), the rows of one case (件)
 * sharing its 案件序号; the case's own columns (信访事项, 类别, 信访人 …) are read from its first row. Columns are found
 * by their header, in any order. Every problem is reported with its row and column ("第5行「身份证号」：…"); nothing
 * comes back unless every row passes. Lookups (categories, units, leaders) are given by the caller.
 */
public final class PetitionSheet {

    /** Upload limit (bytes). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** At most this many messages are reported (the rest summed up). */
    static final int MAX_MESSAGES = 200;

    /** The columns of the layout. */
    enum Col {
        KEY("案件序号", true), TITLE("信访事项", false), CATEGORY("问题类别", false), NAME("信访人姓名", false),
        ID_NUMBER("身份证号", false), PHONE("联系电话", false), ADDRESS("住址", false), DATE("登记日期", true),
        CHANNEL("信访形式", true), LEVEL("信访层级", true), BEIJING("进京", false), PEOPLE("人数", false),
        UNIT("责任单位", false), LEADER("包案领导", false), TRANSFERRED("转送日期", false), ACCEPTED("受理日期", false),
        ANSWERED("答复日期", false), RESOLVED("是否化解", false);

        final String label;
        final boolean required;

        Col(String label, boolean required) {
            this.label = label;
            this.required = required;
        }
    }

    /** What the sheet needs to know about the rest of the system. */
    public record Lookups(Function<String, Long> category, Function<String, Long> unit, Function<String, Long> leader) {
    }

    private PetitionSheet() {
    }

    /** The empty layout with two example rows (one case visited twice) and a sheet of notes. */
    public static byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("信访件");
            Row h = s.createRow(0);
            for (Col c : Col.values()) {
                h.createCell(c.ordinal()).setCellValue(c.label + (c.required ? "*" : ""));
                s.setColumnWidth(c.ordinal(), 14 * 256);
            }
            String[][] examples = {
                {"1", "拖欠工资", "欠薪", "示例信访人", "990101199001010011", "19900000001", "演示区示例路1号", "2025-03-03",
                    "来信", "区", "否", "1", "人社局", "", "2025-03-05", "2025-03-10", "2025-04-20", "是"},
                {"1", "", "", "", "", "", "", "2025-05-06", "来访", "市", "否", "3", "", "", "", "", "", ""}};
            for (int r = 0; r < examples.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < examples[r].length; c++) {
                    row.createCell(c).setCellValue(examples[r][c]);
                }
            }
            Sheet notes = wb.createSheet("填写说明");
            String[] lines = {
                "每行一次信访登记（件次）；同一信访件的各次登记填写相同的「案件序号」，信访事项、类别、信访人等从该件的第一行读取。",
                "带*的列必填；该件第一行还须填写信访事项、问题类别、信访人姓名、身份证号（按身份证号识别同一信访人）。",
                "信访形式：来信、来访、网上信访（或网上）、电话；信访层级：区、市、省、国家信访局（或国家局）。",
                "日期格式：2025-03-03、2025/3/3 或 2025年3月3日，也可以是 Excel 日期；人数默认为1；进京、是否化解填“是”或“否”。",
                "同一件的层级不能下降；受理日期不早于第一次登记，答复日期须在受理之后。",
                "信访人姓名、身份证号、电话、住址导入时即加密保存；导入的历史件不自动转为督办任务。",
                "文件不超过5 MB，只接受 .xlsx；任何一行有误则整份文件都不导入，并列出每一行、每一列的问题。"};
            for (int i = 0; i < lines.length; i++) {
                notes.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            notes.setColumnWidth(0, 120 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks the workbook; the cases in the order of their first row. */
    public static List<PetitionImport.Case> read(String fileName, byte[] bytes, Lookups lookups, LocalDate today) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "请选择要导入的 .xlsx 文件");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "文件超过 5 MB 的上限");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw InvalidInputException.of("file", "不支持旧版 .xls 文件，请另存为 .xlsx 后导入");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4
                || !name.isEmpty() && !name.endsWith(".xlsx")) {
            throw InvalidInputException.of("file", "只能导入 Excel（.xlsx）工作簿");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(wb.getSheetAt(0), lookups, today);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw InvalidInputException.of("file", "无法读取该文件：它不是有效的 Excel（.xlsx）工作簿，或已损坏、加密");
        }
    }

    /** One registration row as read. */
    private record Line(int row, String key, LocalDate on, Channel channel, Level level, boolean toBeijing,
            int people) {
    }

    /** The case columns of a case's first row. */
    private record Head(int row, String title, Long category, String name, String idNumber, String phone,
            String address, Long unit, Long leader, LocalDate transferred, LocalDate accepted, LocalDate answered,
            boolean resolved) {
    }

    static List<PetitionImport.Case> read(Sheet sheet, Lookups lookups, LocalDate today) {
        Violations v = new Violations();
        DataFormatter fmt = new DataFormatter(Locale.CHINA);
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<Col, Integer> at = new EnumMap<>(Col.class);
        if (header != null) {
            for (Cell c : header) {
                String h = fmt.formatCellValue(c).replace("*", "").replaceAll("\\s", "");
                for (Col col : Col.values()) {
                    if (h.equals(col.label) || col == Col.PHONE && h.equals("电话") || col == Col.KEY && h.equals("序号")
                            || col == Col.DATE && (h.equals("日期") || h.equals("信访日期"))) {
                        at.putIfAbsent(col, c.getColumnIndex());
                    }
                }
            }
        }
        for (Col col : Col.values()) {
            if ((col.required || col == Col.TITLE || col == Col.CATEGORY || col == Col.NAME || col == Col.ID_NUMBER)
                    && !at.containsKey(col)) {
                v.add("file", "第1行（表头）缺少「" + col.label + "」列，请使用导入模板");
            }
        }
        v.throwIfAny();

        Map<String, List<Line>> lines = new LinkedHashMap<>();
        Map<String, Head> heads = new LinkedHashMap<>();
        int count = 0;
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int n = r + 1; // as Excel numbers it
            Reader x = new Reader(row, at, fmt, n, v);
            if (x.blank()) {
                continue;
            }
            count++;
            String key = x.text(Col.KEY, 40, true);
            LocalDate on = x.date(Col.DATE, true);
            if (on != null && on.isAfter(today)) {
                x.error(Col.DATE, "日期" + on + "晚于今天（" + today + "）");
            }
            Channel channel = x.parse(Col.CHANNEL, Channel::parse, true);
            Level level = x.parse(Col.LEVEL, Level::parse, true);
            boolean beijing = x.yes(Col.BEIJING);
            Integer people = x.integer(Col.PEOPLE, 1, 10000);
            if (beijing && (level != Level.NATION || channel != Channel.VISIT)) {
                x.error(Col.BEIJING, "进京指到国家信访局的来访：层级须为国家信访局、形式须为来访");
            }
            if (key == null) {
                continue;
            }
            if (!heads.containsKey(key)) {
                String title = x.text(Col.TITLE, 200, true);
                String catName = x.text(Col.CATEGORY, 40, true);
                Long category = catName == null ? null : lookups.category().apply(catName);
                if (catName != null && category == null) {
                    x.error(Col.CATEGORY, "没有名为“" + catName + "”的问题类别");
                }
                String pname = x.text(Col.NAME, 40, true);
                String id = x.text(Col.ID_NUMBER, 18, true);
                if (id != null && !id.toUpperCase(Locale.ROOT).matches("\\d{17}[\\dX]")) {
                    x.error(Col.ID_NUMBER, "身份证号应为18位（最后一位可以是X）");
                }
                String phone = x.text(Col.PHONE, 20, false);
                if (phone != null && !phone.matches("[\\d\\-+ ]{7,20}")) {
                    x.error(Col.PHONE, "电话号码格式不正确");
                }
                String address = x.text(Col.ADDRESS, 200, false);
                String unitName = x.text(Col.UNIT, 60, false);
                Long unit = unitName == null ? null : lookups.unit().apply(unitName);
                if (unitName != null && unit == null) {
                    x.error(Col.UNIT, "没有名为“" + unitName + "”的单位");
                }
                String leaderName = x.text(Col.LEADER, 40, false);
                Long leader = leaderName == null ? null : lookups.leader().apply(leaderName);
                if (leaderName != null && leader == null) {
                    x.error(Col.LEADER, "“" + leaderName + "”不在区领导名单中");
                }
                heads.put(key, new Head(n, title, category, pname, id == null ? null : id.toUpperCase(Locale.ROOT),
                        phone, address, unit, leader, x.date(Col.TRANSFERRED, false), x.date(Col.ACCEPTED, false),
                        x.date(Col.ANSWERED, false), x.yes(Col.RESOLVED)));
            }
            if (on != null && channel != null && level != null && people != null) {
                lines.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Line(n, key, on, channel, level, beijing, people));
            }
        }
        if (count == 0) {
            v.add("file", "表中没有数据行");
        }
        List<PetitionImport.Case> out = new ArrayList<>();
        for (var e : heads.entrySet()) {
            Head h = e.getValue();
            List<Line> visits = new ArrayList<>(lines.getOrDefault(e.getKey(), List.of()));
            if (visits.isEmpty()) {
                continue; // its rows have errors already
            }
            visits.sort(Comparator.comparing(Line::on).thenComparing(Line::row));
            for (int i = 1; i < visits.size(); i++) {
                Line prev = visits.get(i - 1);
                Line cur = visits.get(i);
                if (cur.level().compareTo(prev.level()) < 0) {
                    v.add("file", "第" + cur.row() + "行「信访层级」：" + cur.level().label() + "低于同一件较早的第"
                            + prev.row() + "行（" + prev.level().label() + "），层级不能下降");
                }
            }
            LocalDate first = visits.get(0).on();
            if (h.accepted() != null && h.accepted().isBefore(first)) {
                v.add("file", "第" + h.row() + "行「受理日期」：" + h.accepted() + "早于该件第一次登记（" + first + "）");
            }
            if (h.transferred() != null && h.transferred().isBefore(first)) {
                v.add("file", "第" + h.row() + "行「转送日期」：" + h.transferred() + "早于该件第一次登记（" + first + "）");
            }
            if (h.answered() != null && (h.accepted() == null || h.answered().isBefore(h.accepted()))) {
                v.add("file", "第" + h.row() + "行「答复日期」：须在受理日期之后（未受理的件不能有答复日期）");
            }
            for (LocalDate d : new LocalDate[] {h.transferred(), h.accepted(), h.answered()}) {
                if (d != null && d.isAfter(today)) {
                    v.add("file", "第" + h.row() + "行：日期" + d + "晚于今天（" + today + "）");
                }
            }
            out.add(new PetitionImport.Case(h.title(), h.category() == null ? 0 : h.category(), h.unit(), h.leader(),
                    new PetitionImport.Petitioner(h.name(), h.idNumber(), h.phone(), h.address()), h.transferred(),
                    h.accepted(), h.answered(), h.resolved(), visits.stream()
                            .map(l -> new PetitionImport.Visit(l.on(), l.channel(), l.level(), l.toBeijing(), l.people()))
                            .toList()));
        }
        if (v.list().size() > MAX_MESSAGES) {
            List<Violations.Violation> first = v.list().subList(0, MAX_MESSAGES);
            Violations cut = new Violations();
            first.forEach(x -> cut.add(x.field(), x.message()));
            cut.add("file", "……另有" + (v.list().size() - MAX_MESSAGES) + "处问题未列出");
            cut.throwIfAny();
        }
        v.throwIfAny();
        return out;
    }

    /** Reads the cells of one row, reporting problems by row and column. */
    private static final class Reader {
        private final Row row;
        private final Map<Col, Integer> at;
        private final DataFormatter fmt;
        private final int n;
        private final Violations v;

        Reader(Row row, Map<Col, Integer> at, DataFormatter fmt, int n, Violations v) {
            this.row = row;
            this.at = at;
            this.fmt = fmt;
            this.n = n;
            this.v = v;
        }

        Cell cell(Col c) {
            Integer i = at.get(c);
            return row == null || i == null ? null : row.getCell(i);
        }

        String raw(Col c) {
            Cell cell = cell(c);
            String s = cell == null ? "" : fmt.formatCellValue(cell).strip();
            return s.isEmpty() ? null : s;
        }

        boolean blank() {
            for (Col c : Col.values()) {
                if (raw(c) != null) {
                    return false;
                }
            }
            return true;
        }

        void error(Col c, String message) {
            v.add("file", "第" + n + "行「" + c.label + "」：" + message);
        }

        String text(Col c, int max, boolean required) {
            String s = raw(c);
            if (s == null) {
                if (required) {
                    error(c, "不能为空");
                }
                return null;
            }
            if (s.length() > max) {
                error(c, "超过" + max + "字");
                return null;
            }
            return s;
        }

        <T> T parse(Col c, Function<String, T> parser, boolean required) {
            String s = text(c, 40, required);
            if (s == null) {
                return null;
            }
            try {
                return parser.apply(s);
            } catch (IllegalArgumentException e) {
                error(c, e.getMessage());
                return null;
            }
        }

        boolean yes(Col c) {
            String s = raw(c);
            if (s == null || s.equals("否") || s.equalsIgnoreCase("N") || s.equals("0")) {
                return false;
            }
            if (s.equals("是") || s.equalsIgnoreCase("Y") || s.equals("1")) {
                return true;
            }
            error(c, "请填写“是”或“否”（现为“" + s + "”）");
            return false;
        }

        Integer integer(Col c, int min, int max) {
            String s = raw(c);
            if (s == null) {
                return 1;
            }
            try {
                int i = Integer.parseInt(s.replace(",", ""));
                if (i < min || i > max) {
                    error(c, "应在" + min + "到" + max + "之间");
                    return null;
                }
                return i;
            } catch (NumberFormatException e) {
                error(c, "“" + s + "”不是整数");
                return null;
            }
        }

        /** Strict: 2026-02-30 is not a date (a smart parser would make it 28 February). */
        private static final DateTimeFormatter[] FORMATS = java.util.stream.Stream.of("uuuu-M-d", "uuuu/M/d",
                "uuuu.M.d", "uuuu年M月d日", "uuuuMMdd")
                .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT))
                .toArray(DateTimeFormatter[]::new);

        LocalDate date(Col c, boolean required) {
            Cell cell = cell(c);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String s = text(c, 20, required);
            if (s == null) {
                return null;
            }
            for (DateTimeFormatter f : FORMATS) {
                try {
                    return LocalDate.parse(s, f);
                } catch (java.time.format.DateTimeParseException e) {
                    // next
                }
            }
            error(c, "“" + s + "”不是日期（例：2025-03-03）");
            return null;
        }
    }
}
