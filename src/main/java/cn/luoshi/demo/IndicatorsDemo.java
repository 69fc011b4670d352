package cn.luoshi.demo;

import cn.luoshi.indicators.IndicatorImportService;
import cn.luoshi.indicators.IndicatorService;
import cn.luoshi.indicators.Indicator;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.ledger.TaskRow;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.SystemUser;
import cn.luoshi.org.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 经济指标演示数据: last year's twelve months for the district (本区), the city, the province, the nation and five
 * peer districts, imported through {@link IndicatorImportService} as the 统计局's long format, built so that the seeds'
 * statements come out of the figures:
 * <ul>
 * <li>000 (前三季度): 生产总值、固定资产投资、社会消费品零售总额增速分别低于全市平均1个、1.7个和0.2个百分点；一般公共预算收入
 * 增速居各县（市、区）倒数第2位;</li>
 * <li>004 (上半年): 30个大类行业中11个负增长，行业增长面63%；黑色金属冶炼（湘钢所在行业）下降14.5%；一般公共预算收入4.98亿元，
 * 下降16.39%；全国、全省、全市、本区GDP分别增长5.5%、3.6%、3.3%、3.4%.</li>
 * </ul>
 * 固定资产投资 is owned by an open task of 发改, and stays 1.7 points below the city average in December: it lights
 * that task yellow. Skipped when the module already holds figures.
 */
