package cn.luoshi.requests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 诉求分析: counts by category × street × month, the month's top problem types (每月一题), repeat locations (重复点位:
 * the same ~50 m cell with several requests) and the points of the heat map; the cube exported to xlsx.
 */
@Service
public class AnalysisService {

    public record Cell(YearMonth month, String category, String street, int count) {
    }

    public record Top(String category, int count, int previous) {
    }

    public record Spot(double lat, double lon, int count, String categories, String street) {
    }

    private final JdbcClient jdbc;

    AnalysisService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Cell> cube(YearMonth from, YearMonth to) {
        return jdbc.sql("""
                select r.month, c.name, coalesce(a.name, '（未定位）'), count(*) from request r
                join request_category c on c.id = r.category_id left join request_area a on a.id = r.street_area_id
                where r.month between ? and ? and r.status <> 'MERGED'
                group by r.month, c.name, a.name order by r.month, c.name, 3""")
                .params(from.atDay(1), to.atDay(1))
                .query((rs, n) -> new Cell(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2), rs.getString(3),
                        rs.getInt(4))).list();
    }

    /** 每月一题: the month's categories by count, with last month's count beside. */
    public List<Top> top(YearMonth month, int n) {
        return jdbc.sql("""
                select c.name, count(*) filter (where r.month = :m), count(*) filter (where r.month = :p) from request r
                join request_category c on c.id = r.category_id where r.month in (:m, :p) and r.status <> 'MERGED'
                group by c.name having count(*) filter (where r.month = :m) > 0 order by 2 desc, 1 limit :n""")
                .param("m", month.atDay(1)).param("p", month.minusMonths(1).atDay(1)).param("n", n)
                .query((rs, i) -> new Top(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }

    /** 重复点位: cells of about 50 m with at least {@code min} requests since {@code since}. */
    public List<Spot> repeats(LocalDate since, int min) {
        return jdbc.sql("""
                select avg(r.lat), avg(r.lon), count(*), string_agg(distinct c.name, '、'), min(a.name)
                from request r join request_category c on c.id = r.category_id left join request_area a on a.id = r.street_area_id
                where r.lat is not null and r.received_at >= cast(? as date) and r.status <> 'MERGED'
                group by round(cast(r.lat as numeric) / 0.00045), round(cast(r.lon as numeric) / 0.0006)
                having count(*) >= ? order by 3 desc limit 20""")
                .params(since, min)
                .query((rs, n) -> new Spot(rs.getDouble(1), rs.getDouble(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Heat-map points [lon, lat, weight] on cells of about 100 m. */
    public List<double[]> heat(LocalDate since) {
        return jdbc.sql("""
                select round(cast(lon as numeric), 3), round(cast(lat as numeric), 3), count(*) from request
                where lat is not null and received_at >= cast(? as date) and status <> 'MERGED' group by 1, 2""")
                .param(since)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getInt(3)}).list();
    }

    /** The cube as an xlsx workbook: one row per month × category × street. */
    public byte[] xlsx(YearMonth from, YearMonth to) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("分类×街道×月份");
            Row h = s.createRow(0);
            String[] head = {"月份", "诉求分类", "街道", "件数"};
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            int r = 1;
            for (Cell c : cube(from, to)) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(c.month().toString());
                row.createCell(1).setCellValue(c.category());
                row.createCell(2).setCellValue(c.street());
                row.createCell(3).setCellValue(c.count());
            }
            for (int i = 0; i < head.length; i++) {
                s.setColumnWidth(i, 14 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }
}
