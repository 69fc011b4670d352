package cn.luoshi.projects;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Json;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.pdf.PdfRenderer;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.projects.rules.InvestmentPlan;
import cn.luoshi.projects.rules.LightRuleSet;
import cn.luoshi.projects.rules.ProjectRates;
import cn.luoshi.projects.rules.Signal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 项目推进情况通报 (调度通报), monthly: generated from the stored lights and reports of a month, frozen as a numbered
 * snapshot ("调度通报〔2026〕第N期", numbered per year without gaps), with Word, PDF and xlsx made from the snapshot.
 * Issuing is for the 督查室 and the projects office; reading for everyone who may see all projects.
 */
@Service
public class ProjectBulletins {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ProjectStore store;
    private final ProjectService projects;
    private final ProjectLights lights;
    private final AuditLog audit;
    private final PdfRenderer pdf;
    private final Clock clock;

    ProjectBulletins(ProjectStore store, ProjectService projects, ProjectLights lights, AuditLog audit,
            PdfRenderer pdf, Clock clock) {
        this.store = store;
        this.projects = projects;
        this.lights = lights;
        this.audit = audit;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** Summary line of a stored bulletin. */
    public record Summary(long id, String numberLabel, String title, String month, String createdBy,
            String createdAt) {
    }

    public List<Summary> list(CurrentUser me) {
        requireReader(me);
        return store.bulletins().stream().map(b -> new Summary(b.id(), "调度通报〔" + b.year() + "〕第" + b.number()
                + "期", b.title(), ProjectRules.label(YearMonth.from(b.month())), b.createdBy(),
                AT.format(b.createdAt()))).toList();
    }

    public DispatchBulletin get(long id, CurrentUser me) {
        requireReader(me);
        ProjectStore.StoredBulletin b = store.bulletin(id).orElseThrow(() -> new NotFoundException("调度通报", id));
        return Json.read(b.content(), DispatchBulletin.class);
    }

    /** What issuing now for {@code month} would freeze (not stored). */
    public DispatchBulletin preview(YearMonth month, CurrentUser me) {
        requireReader(me);
        return build(month, 0, 0, me, "（预览）", null);
    }

    /**
     * 生成并冻结: recomputes the month's lights as of today (or the month's end for a past month), builds the
     * bulletin, gives it the next number of the year and stores it with an audit entry.
     */
    @Transactional
    public DispatchBulletin issue(YearMonth month, CurrentUser me) {
        projects.requireManager(me);
        YearMonth current = YearMonth.now(clock);
        if (month == null || !month.isBefore(current)) {
            throw InvalidInputException.of("month", "调度通报按已结束的月份生成：请选择" + ProjectRules.label(current)
                    + "以前的月份");
        }
        LocalDate asOf = month.equals(projects.judgedMonth()) ? LocalDate.now(clock) : month.atEndOfMonth();
        lights.recompute(month, asOf, month.equals(projects.judgedMonth()));
        int number = store.nextBulletinNumber(month.getYear());
        DispatchBulletin draft = build(month, 0, number, me, ProjectService.who(me), AT.format(clock.instant()));
        long id = store.insertBulletin(month.getYear(), number, month, draft.title(), Json.write(draft),
                ProjectService.who(me));
        DispatchBulletin b = withId(draft, id);
        store.updateBulletinContent(id, Json.write(b));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("期号", b.numberLabel());
        after.put("月份", b.month());
        after.put("项目数", b.totals().projects());
        after.put("投资完成率", b.totals().investmentRate());
        after.put("红灯", b.totals().red());
        after.put("黄灯", b.totals().yellow());
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("调度通报", id, null, null),
                "印发" + b.numberLabel() + "《" + b.title() + "》", null, after);
        return b;
    }

    private static DispatchBulletin withId(DispatchBulletin d, long id) {
        return new DispatchBulletin(id, d.year(), d.number(), d.title(), d.month(), d.asOf(), d.rule(), d.createdBy(),
                d.createdAt(), d.totals(), d.byLevel(), d.byCategory(), d.units(), d.lagging(), d.problems());
    }

    private void requireReader(CurrentUser me) {
        if (!projects.seesAll(me)) {
            throw new ForbiddenException("调度通报由督查室、" + projects.officeUnit() + "和区领导查看");
        }
    }