@Component
@Order(30)
class IndicatorsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndicatorsDemo.class);
    static final List<String> PEERS = List.of("东湖区", "西岭区", "南塘县", "北山县", "青河市");
    private static final String SOURCE = "区统计局《统计月报》";

    private final boolean enabled;
    private final IndicatorService indicators;
    private final IndicatorImportService imports;
    private final TaskService tasks;
    private final OrgDirectory org;
    private final TransactionTemplate tx;
    private final Clock clock;

    IndicatorsDemo(@Value("${luoshi.demo-data:true}") boolean enabled, IndicatorService indicators,
            IndicatorImportService imports, TaskService tasks, OrgDirectory org, TransactionTemplate tx, Clock clock) {
        this.enabled = enabled;
        this.indicators = indicators;
        this.imports = imports;
        this.tasks = tasks;
        this.org = org;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || indicators.hasValues()) {
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(s -> load());
        log.info("已载入经济指标演示数据（{} ms）", (System.nanoTime() - started) / 1_000_000);
    }

    /** The year the demo figures are for: last year, so every month is in the past. */
    int year() {
        return LocalDate.now(clock).getYear() - 1;
    }

    private void load() {
        CurrentUser me = SystemUser.INSTANCE;
        for (String p : PEERS) {
            indicators.addRegion(p, "DISTRICT", me);
        }
        int y = year();
        Map<String, Double> targets = Map.of("GDP", 6.0, "IND", 7.0, "FAI", 6.0, "RETAIL", 6.5, "REV", 3.0, "TAX", 3.0);
        targets.forEach((code, t) -> indicators.setTarget(code, y, BigDecimal.valueOf(t), me));
        imports.importRows(rows(y), new IndicatorImportService.Options(null, SOURCE, null), me);
        List<Map<String, String>> industry = new ArrayList<>(industry(y, 6, 19, 11));
        industry.addAll(industry(y, 12, 22, 8));
        imports.importRows(industry, new IndicatorImportService.Options(null, SOURCE, null), me);
        ownerTask("发改").ifPresent(taskId -> {
            Indicator fai = indicators.indicator("FAI");
            indicators.updateIndicator("FAI", fai.version(), fai.ownerUnit(), taskId, null, me);
        });
    }

    /** An open task of the unit, green if there is one (so the finding visibly turns it yellow). */
    private Optional<Long> ownerTask(String unitName) {
        Optional<Unit> unit = org.findUnitByName(unitName);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        List<TaskRow> rows = new ArrayList<>();
        tasks.forEachRow(new TaskQuery(unit.get().id(), null, null, null, null, null, null, null, null, null),
                SystemUser.INSTANCE, rows::add);
        List<TaskRow> open = rows.stream().filter(r -> !r.status().isClosed() && r.leadUnitId() != null
                && r.leadUnitId().equals(unit.get().id())).toList();
        return open.stream().filter(r -> r.light() == Light.GREEN).findFirst().or(() -> open.stream().findFirst())
                .map(TaskRow::id);
    }

    // ---- figures --------------------------------------------------------------------------------------------------

    /** Region → growth by month (index 1–12) for one indicator, with the seeds' anchors. */
    private static Map<String, double[]> growths(String code) {
        Map<String, double[]> g = new LinkedHashMap<>();
        // base growth per region: 全国, 全省, 全市, 本区, then the five peers
        double[] base = switch (code) {
            case "GDP" -> new double[] {5.2, 4.6, 4.5, 3.8, 5.1, 4.2, 2.8, 5.6, 3.5};
            case "IND" -> new double[] {5.8, 5.5, 5.6, 6.0, 6.5, 5.9, 3.2, 7.1, 5.0};
            case "FAI" -> new double[] {3.0, 3.6, 3.9, 2.2, 5.5, 4.1, 1.0, 6.0, 1.5};
            case "RETAIL" -> new double[] {5.5, 6.0, 5.9, 5.6, 6.8, 5.2, 4.9, 7.0, 6.1};
            case "REV" -> new double[] {0, 0, 2.1, -16.0, 6.5, 3.2, 1.4, 8.0, -20.5};
            case "TAX" -> new double[] {0, 0, 1.5, 2.0, 5.0, 2.0, 0.6, 6.2, -15.0};
            default -> throw new IllegalArgumentException(code);
        };
        String[] names = regionNames();
        for (int r = 0; r < names.length; r++) {
            double[] months = new double[13];
            for (int m = 1; m <= 12; m++) {
                months[m] = base[r] + 0.1 * (((m + r) * 7) % 5 - 2);
            }
            g.put(names[r], months);
        }
        // 004 上半年: GDP 全国5.5、全省3.6、全市3.3、本区3.4; 一般公共预算收入 −16.39%
        set(g, code, "GDP", 6, new double[] {5.5, 3.6, 3.3, 3.4});
        // 000 前三季度: gaps of 1, 1.7 and 0.2 points to the city average
        set(g, code, "GDP", 9, new double[] {5.2, 5.2, 5.0, 4.0});
        set(g, code, "FAI", 9, new double[] {3.2, 3.5, 3.8, 2.1});
        set(g, code, "RETAIL", 9, new double[] {5.6, 6.0, 5.8, 5.6});
        // December: 固定资产投资 still 1.7 points below the city → its owner's task turns yellow
        set(g, code, "FAI", 12, new double[] {3.2, 3.7, 4.0, 2.3});
        if (code.equals("REV")) {
            g.get("本区")[6] = -16.39;
        }
        return g;
    }

    private static void set(Map<String, double[]> g, String code, String which, int month, double[] nationToHome) {
        if (!code.equals(which)) {
            return;
        }
        String[] names = regionNames();
        for (int i = 0; i < nationToHome.length; i++) {
            g.get(names[i])[month] = nationToHome[i];
        }
    }

    private static String[] regionNames() {
        List<String> n = new ArrayList<>(List.of("全国", "全省", "全市", "本区"));
        n.addAll(PEERS);
        return n.toArray(String[]::new);
    }

    /** Annual level (亿元) per region; null where not published (全国、全省 levels are left out). */
    private static Double annual(String code, String region) {
        if (region.equals("全国") || region.equals("全省")) {
            return null;
        }
        double scale = switch (region) {
            case "全市" -> 6.5;
            case "本区" -> 1.0;
            case "东湖区" -> 1.3;
            case "西岭区" -> 0.9;
            case "南塘县" -> 0.7;
            case "北山县" -> 1.1;
            default -> 0.8;
        };
        return switch (code) {
            case "GDP" -> 420.0 * scale;
            case "RETAIL" -> 160.0 * scale;
            case "REV" -> 9.96 * scale;
            case "TAX" -> 7.1 * scale;
            default -> null;
        };
    }

    private static List<Map<String, String>> rows(int year) {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> units = Map.of("GDP", "亿元", "IND", "%", "FAI", "%", "RETAIL", "亿元", "REV", "亿元", "TAX", "亿元");
        Map<String, String> names = Map.of("GDP", "地区生产总值", "IND", "规模以上工业增加值", "FAI", "固定资产投资", "RETAIL",
                "社会消费品零售总额", "REV", "一般公共预算收入", "TAX", "税收收入");
        for (String code : List.of("GDP", "IND", "FAI", "RETAIL", "REV", "TAX")) {
            Map<String, double[]> g = growths(code);
            for (var e : g.entrySet()) {
                String region = e.getKey();
                boolean budget = code.equals("REV") || code.equals("TAX");
                if (budget && (region.equals("全国") || region.equals("全省"))) {
                    continue; // 地方财政收入 is compared within the city only
                }
                for (int m = 1; m <= 12; m++) {
                    if (code.equals("GDP") && m % 3 != 0) {
                        continue;
                    }
                    Double annual = annual(code, region);
                    String level = "—";
                    if (annual != null) {
                        double v = code.equals("REV") && region.equals("本区") ? 4.98 * m / 6 : annual * m / 12;
                        level = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
                    }
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("指标", names.get(code));
                    row.put("单位", units.get(code));
                    row.put("地区", region);
                    row.put("期间", YearMonth.of(year, m).toString());
                    row.put("本期累计", level);
                    row.put("增速(%)", BigDecimal.valueOf(e.getValue()[m]).setScale(2, RoundingMode.HALF_UP)
                            .stripTrailingZeros().toPlainString());
                    row.put("状态", m <= 9 ? "最终" : "初步");
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /**
     * 规模以上工业 by class for one month: {@code growing} classes up, {@code negative} down (黑色金属冶炼 −14.5%,
     * 湘钢's industry, 31% of the total).
     */
    private static List<Map<String, String>> industry(int year, int month, int growing, int negative) {
        List<String> codes = new ArrayList<>();
        for (int c = 13; c <= 42 && codes.size() < growing + negative; c++) {
            codes.add(String.valueOf(c));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        int down = 0;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            double growth;
            if (code.equals("31")) {
                growth = -14.5;
                down++;
            } else if (down < negative && i % 3 == 0) {
                growth = -2.0 - (i % 5);
                down++;
            } else {
                growth = 3.0 + (i % 7);
            }
            double output = code.equals("31") ? 93.0 * month / 6 : (207.0 / (codes.size() - 1)) * month / 6;
            Map<String, String> row = new LinkedHashMap<>();
            row.put("行业代码", code);
            row.put("期间", YearMonth.of(year, month).toString());
            row.put("工业总产值", BigDecimal.valueOf(output).setScale(2, RoundingMode.HALF_UP).toPlainString());
            row.put("上年同期", BigDecimal.valueOf(output / (1 + growth / 100)).setScale(2, RoundingMode.HALF_UP)
                    .toPlainString());
            row.put("增速(%)", String.valueOf(growth));
            rows.add(row);
        }
        // the remaining negative classes at the end if the pattern fell short
        for (int i = codes.size() - 1; down < negative && i >= 0; i--) {
            Map<String, String> row = rows.get(i);
            if (Double.parseDouble(row.get("增速(%)")) > 0) {
                row.put("增速(%)", "-1.5");
                row.put("上年同期", BigDecimal.valueOf(Double.parseDouble(row.get("工业总产值")) / 0.985)
                        .setScale(2, RoundingMode.HALF_UP).toPlainString());
                down++;
            }
        }
        return rows;
    }
}
