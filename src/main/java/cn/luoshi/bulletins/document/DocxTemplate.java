package cn.luoshi.bulletins.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * A Word (.docx) template with placeholders, filled with Apache POI. Placeholders are written {@code ${名称}}:
 * <ul>
 * <li>{@code ${名称}} — a text; a text with line breaks that fills a paragraph of its own becomes one paragraph per
 * line (same paragraph and character formatting);</li>
 * <li>{@code ${组.字段}} inside a table row — the row is repeated once per item of the group (the table-row marker);
 * with no item, one row saying 无;</li>
 * <li>{@code ${图:名称}} alone in a paragraph — replaced by a picture.</li>
 * </ul>
 * Word often splits what one types into several runs (spell checking, an edit in the middle, a change of format);
 * placeholders split across runs are joined first, keeping the first run's format. Before anything is filled the
 * template is checked against the {@link Vocabulary}: an unknown or unclosed placeholder, a group placeholder outside a
 * table row, a row mixing two groups, or a required placeholder missing is a {@link TemplateException} listing every
 * problem in Chinese.
 */
public final class DocxTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}]*)}");
    private static final String IMAGE_PREFIX = "图:";

    /** What a template may (and must) contain; missing required placeholders are named in {@code required}'s order. */
    public record Vocabulary(Set<String> texts, Map<String, Set<String>> groups, Set<String> images,
            Set<String> required) {
    }

    /** A picture: PNG bytes and its size on the page in centimetres. */
    public record Picture(byte[] png, double widthCm, double heightCm) {
    }

    /** What fills a template. */
    public record Values(Map<String, String> texts, Map<String, List<Map<String, String>>> rows,
            Map<String, Picture> pictures) {
    }

    /** A template that cannot be used; the message lists every problem in Chinese. */
    public static final class TemplateException extends RuntimeException {
        private final List<String> problems;

        TemplateException(List<String> problems) {
            super(String.join("；", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final Vocabulary vocabulary;

    public DocxTemplate(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The problems of a template, empty if it can be used. */
    public List<String> check(byte[] template) {
        try (XWPFDocument doc = open(template)) {
            return problems(doc);
        } catch (TemplateException e) {
            return e.problems();
        } catch (IOException e) {
            return List.of("无法读取模板：" + e.getMessage());
        }
    }

    /** Fills the template; throws {@link TemplateException} if it does not pass {@link #check}. */
    public byte[] fill(byte[] template, Values values) {
        try (XWPFDocument doc = open(template)) {
            List<String> problems = problems(doc);
            if (!problems.isEmpty()) {
                throw new TemplateException(problems);
            }
            for (XWPFTable table : allTables(doc)) {
                expandRows(table, values.rows());
            }
            for (XWPFParagraph p : allParagraphs(doc)) {
                fillParagraph(p, values);
            }
            var out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new TemplateException(List.of("Word文档生成失败：" + e.getMessage()));
        }
    }

    private static XWPFDocument open(byte[] template) throws IOException {
        if (template == null || template.length == 0) {
            throw new TemplateException(List.of("模板文件为空"));
        }
        try (InputStream in = new ByteArrayInputStream(template)) {
            return new XWPFDocument(in);
        } catch (RuntimeException | IOException e) {
            throw new TemplateException(List.of("模板不是有效的Word（.docx）文件"));
        }
    }

    // ---- checking ------------------------------------------------------------------------------------------------

    private List<String> problems(XWPFDocument doc) {
        Set<String> problems = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<XWPFParagraph> inRows = new java.util.HashSet<>();
        for (XWPFTable table : allTables(doc)) {
            for (XWPFTableRow row : table.getRows()) {
                Set<String> groups = new LinkedHashSet<>();
                for (XWPFParagraph p : rowParagraphs(row)) {
                    inRows.add(p);
                    for (String name : names(p)) {
                        int dot = name.indexOf('.');
                        if (dot > 0 && !name.startsWith(IMAGE_PREFIX)) {
                            groups.add(name.substring(0, dot));
                        }
                    }
                }
                if (groups.size() > 1) {
                    problems.add("表格的同一行中不能混用" + String.join("、", groups.stream()
                            .map(g -> "${" + g + ".…}").toList()) + "，每一行只能按一组数据重复");
                }
            }
        }
        for (XWPFParagraph p : allParagraphs(doc)) {
            String text = joinedText(p);
            int open = text.indexOf("${");
            while (open >= 0) {
                int close = text.indexOf('}', open);
                int nextOpen = text.indexOf("${", open + 2);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                    String piece = text.substring(open, Math.min(text.length(), open + 12));
                    problems.add("模板中有未闭合的占位符：" + piece + "…");
                }
                open = nextOpen;
            }
            for (String name : names(p)) {
                seen.add(name);
                int dot = name.indexOf('.');
                if (name.startsWith(IMAGE_PREFIX)) {
                    if (!vocabulary.images().contains(name.substring(IMAGE_PREFIX.length()))) {
                        problems.add("模板中有无法识别的图表占位符：${" + name + "}");
                    } else if (!text.trim().equals("${" + name + "}")) {
                        problems.add("图表占位符 ${" + name + "} 须单独占一段");
                    }
                } else if (dot > 0) {
                    String group = name.substring(0, dot);
                    Set<String> fields = vocabulary.groups().get(group);
                    if (fields == null || !fields.contains(name.substring(dot + 1))) {
                        problems.add("模板中有无法识别的占位符：${" + name + "}");
                    } else if (!inRows.contains(p)) {
                        problems.add("占位符 ${" + name + "} 须放在表格的一行中（该行按每一项重复）");
                    }
                } else if (!vocabulary.texts().contains(name)) {
                    problems.add("模板中有无法识别的占位符：${" + name + "}");
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String r : vocabulary.required()) {
            if (!seen.contains(r)) {
                missing.add("${" + r + "}");
            }
        }
        if (!missing.isEmpty()) {
            problems.add("模板缺少必需的占位符：" + String.join("、", missing));
        }
        return List.copyOf(problems);
    }

    /** The placeholder names of a paragraph, as read across runs. */
    private static List<String> names(XWPFParagraph p) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(joinedText(p));
        while (m.find()) {
            out.add(m.group(1).trim());
        }
        return out;
    }

    // ---- walking the document ------------------------------------------------------------------------------------

    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        collect(doc, out);
        for (XWPFHeader h : doc.getHeaderList()) {
            collect(h, out);
        }
        for (XWPFFooter f : doc.getFooterList()) {
            collect(f, out);
        }
        return out;
    }

    private static void collect(IBody body, List<XWPFParagraph> out) {
        out.addAll(body.getParagraphs());
        for (XWPFTable t : body.getTables()) {
            for (XWPFTableRow r : t.getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    collect(c, out);
                }
            }
        }
    }

    private static List<XWPFTable> allTables(XWPFDocument doc) {
        List<XWPFTable> out = new ArrayList<>();
        collectTables(doc, out);
        for (XWPFHeader h : doc.getHeaderList()) {
            collectTables(h, out);
        }
        for (XWPFFooter f : doc.getFooterList()) {
            collectTables(f, out);
        }
        return out;
    }

    private static void collectTables(IBody body, List<XWPFTable> out) {
        for (XWPFTable t : body.getTables()) {
            out.add(t);
            for (XWPFTableRow r : t.getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    collectTables(c, out);
                }
            }
        }
    }

    private static List<XWPFParagraph> rowParagraphs(XWPFTableRow row) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (XWPFTableCell c : row.getTableCells()) {
            out.addAll(c.getParagraphs());
        }
        return out;
    }

    // ---- runs ----------------------------------------------------------------------------------------------------

    private static String runText(XWPFRun run) {
        CTR r = run.getCTR();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < r.sizeOfTArray(); i++) {
            s.append(r.getTArray(i).getStringValue());
        }
        return s.toString();
    }

    private static void setRunText(XWPFRun run, String text) {
        CTR r = run.getCTR();
        while (r.sizeOfTArray() > 0) {
            r.removeT(0);
        }
        if (!text.isEmpty()) {
            run.setText(text);
        }
    }

    private static String joinedText(XWPFParagraph p) {
        StringBuilder s = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            s.append(runText(run));
        }
        return s.toString();
    }

    /** Joins every placeholder that spans several runs into the run where it starts. */
    static void joinSplitPlaceholders(XWPFParagraph p) {
        boolean changed = true;
        while (changed) {
            changed = false;
            List<XWPFRun> runs = p.getRuns();
            List<String> texts = new ArrayList<>(runs.size());
            StringBuilder all = new StringBuilder();
            int[] starts = new int[runs.size() + 1];
            for (int i = 0; i < runs.size(); i++) {
                starts[i] = all.length();
                String t = runText(runs.get(i));
                texts.add(t);
                all.append(t);
            }
            starts[runs.size()] = all.length();
            Matcher m = PLACEHOLDER.matcher(all);
            while (m.find()) {
                int first = runAt(starts, m.start());
                int last = runAt(starts, m.end() - 1);
                if (first == last) {
                    continue;
                }
                String head = texts.get(first).substring(0, m.start() - starts[first]);
                String tail = texts.get(last).substring(m.end() - starts[last]);
                setRunText(runs.get(first), head + m.group());
                for (int i = first + 1; i < last; i++) {
                    setRunText(runs.get(i), "");
                }
                setRunText(runs.get(last), tail);
                changed = true;
                break;
            }
        }
    }

    private static int runAt(int[] starts, int offset) {
        for (int i = 0; i < starts.length - 1; i++) {
            if (offset < starts[i + 1]) {
                return i;
            }
        }
        return starts.length - 2;
    }

    // ---- filling -------------------------------------------------------------------------------------------------

    private void expandRows(XWPFTable table, Map<String, List<Map<String, String>>> rows) {
        for (int r = 0; r < table.getRows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            String group = null;
            for (XWPFParagraph p : rowParagraphs(row)) {
                joinSplitPlaceholders(p);
                for (String name : names(p)) {
                    int dot = name.indexOf('.');
                    if (dot > 0 && !name.startsWith(IMAGE_PREFIX)) {
                        group = name.substring(0, dot);
                    }
                }
            }
            if (group == null) {
                continue;
            }
            List<Map<String, String>> items = rows.getOrDefault(group, List.of());
            if (items.isEmpty()) {
                Map<String, String> none = new LinkedHashMap<>();
                none.put("", "无");
                items = List.of(none);
            }
            CTRow model = (CTRow) row.getCtRow().copy();
            for (int k = 0; k < items.size(); k++) {
                XWPFTableRow copy = new XWPFTableRow((CTRow) model.copy(), table);
                fillRow(copy, group, items.get(k));
                table.addRow(copy, r + 1 + k);
            }
            table.removeRow(r);
            r += items.size() - 1;
        }
    }

    private static void fillRow(XWPFTableRow row, String group, Map<String, String> item) {
        boolean none = item.containsKey("");
        boolean first = true;
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph p : cell.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    String text = runText(run);
                    if (!text.contains("${")) {
                        continue;
                    }
                    Matcher m = PLACEHOLDER.matcher(text);
                    StringBuilder out = new StringBuilder();
                    while (m.find()) {
                        String name = m.group(1).trim();
                        String value = "";
                        if (name.startsWith(group + ".")) {
                            value = none ? (first ? "无" : "") : item.getOrDefault(name.substring(group.length() + 1), "");
                            first = false;
                        }
                        m.appendReplacement(out, Matcher.quoteReplacement(value));
                    }
                    m.appendTail(out);
                    setRunText(run, out.toString());
                }
            }
        }
    }

    private void fillParagraph(XWPFParagraph p, Values values) {
        joinSplitPlaceholders(p);
        String whole = joinedText(p).trim();
        Matcher only = PLACEHOLDER.matcher(whole);
        if (only.matches()) {
            String name = only.group(1).trim();
            if (name.startsWith(IMAGE_PREFIX)) {
                picture(p, values.pictures().get(name.substring(IMAGE_PREFIX.length())));
                return;
            }
            String value = values.texts().getOrDefault(name, "");
            if (value.contains("\n") && p.getBody() instanceof XWPFDocument) {
                paragraphPerLine(p, value);
                return;
            }
        }
        for (XWPFRun run : p.getRuns()) {
            String text = runText(run);
            if (!text.contains("${")) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(values.texts().getOrDefault(m.group(1).trim(), "")));
            }
            m.appendTail(out);
            String[] lines = out.toString().split("\n", -1);
            setRunText(run, lines[0]);
            for (int i = 1; i < lines.length; i++) {
                run.addBreak();
                run.setText(lines[i]);
            }
        }
    }

    /** A placeholder filling its paragraph with several lines: one paragraph per line, formatted alike. */
    private static void paragraphPerLine(XWPFParagraph p, String value) {
        String[] lines = value.split("\n");
        XWPFRun model = p.getRuns().stream().filter(r -> runText(r).contains("${")).findFirst().orElse(null);
        for (XWPFRun run : p.getRuns()) {
            setRunText(run, "");
        }
        if (model == null) {
            return;
        }
        setRunText(model, lines[0]);
        XWPFDocument doc = (XWPFDocument) p.getBody();
        XWPFParagraph after = p;
        for (int i = 1; i < lines.length; i++) {
            XmlCursor cursor = after.getCTP().newCursor();
            cursor.toEndToken();
            cursor.toNextToken();
            XWPFParagraph next = doc.insertNewParagraph(cursor);
            cursor.close();
            if (p.getCTP().getPPr() != null) {
                next.getCTP().setPPr(p.getCTP().getPPr());
            }
            XWPFRun run = next.createRun();
            if (model.getCTR().getRPr() != null) {
                run.getCTR().setRPr(model.getCTR().getRPr());
            }
            run.setText(lines[i]);
            after = next;
        }
    }

    private static void picture(XWPFParagraph p, Picture picture) {
        for (XWPFRun run : p.getRuns()) {
            setRunText(run, "");
        }
        if (picture == null) {
            return;
        }
        XWPFRun run = p.getRuns().isEmpty() ? p.createRun() : p.getRuns().get(0);
        try (InputStream in = new ByteArrayInputStream(picture.png())) {
            run.addPicture(in, XWPFDocument.PICTURE_TYPE_PNG, "chart.png", Units.toEMU(picture.widthCm() / 2.54 * 72),
                    Units.toEMU(picture.heightCm() / 2.54 * 72));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new TemplateException(List.of("图表插入失败：" + e.getMessage()));
        }
    }
}