    DispatchBulletin build(YearMonth month, long id, int number, CurrentUser me, String by, String at) {
        int year = month.getYear();
        LocalDate asOf = month.equals(projects.judgedMonth()) ? LocalDate.now(clock) : month.atEndOfMonth();
        List<Project> all = store.ofYear(year);
        Map<Long, BigDecimal[]> cum = store.cumulativesOfYear(year);
        Map<Long, MonthLight> lit = store.lightsOf(year, month);
        LightRuleSet rules = projects.ruleSet();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal plan = BigDecimal.ZERO;
        BigDecimal done = BigDecimal.ZERO;
        BigDecimal planned = BigDecimal.ZERO;
        int started = 0;
        int dueToStart = 0;
        int[] lights = new int[3];
        Map<String, List<Project>> byLevel = new LinkedHashMap<>();
        for (ProjectLevel l : ProjectLevel.values()) {
            byLevel.put(l.label(), new ArrayList<>());
        }
        Map<String, List<Project>> byCategory = new LinkedHashMap<>();
        List<DispatchBulletin.Lag> lag = new ArrayList<>();
        List<DispatchBulletin.Issue> issues = new ArrayList<>();
        Map<Long, String> lastProblems = store.latestProblems(year, month);
        for (Project p : all) {
            BigDecimal c = ProjectService.upTo(cum.get(p.id()), month.getMonthValue());
            total = total.add(p.totalInvestment());
            plan = plan.add(p.annualPlan());
            done = done.add(c);
            planned = planned.add(p.plan().cumulativeThrough(month.getMonthValue()));
            boolean s = p.startedOn() != null && !p.startedOn().isAfter(asOf);
            if (p.kind() == ProjectKind.NEW && p.plannedStart() != null && !p.plannedStart().isAfter(asOf)) {
                dueToStart++;
                if (s) {
                    started++;
                }
            }
            MonthLight l = lit.get(p.id());
            Signal sig = l == null ? Signal.GREEN : Signal.valueOf(l.light());
            lights[sig.ordinal()]++;
            byLevel.get(p.level().label()).add(p);
            byCategory.computeIfAbsent(p.category(), k -> new ArrayList<>()).add(p);
            if (sig.warns()) {
                lag.add(new DispatchBulletin.Lag(p.id(), p.name(), p.leadUnit(), p.leader(), sig.label(), l.reason(),
                        "NONE".equals(l.escalation()) ? null : l.escalationReason()));
            }
            String pr = lastProblems.get(p.id());
            if (pr != null) {
                issues.add(new DispatchBulletin.Issue(p.id(), p.name(), p.leadUnit(), ProjectRules.label(month), pr));
            }
        }
        lag.sort(Comparator.comparing((DispatchBulletin.Lag x) -> x.light().equals("红灯") ? 0 : 1)
                .thenComparing(DispatchBulletin.Lag::unit));
        List<DispatchBulletin.Group> levels = new ArrayList<>();
        byLevel.forEach((k, ps) -> {
            if (!ps.isEmpty()) {
                levels.add(group(k, ps, cum, lit, month));
            }
        });
        List<DispatchBulletin.Group> cats = new ArrayList<>();
        byCategory.forEach((k, ps) -> cats.add(group(k, ps, cum, lit, month)));
        cats.sort(Comparator.comparing(DispatchBulletin.Group::annualPlan).reversed());
        List<ProjectRates.Row> units = ProjectRates.of(projects.rateLines(false, month, asOf, me));
        String label = ProjectRules.label(month);
        DispatchBulletin.Totals t = new DispatchBulletin.Totals(all.size(),
                total.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP), plan, done,
                InvestmentPlan.share(done, plan), InvestmentPlan.share(planned, plan), started, dueToStart,
                dueToStart == 0 ? null : InvestmentPlan.share(BigDecimal.valueOf(started), BigDecimal.valueOf(dueToStart)),
                lights[0], lights[1], lights[2]);
        return new DispatchBulletin(id, year, number, "关于" + label + "全区重点项目推进情况的通报", label, asOf.toString(),
                rules.name() + "：" + rules.source() + "。" + ProjectRates.RULE, by, at, t, levels, cats, units, lag,
                issues);
    }

    private static DispatchBulletin.Group group(String name, List<Project> ps, Map<Long, BigDecimal[]> cum,
            Map<Long, MonthLight> lit, YearMonth month) {
        BigDecimal plan = ps.stream().map(Project::annualPlan).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal done = ps.stream().map(p -> ProjectService.upTo(cum.get(p.id()), month.getMonthValue()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int y = (int) ps.stream().filter(p -> lit.containsKey(p.id()) && lit.get(p.id()).light().equals("YELLOW")).count();
        int r = (int) ps.stream().filter(p -> lit.containsKey(p.id()) && lit.get(p.id()).light().equals("RED")).count();
        return new DispatchBulletin.Group(name, ps.size(), plan, done, InvestmentPlan.share(done, plan), y, r);
    }

    // ---- documents ------------------------------------------------------------------------------------------------

    /** The text of the bulletin's body, paragraph by paragraph (the same in every format). */
    public static List<String> paragraphs(DispatchBulletin b) {
        DispatchBulletin.Totals t = b.totals();
        List<String> p = new ArrayList<>();
        p.add("各有关单位：");
        p.add("现将" + b.month() + "全区重点项目推进情况通报如下。");
        p.add("一、总体情况。全区共有重点项目" + t.projects() + "个，总投资" + n(t.totalInvestmentYi()) + "亿元，年度计划投资"
                + n(t.annualPlan()) + "万元；截至" + b.month() + "底累计完成投资" + n(t.cumulative()) + "万元，投资完成率"
                + pct(t.investmentRate()) + "，序时进度" + pct(t.scheduleRate()) + "。应开工新开工项目" + t.dueToStart()
                + "个，已开工" + t.started() + "个，开工率" + pct(t.startRate()) + "。亮绿灯" + t.green() + "个、黄灯"
                + t.yellow() + "个、红灯" + t.red() + "个。");
        p.add("二、分层级、分行业情况。见表1、表2。");
        p.add("三、责任单位排名。按投资完成率排名，见表3。");
        p.add("四、滞后项目。" + (b.lagging().isEmpty() ? "本月无亮灯项目。" : "以下" + b.lagging().size()
                + "个项目亮灯，请责任单位对照原因倒排工期、限期赶超，包抓区领导加强调度：见表4。"));
        p.add("五、需协调解决的问题。" + (b.problems().isEmpty() ? "本月无报送问题。" : "共" + b.problems().size()
                + "个项目报送问题，见表5，请相关单位会商解决。"));
        p.add("亮灯规则：" + b.rule());
        return p;
    }

    static String n(BigDecimal b) {
        return b == null ? "—" : b.stripTrailingZeros().toPlainString();
    }

    static String pct(BigDecimal b) {
        return b == null ? "—" : n(b) + "%";
    }

    /** Table rows of the five tables (header first), for every format. */
    public static Map<String, List<List<String>>> tables(DispatchBulletin b) {
        Map<String, List<List<String>>> m = new LinkedHashMap<>();
        List<List<String>> t1 = new ArrayList<>();
        t1.add(List.of("层级", "项目数", "年度计划（万元）", "累计完成（万元）", "投资完成率", "黄灯", "红灯"));
        b.byLevel().forEach(g -> t1.add(List.of(g.name(), "" + g.projects(), n(g.annualPlan()), n(g.cumulative()),
                pct(g.rate()), "" + g.yellow(), "" + g.red())));
        m.put("表1 分层级推进情况", t1);
        List<List<String>> t2 = new ArrayList<>();
        t2.add(List.of("行业类别", "项目数", "年度计划（万元）", "累计完成（万元）", "投资完成率", "黄灯", "红灯"));
        b.byCategory().forEach(g -> t2.add(List.of(g.name(), "" + g.projects(), n(g.annualPlan()), n(g.cumulative()),
                pct(g.rate()), "" + g.yellow(), "" + g.red())));
        m.put("表2 分行业推进情况", t2);
        List<List<String>> t3 = new ArrayList<>();
        t3.add(List.of("排名", "责任单位", "项目数", "年度计划（万元）", "累计完成（万元）", "投资完成率", "开工率", "竣工率", "入库率"));
        b.units().forEach(r -> t3.add(List.of("" + r.rank(), r.group(), "" + r.projects(), n(r.annualPlan()),
                n(r.cumulative()), pct(r.investmentRate()), pct(r.startRate()), pct(r.completionRate()),
                pct(r.statsRate()))));
        m.put("表3 责任单位排名", t3);
        List<List<String>> t4 = new ArrayList<>();
        t4.add(List.of("项目名称", "责任单位", "包抓区领导", "亮灯", "原因", "建议"));
        b.lagging().forEach(l -> t4.add(List.of(l.name(), l.unit(), l.leader() == null ? "" : l.leader(), l.light(),
                l.reason(), l.escalation() == null ? "" : l.escalation())));
        m.put("表4 滞后项目", t4);
        List<List<String>> t5 = new ArrayList<>();
        t5.add(List.of("项目名称", "责任单位", "月份", "存在问题"));
        b.problems().forEach(i -> t5.add(List.of(i.name(), i.unit(), i.month(), i.problems())));
        m.put("表5 需协调解决的问题", t5);
        return m;
    }

    public byte[] xlsx(DispatchBulletin b) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("通报");
            int r = 0;
            s.createRow(r++).createCell(0).setCellValue(b.numberLabel() + " " + b.title());
            for (String p : paragraphs(b)) {
                s.createRow(r++).createCell(0).setCellValue(p);
            }
            for (var e : tables(b).entrySet()) {
                Sheet t = wb.createSheet(e.getKey().replace(" ", ""));
                int i = 0;
                for (List<String> line : e.getValue()) {
                    Row row = t.createRow(i++);
                    for (int c = 0; c < line.size(); c++) {
                        row.createCell(c).setCellValue(line.get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] docx(DispatchBulletin b) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph head = doc.createParagraph();
            head.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun hr = head.createRun();
            hr.setText(b.numberLabel());
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun tr = title.createRun();
            tr.setBold(true);
            tr.setFontSize(18);
            tr.setText(b.title());
            for (String p : paragraphs(b)) {
                doc.createParagraph().createRun().setText(p);
            }
            for (var e : tables(b).entrySet()) {
                XWPFRun cap = doc.createParagraph().createRun();
                cap.setBold(true);
                cap.setText(e.getKey());
                List<List<String>> rows = e.getValue();
                XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
                for (int i = 0; i < rows.size(); i++) {
                    for (int c = 0; c < rows.get(i).size(); c++) {
                        t.getRow(i).getCell(c).setText(rows.get(i).get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] pdf(DispatchBulletin b) {
        StringBuilder h = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html><head><style>")
                .append(PdfRenderer.BASE_CSS)
                .append("@page { size: A4 landscape; } h1 { text-align: center; font-size: 18pt; } .no { text-align: center; }"
                        + " td, th { font-size: 9pt; } h2 { font-size: 12pt; margin-top: 10pt; }")
                .append("</style></head><body>");
        h.append("<p class=\"no\">").append(PdfRenderer.escape(b.numberLabel())).append("</p><h1>")
                .append(PdfRenderer.escape(b.title())).append("</h1>");
        for (String p : paragraphs(b)) {
            h.append("<p>").append(PdfRenderer.escape(p)).append("</p>");
        }
        for (var e : tables(b).entrySet()) {
            h.append("<h2>").append(PdfRenderer.escape(e.getKey())).append("</h2><table><thead><tr>");
            e.getValue().get(0).forEach(c -> h.append("<th>").append(PdfRenderer.escape(c)).append("</th>"));
            h.append("</tr></thead><tbody>");
            e.getValue().subList(1, e.getValue().size()).forEach(row -> {
                h.append("<tr>");
                row.forEach(c -> h.append("<td>").append(PdfRenderer.escape(c)).append("</td>"));
                h.append("</tr>");
            });
            h.append("</tbody></table>");
        }
        h.append("<p style=\"text-align:right\">").append(PdfRenderer.escape(b.createdAt() == null ? "" : b.createdAt()))
                .append("</p></body></html>");
        return pdf.render(h.toString());
    }
}
