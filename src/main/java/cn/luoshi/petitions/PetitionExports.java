package cn.luoshi.petitions;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.PersonalData;
import cn.luoshi.org.CurrentUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports: the statistics as published (cells under the small-cell threshold shown as "&lt;5") and the case list with
 * personal data masked for everyone (an export leaves the system; nobody's data leaves it in clear).
 */
@Service
public class PetitionExports {

    private final PetitionStatistics statistics;
    private final PetitionService petitions;
    private final PetitionSettings settings;
    private final PersonalData personal;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    PetitionExports(PetitionStatistics statistics, PetitionService petitions, PetitionSettings settings,
            PersonalData personal, JdbcClient jdbc, AuditLog audit) {
        this.statistics = statistics;
        this.petitions = petitions;
        this.settings = settings;
        this.personal = personal;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** 信访统计表 (published form): by channel, level and category, this year to date against last year. */
    @Transactional(readOnly = true)
    public byte[] statistics(YearMonth asOf, CurrentUser me) {
        PetitionStatistics.Report r = statistics.report(asOf, VisitCount.Measure.MIXED, null, null, me);
        SmallCells cells = settings.smallCells();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("信访统计");
            int row = 0;
            s.createRow(row++).createCell(0).setCellValue("信访统计（" + Sentences.asOf(asOf, true) + "，单位：件人次；小于"
                    + cells.threshold() + "的数字不公布）");
            for (String sentence : r.sentences()) {
                s.createRow(row++).createCell(0).setCellValue(sentence);
            }
            row++;
            for (var table : Map.of("按形式", r.byChannel(), "按层级", r.byLevel(), "按类别", r.byCategory())
                    .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                Row h = s.createRow(row++);
                h.createCell(0).setCellValue(table.getKey());
                h.createCell(1).setCellValue(asOf.getYear() + "年1-" + asOf.getMonthValue() + "月");
                h.createCell(2).setCellValue("上年同期");
                h.createCell(3).setCellValue("同比");
                for (PetitionStatistics.Line l : table.getValue()) {
                    Row x = s.createRow(row++);
                    x.createCell(0).setCellValue(l.label());
                    x.createCell(1).setCellValue(cells.show(l.current()));
                    x.createCell(2).setCellValue(cells.show(l.previous()));
                    boolean hidden = cells.suppressed(l.current()) || cells.suppressed(l.previous());
                    x.createCell(3).setCellValue(hidden ? "—" : l.change() == null ? "—" : l.change() + "%");
                }
                row++;
            }
            s.setColumnWidth(0, 40 * 256);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 信访件清单, petitioners masked; the export is audited. */
    @Transactional
    public byte[] cases(CurrentUser me) {
        if (!settings.access().seesStatistics(me) && !me.isUnitUser()) {
            throw new ForbiddenException("无权导出信访件");
        }
        List<PetitionService.CaseRow> rows = petitions.list(null, false, false, 500, me);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("信访件");
            String[] head = {"编号", "信访事项", "类别", "形式", "层级", "收到日期", "状态", "信访人（已脱敏）", "联系电话（已脱敏）",
                    "责任单位", "包案领导", "积案", "办理期限", "时限"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            int n = 1;
            for (PetitionService.CaseRow c : rows) {
                String[] person = jdbc.sql("""
                        select p.name_sealed, p.phone_sealed from petition_case_person cp
                        join petition_person p on p.id = cp.person_id
                        join petition_case k on k.id = cp.case_id
                        where cp.case_id = ? and (k.accused_unit_id is null or k.accused_unit_id <> ?)
                        order by cp.representative, p.id limit 1""")
                        .params(c.id(), me.unitId() == null ? -1L : me.unitId())
                        .query((ResultSet rs, int i) -> new String[] {
                            PersonalData.maskName(personal.open(rs.getString(1))),
                            PersonalData.maskPhone(personal.open(rs.getString(2)))})
                        .optional().orElse(new String[] {"", ""});
                Row x = s.createRow(n++);
                Object[] v = {c.caseNo(), c.title(), c.category(), c.channel().label(), c.level().label(),
                    c.receivedOn().toString(), c.statusLabel(), person[0], person[1], c.leadUnitName(), c.leaderName(),
                    c.backlog() ? "是" : "", c.handlingDue().toString(), c.light().label()};
                for (int i = 0; i < v.length; i++) {
                    x.createCell(i).setCellValue(v[i] == null ? "" : v[i].toString());
                }
            }
            audit.record(me.auditName(), AuditAction.READ, new AuditLog.Subject(PetitionService.ENTITY, 0, null, null),
                    "导出信访件清单（" + rows.size() + "件，信访人信息已脱敏）", null, null);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
