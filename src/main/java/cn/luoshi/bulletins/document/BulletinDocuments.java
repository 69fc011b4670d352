package cn.luoshi.bulletins.document;

import cn.luoshi.bulletins.Bulletin;
import cn.luoshi.bulletins.BulletinContent;
import cn.luoshi.bulletins.BulletinRules;
import cn.luoshi.bulletins.BulletinTaskRow;
import cn.luoshi.bulletins.Totals;
import cn.luoshi.bulletins.UnitLine;
import cn.luoshi.calendar.ChinaDate;
import cn.luoshi.common.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A bulletin as documents: Word from a template ({@link DocxTemplate} with the placeholders of {@link #VOCABULARY}),
 * PDF through {@link PdfRenderer} laid out as a 党政机关公文 (GB/T 9704-2012: {@link PdfRenderer#GONGWEN_CSS}; red
 * 发文机关标志, 发文字号, red rule, title, body in 三号 serif, 署名 and 成文日期, "— 1 —"), and the underlying lists as Excel. The PDF
 * and Word list every unit and the first {@link BulletinContent#RED_ITEMS_SHOWN} red items; the full lists are in
 * the Excel file.
 */
public final class BulletinDocuments {

    /** Placeholders a template may use, by group; see docs/bulletins.md. */
    public static final DocxTemplate.Vocabulary VOCABULARY = new DocxTemplate.Vocabulary(
            Set.of("标题", "期号", "发文字号", "年份", "序号", "发布日期", "发布单位", "统计期间", "统计起止", "截至日期", "统计范围",
                    "总体情况", "任务总数", "牵头单位数", "已办结", "已办结占比", "本期办结", "应办结", "按期办结",
                    "按期办结率", "在办", "超前序时", "符合序时", "落后序时", "逾期未办结", "办结待审", "存在问题任务",
                    "未解决问题", "未按时报送", "红灯", "黄灯", "绿灯", "本期终止", "排名规则", "表扬单位", "表扬规则",
                    "红灯说明", "终止说明", "下步要求", "通报口径", "亮灯规则"),
            Map.of("单位", Set.of("名次", "名称", "任务数", "正常推进", "正常推进率", "已办结", "本期办结", "应办结", "按期办结",
                            "按期办结率", "在办",
                            "超前序时", "符合序时", "落后序时", "逾期", "未按时报送", "存在问题", "红灯", "表扬"),
                    "红灯", Set.of("序号", "单位", "任务", "来源", "原因", "完成时限", "逾期工作日"),
                    "终止", Set.of("序号", "单位", "任务", "终止日期", "理由")),
            Set.of("各单位", "亮灯"),
            new LinkedHashSet<>(List.of("标题", "期号", "统计期间", "单位.名称")));

    /** 机关代字 of the 通报's 发文字号 (督通〔2026〕3号). */
    public static final String DOCUMENT_CODE = "督通";

    private final PdfRenderer pdf;
    private final String issuer;
    private volatile Charts charts;

    /**
     * @param pdf    the PDF renderer (its font also draws the charts)
     * @param issuer 发布单位: the office name ({@link cn.luoshi.org.OfficeName}), e.g. 区委区政府督查室
     */
    public BulletinDocuments(PdfRenderer pdf, String issuer) {
        this.pdf = pdf;
        this.issuer = issuer;
    }

    private Charts charts() {
        Charts c = charts;
        if (c == null) {
            c = new Charts(pdf.fontFile());
            charts = c;
        }
        return c;
    }

    public byte[] unitChart(BulletinContent c) {
        return charts().unitBars(c.units());
    }

    public byte[] lightChart(BulletinContent c) {
        return charts().lightPie(c.totals());
    }

    // ---- Word ----------------------------------------------------------------------------------------------------

    /** The Word document from {@code template}; {@link DocxTemplate.TemplateException} if the template is not usable. */
    public byte[] docx(Bulletin b, byte[] template) {
        return new DocxTemplate(VOCABULARY).fill(template, values(b));
    }

    /** The problems of a template (empty: usable). */
    public static List<String> check(byte[] template) {
        return new DocxTemplate(VOCABULARY).check(template);
    }

    /** Every placeholder's value for a bulletin. */
    public DocxTemplate.Values values(Bulletin b) {
        BulletinContent c = b.content();
        Totals t = c.totals();
        Map<String, String> x = new LinkedHashMap<>();
        x.put("标题", b.title());
        x.put("期号", b.issueLabel());
        x.put("年份", b.issueYear() == null ? "" : String.valueOf(b.issueYear()));
        x.put("序号", b.issueNumber() == null ? "" : String.valueOf(b.issueNumber()));
        x.put("发布日期", b.publishedAt() == null ? "（未发布）"
                : BulletinRules.longDate(b.publishedAt().atZone(ChinaDate.ZONE).toLocalDate()));
        x.put("发布单位", issuer);
        x.put("发文字号", documentNumber(b));
        x.put("统计期间", b.period().fullLabel());
        x.put("统计起止", b.period().dates());
        x.put("截至日期", BulletinRules.longDate(c.to()));
        x.put("统计范围", c.scopeLabel());
        x.put("总体情况", c.summary());
        x.put("任务总数", String.valueOf(t.total()));
        x.put("牵头单位数", String.valueOf(t.units()));
        x.put("已办结", String.valueOf(t.completed()));
        x.put("已办结占比", t.completedShare());
        x.put("本期办结", String.valueOf(t.completedInPeriod()));
        x.put("应办结", String.valueOf(t.due()));
        x.put("按期办结", String.valueOf(t.completedOnTime()));
        x.put("按期办结率", t.onTimeRate());
        x.put("在办", String.valueOf(t.open()));
        x.put("超前序时", String.valueOf(t.ahead()));
        x.put("符合序时", String.valueOf(t.onSchedule()));
        x.put("落后序时", String.valueOf(t.behindNotOverdue()));
        x.put("逾期未办结", String.valueOf(t.overdue()));
        x.put("办结待审", String.valueOf(t.pendingCompletion()));
        x.put("存在问题任务", String.valueOf(t.withProblems()));
        x.put("未解决问题", String.valueOf(t.openProblems()));
        x.put("未按时报送", String.valueOf(t.missedReports()));
        x.put("红灯", String.valueOf(t.red()));
        x.put("黄灯", String.valueOf(t.yellow()));
        x.put("绿灯", String.valueOf(t.green()));
        x.put("本期终止", String.valueOf(t.terminatedInPeriod()));
        x.put("排名规则", c.rankingRule());
        x.put("表扬单位", commended(c));
        x.put("表扬规则", c.commendationRule());
        x.put("红灯说明", redNote(c));
        x.put("终止说明", terminatedNote(c));
        x.put("下步要求", b.requirements() == null ? "" : b.requirements());
        x.put("通报口径", String.join("\n", numbered(c.countingRules())));
        x.put("亮灯规则", c.lightThresholds());
        x.put("专项情况", String.join("\n", c.sections().stream()
                .map(s -> s.title() + "：" + String.join("", s.paragraphs())).toList()));

        List<Map<String, String>> units = new ArrayList<>();
        for (UnitLine u : c.units()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("名次", String.valueOf(u.rank()));
            m.put("名称", u.unitName());
            m.put("任务数", String.valueOf(u.assigned()));
            m.put("正常推进", String.valueOf(u.onTrack()));
            m.put("正常推进率", u.onTrackRate());
            m.put("已办结", String.valueOf(u.completed()));
            m.put("本期办结", String.valueOf(u.completedInPeriod()));
            m.put("应办结", String.valueOf(u.due()));
            m.put("按期办结", String.valueOf(u.onTime()));
            m.put("按期办结率", u.onTimeRate());
            m.put("在办", String.valueOf(u.open()));
            m.put("超前序时", String.valueOf(u.ahead()));
            m.put("符合序时", String.valueOf(u.onSchedule()));
            m.put("落后序时", String.valueOf(u.behindNotOverdue()));
            m.put("逾期", String.valueOf(u.overdue()));
            m.put("未按时报送", String.valueOf(u.missedReports()));
            m.put("存在问题", String.valueOf(u.withProblems()));
            m.put("红灯", String.valueOf(u.red()));
            m.put("表扬", u.commended() ? "表扬" : "");
            units.add(m);
        }
        List<Map<String, String>> red = new ArrayList<>();
        int i = 1;
        for (BulletinContent.RedItem r : c.redItems()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("序号", String.valueOf(i++));
            m.put("单位", nz(r.unitName()));
            m.put("任务", r.title());
            m.put("来源", nz(r.directiveTitle()));
            m.put("原因", nz(r.reason()));
            m.put("完成时限", String.valueOf(r.deadline()));
            m.put("逾期工作日", r.overdueWorkingDays() > 0 ? String.valueOf(r.overdueWorkingDays()) : "");
            red.add(m);
        }
        List<Map<String, String>> terminated = new ArrayList<>();
        i = 1;
        for (BulletinContent.TerminatedItem r : c.terminated()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("序号", String.valueOf(i++));
            m.put("单位", nz(r.unitName()));
            m.put("任务", r.title());
            m.put("终止日期", r.terminatedOn() == null ? "" : String.valueOf(r.terminatedOn()));
            m.put("理由", nz(r.reason()));
            terminated.add(m);
        }
        int bars = Math.min(c.units().size(), Charts.MAX_BARS) + (c.units().size() > Charts.MAX_BARS ? 1 : 0);
        Map<String, DocxTemplate.Picture> pictures = Map.of(
                "各单位", new DocxTemplate.Picture(unitChart(c), 15.5, 15.5 * (70 + Math.max(1, bars) * 24 + 40) / 900),
                "亮灯", new DocxTemplate.Picture(lightChart(c), 15.5, 15.5 * 380 / 900));
        return new DocxTemplate.Values(x, Map.of("单位", units, "红灯", red, "终止", terminated), pictures);
    }

    /**
     * 发文字号 as GB/T 9704-2012 §7.2.5 writes it — 机关代字, the year in 六角括号, the number without 第 and without
     * leading zeros: 督通〔2026〕3号; a draft has none yet.
     */
    public static String documentNumber(Bulletin b) {
        return b.published() && b.issueYear() != null && b.issueNumber() != null
                ? DOCUMENT_CODE + "〔" + b.issueYear() + "〕" + b.issueNumber() + "号" : "（未编号）";
    }

    private static String commended(BulletinContent c) {
        return c.commended().isEmpty() ? "本期无符合表扬条件的单位。" : String.join("、", c.commended()) + "。";
    }

    private static String redNote(BulletinContent c) {
        if (c.redTotal() == 0) {
            return "本期期末无红灯事项。";
        }
        return "期末亮红灯的事项共" + c.redTotal() + "项" + (c.redItemsCut()
                ? "，以下列出最需关注的前" + c.redItems().size() + "项（按逾期时间、落后幅度排序），完整清单见Excel附表。"
                : "，按逾期时间、落后幅度排序如下。");
    }

    private static String terminatedNote(BulletinContent c) {
        int n = c.totals().terminatedInPeriod();
        return n == 0 ? "本期无终止的任务。" : "本期终止任务" + n + "项，不计入各项统计"
                + (c.terminatedCut() ? "，以下列出前" + c.terminated().size() + "项，完整清单见Excel附表。" : "，单列如下。");
    }

    private static List<String> numbered(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add((i + 1) + ". " + lines.get(i));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- PDF -----------------------------------------------------------------------------------------------------

    /** The PDF: A4, page numbers, the font embedded; the same sections as the default Word template. */
    public byte[] pdf(Bulletin b) {
        return pdf.render(xhtml(b));
    }

    String xhtml(Bulletin b) {
        BulletinContent c = b.content();
        DocxTemplate.Values v = values(b);
        Map<String, String> x = v.texts();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(e(b.title())).append("</title><style>").append(PdfRenderer.GONGWEN_CSS)
                .append("""
                        h2 { font-family: 'WenQuanYi Micro Hei'; font-size: 16pt; font-weight: normal; text-indent: 2em;
                             margin: 0; }
                        .issue { text-align: center; margin: 0 0 10.227mm 0; text-indent: 0; }
                        p.small { font-size: 14pt; line-height: 1.5; }
                        table { font-size: 9pt; margin: 2mm 0 4mm 0; }
                        th, td { padding: 1pt 2pt; line-height: 1.3; }
                        th { font-family: 'WenQuanYi Micro Hei'; font-weight: normal; font-size: 8.5pt; }
                        td.n, th.n { text-align: right; }
                        img { width: 100%; }
                        .draft { color: #c00000; text-align: center; text-indent: 0; }
                        """).append("</style></head><body>");
        // GB/T 9704-2012 版头: 发文机关标志 (red), 发文字号, the red 分隔线; then the title and the 期号 under it.
        h.append("<div class=\"gw-org\">").append(e(issuer)).append("</div>");
        h.append("<div class=\"gw-number\">").append(e(x.get("发文字号"))).append("</div>");
        h.append("<div class=\"gw-rule\"></div>");
        if (!b.published()) {
            h.append("<p class=\"draft\">（草稿，未发布）</p>");
        }
        h.append("<div class=\"gw-title\">").append(e(b.title())).append("</div>");
        h.append("<p class=\"issue\">（督查通报").append(e(x.get("期号"))).append("）</p>");
        h.append("<p class=\"plain\">统计期间：").append(e(b.period().fullLabel())).append("；统计范围：")
                .append(e(c.scopeLabel())).append("。</p>");
        h.append("<h2>一、总体情况</h2><p>").append(e(c.summary())).append("</p>");
        h.append("<img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(v.pictures().get("亮灯").png())).append("\"/>");
        h.append("<h2>二、各单位推进情况</h2><p>").append(e(c.rankingRule())).append("</p>");
        h.append("<table><colgroup><col style=\"width:6.5%\"/><col style=\"width:13.5%\"/>")
                .append("<col style=\"width:7.27%\"/>".repeat(11)).append("</colgroup>")
                .append("<thead><tr><th>名次</th><th>牵头单位</th><th class=\"n\">承担任务</th>")
                .append("<th class=\"n\">正常推进率</th><th class=\"n\">已办结</th>")
                .append("<th class=\"n\">本期办结</th><th class=\"n\">应办结</th><th class=\"n\">按期办结</th>")
                .append("<th class=\"n\">按期办结率</th><th class=\"n\">落后序时</th><th class=\"n\">逾期未办结</th>")
                .append("<th class=\"n\">未按时报送</th><th class=\"n\">红灯</th></tr></thead><tbody>");
        for (UnitLine u : c.units()) {
            h.append("<tr><td>").append(u.rank()).append("</td><td>")
                    .append(e(u.unitName())).append(u.commended() ? "（表扬）" : "").append("</td>")
                    .append(n(u.assigned())).append("<td class=\"n\">").append(u.onTrackRate()).append("</td>")
                    .append(n(u.completed())).append(n(u.completedInPeriod()))
                    .append(n(u.due())).append(n(u.onTime())).append("<td class=\"n\">").append(u.onTimeRate())
                    .append("</td>").append(n(u.behindNotOverdue())).append(n(u.overdue())).append(n(u.missedReports()))
                    .append(n(u.red())).append("</tr>");
        }
        if (c.units().isEmpty()) {
            h.append("<tr><td colspan=\"13\">无</td></tr>");
        }
        h.append("</tbody></table>");
        h.append("<img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(v.pictures().get("各单位").png())).append("\"/>");
        h.append("<h2>三、红灯事项</h2><p>").append(e(redNote(c))).append("</p>");
        if (!c.redItems().isEmpty()) {
            h.append("<table><colgroup><col style=\"width:6%\"/><col style=\"width:13%\"/><col style=\"width:36%\"/>")
                    .append("<col style=\"width:31%\"/><col style=\"width:14%\"/></colgroup>")
                    .append("<thead><tr><th>序号</th><th>牵头单位</th><th>任务</th><th>原因</th><th>完成时限</th></tr>")
                    .append("</thead><tbody>");
            int i = 1;
            for (BulletinContent.RedItem r : c.redItems()) {
                h.append("<tr><td>").append(i++).append("</td><td>").append(e(r.unitName())).append("</td><td>")
                        .append(e(r.title())).append("</td><td>").append(e(r.reason())).append("</td><td>")
                        .append(r.deadline()).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("<h2>四、通报表扬</h2><p>").append(e(commended(c))).append("</p><p class=\"small\">表扬规则：")
                .append(e(c.commendationRule())).append("</p>");
        h.append("<h2>五、本期终止任务</h2><p>").append(e(terminatedNote(c))).append("</p>");
        if (!c.terminated().isEmpty()) {
            h.append("<table><thead><tr><th>序号</th><th>牵头单位</th><th>任务</th><th>终止日期</th><th>理由</th></tr>")
                    .append("</thead><tbody>");
            int i = 1;
            for (BulletinContent.TerminatedItem r : c.terminated()) {
                h.append("<tr><td>").append(i++).append("</td><td>").append(e(r.unitName())).append("</td><td>")
                        .append(e(r.title())).append("</td><td>")
                        .append(r.terminatedOn() == null ? "" : r.terminatedOn()).append("</td><td>")
                        .append(e(r.reason())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        for (var s : c.sections()) {
            h.append("<h2>").append(e(s.title())).append("</h2>");
            for (String p : s.paragraphs()) {
                h.append("<p>").append(e(p)).append("</p>");
            }
        }
        h.append("<h2>六、下步要求</h2>");
        String req = b.requirements() == null || b.requirements().isBlank() ? "（无）" : b.requirements();
        for (String line : req.split("\n")) {
            h.append("<p>").append(e(line)).append("</p>");
        }
        h.append("<p class=\"gw-sign\">").append(e(issuer)).append("</p>");
        h.append("<p class=\"gw-date\">").append(e(b.publishedAt() == null ? "（未发布）" : x.get("发布日期")))
                .append("</p>");
        h.append("<h2 style=\"page-break-before: auto; margin-top: 10.227mm\">附：通报口径</h2>");
        int i = 1;
        for (String rule : c.countingRules()) {
            h.append("<p class=\"small\">").append(i++).append(". ").append(e(rule)).append("</p>");
        }
        h.append("<p class=\"small\">亮灯规则：").append(e(c.lightThresholds())).append("</p>");
        h.append("</body></html>");
        return h.toString();
    }

    private static String n(int value) {
        return "<td class=\"n\">" + value + "</td>";
    }

    private static String e(String s) {
        return PdfRenderer.escape(s);
    }

    // ---- Excel ---------------------------------------------------------------------------------------------------

    /** The underlying lists: 各单位, 红灯事项 (all), 全部任务 with their classification, 本期终止, 说明. */
    public byte[] xlsx(Bulletin b, List<BulletinTaskRow> rows) {
        BulletinContent c = b.content();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Sheet units = sheet(wb, "各单位", head, "名次", "牵头单位", "承担任务", "正常推进", "正常推进率", "已办结",
                    "本期办结", "应办结", "按期办结",
                    "按期办结率", "在办", "超前序时", "符合序时", "落后序时", "逾期未办结", "未按时报送（次）", "存在问题任务",
                    "红灯", "通报表扬");
            int r = 1;
            for (UnitLine u : c.units()) {
                row(units, r++, u.rank(), u.unitName(), u.assigned(), u.onTrack(), u.onTrackRate(), u.completed(),
                        u.completedInPeriod(), u.due(), u.onTime(), u.onTimeRate(), u.open(), u.ahead(),
                        u.onSchedule(), u.behindNotOverdue(), u.overdue(), u.missedReports(), u.withProblems(), u.red(),
                        u.commended() ? "是" : "");
            }
            Sheet red = sheet(wb, "红灯事项", head, "序号", "牵头单位", "任务", "来源", "完成时限", "逾期工作日", "原因",
                    "任务ID");
            r = 1;
            List<BulletinTaskRow> redRows = rows.stream().filter(BulletinTaskRow::red)
                    .sorted(java.util.Comparator.comparingInt(BulletinTaskRow::overdueDays).reversed()
                            .thenComparing(x -> x.lagPoints() == null ? BigDecimal.ZERO : x.lagPoints(),
                                    java.util.Comparator.reverseOrder())
                            .thenComparingLong(BulletinTaskRow::taskId))
                    .toList();
            for (BulletinTaskRow x : redRows) {
                row(red, r, r, x.unitName(), x.title(), x.directiveTitle(), x.deadline(),
                        x.overdueDays() > 0 ? x.overdueDays() : null, x.lightReason(), x.taskId());
                r++;
            }
            Sheet all = sheet(wb, "全部任务", head, "任务ID", "来源", "任务", "层级", "牵头单位", "统计口径", "期末状态",
                    "完成时限", "原完成时限", "办结日期", "本期办结", "按期办结", "应办结", "序时", "序时进度（%）",
                    "实际进度（%）", "落后（百分点）", "逾期未办结", "逾期工作日", "未按时报送期次", "未解决问题", "期末亮灯",
                    "亮灯原因", "办结申请日期（待审）", "终止日期", "终止理由");
            r = 1;
            for (BulletinTaskRow x : rows) {
                row(all, r++, x.taskId(), x.directiveTitle(), x.title(), x.kind(), x.unitName(), x.membership(),
                        x.status(), x.deadline(), x.originalDeadline(), x.completedOn(), yes(x.completedInPeriod()),
                        x.onTime() == null ? null : x.onTime() ? "是" : "否", yes(x.due()), x.standing(),
                        x.plannedPercent(), x.actualPercent(), x.lagPoints(), yes(x.overdue()),
                        x.overdueDays() > 0 ? x.overdueDays() : null, x.missedPeriods(), x.openProblems(), x.light(),
                        x.lightReason(), x.completionRequested(), x.terminatedOn(), x.terminationReason());
            }
            Sheet term = sheet(wb, "本期终止", head, "序号", "牵头单位", "任务", "终止日期", "终止理由", "任务ID");
            r = 1;
            for (BulletinTaskRow x : rows) {
                if (x.membership().equals(cn.luoshi.bulletins.Membership.TERMINATED_IN_PERIOD.label())) {
                    row(term, r, r, x.unitName(), x.title(), x.terminatedOn(), x.terminationReason(), x.taskId());
                    r++;
                }
            }
            Sheet about = sheet(wb, "说明", head, "项目", "内容");
            r = 1;
            row(about, r++, "标题", b.title());
            row(about, r++, "期号", b.issueLabel());
            row(about, r++, "统计期间", b.period().fullLabel());
            row(about, r++, "统计范围", c.scopeLabel());
            row(about, r++, "总体情况", c.summary());
            row(about, r++, "排名规则", c.rankingRule());
            row(about, r++, "表扬规则", c.commendationRule());
            for (String rule : c.countingRules()) {
                row(about, r++, "通报口径", rule);
            }
            row(about, r++, "亮灯规则", c.lightThresholds());
            row(about, r, "工作日历", c.calendarSource());
            widths(units, 19);
            widths(red, 8);
            widths(all, 26);
            widths(term, 6);
            widths(about, 2);
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Excel生成失败：" + e.getMessage(), e);
        }
    }

    private static String yes(boolean b) {
        return b ? "是" : "";
    }

    private static Sheet sheet(SXSSFWorkbook wb, String name, CellStyle head, String... columns) {
        Sheet s = wb.createSheet(name);
        Row r = s.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            var cell = r.createCell(i);
            cell.setCellValue(columns[i]);
            cell.setCellStyle(head);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    /**
     * Column widths, set once the rows are written: while a sheet has column definitions, the
     * streaming writer looks up every cell's column style in them, which makes 100,000 rows several times slower.
     */
    private static void widths(Sheet s, int columns) {
        for (int i = 0; i < columns; i++) {
            s.setColumnWidth(i, i == 0 ? 10 * 256 : 18 * 256);
        }
    }

    private static void row(Sheet s, int index, Object... values) {
        Row r = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            var cell = r.createCell(i);
            if (v instanceof Number num && !(v instanceof BigDecimal)) {
                cell.setCellValue(num.doubleValue());
            } else if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d.toString());
            } else {
                cell.setCellValue(String.valueOf(v));
            }
        }
    }
}
