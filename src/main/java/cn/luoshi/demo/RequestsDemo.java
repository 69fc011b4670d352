package cn.luoshi.demo;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import cn.luoshi.org.Unit;
import cn.luoshi.requests.Channel;
import cn.luoshi.requests.GridMapService;
import cn.luoshi.requests.Intake;
import cn.luoshi.requests.NewRequest;
import cn.luoshi.requests.Rating;
import cn.luoshi.requests.RequestHistory;
import cn.luoshi.requests.RequestService;
import cn.luoshi.requests.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 接诉即办演示数据: the made-up district map (5 streets, 10 communities, 20 grid cells around the demo's street
 * units), about 300 handled requests over the last four months (batch-loaded through {@link RequestHistory}, with
 * 吹哨 cases and ratings that differ by unit so 三率 rank them), and a few live cases through {@link RequestService}:
 * new, dispatched, a 吹哨 with one department reported, and one reopened three times — escalated as a 问题工单 to a
 * ledger task. Skipped when requests exist.
 */
@Component
@Order(40)
class RequestsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RequestsDemo.class);

    private final boolean enabled;
    private final OrgDirectory org;
    private final GridMapService maps;
    private final RequestHistory history;
    private final RequestService requests;
    private final TransactionTemplate tx;
    private final Clock clock;

    RequestsDemo(@Value("${luoshi.demo-data:true}") boolean enabled, OrgDirectory org, GridMapService maps,
            RequestHistory history, RequestService requests, TransactionTemplate tx, Clock clock) {
        this.enabled = enabled;
        this.org = org;
        this.maps = maps;
        this.history = history;
        this.requests = requests;
        this.tx = tx;
        this.clock = clock;
    }

    /** Category → who handles it (属地 = the street of the location). */
    private static final Map<String, String> HANDLER = Map.ofEntries(Map.entry("road-damage", "住建"),
            Map.entry("streetlight", "城管"), Map.entry("illegal-dumping", "属地"), Map.entry("street-vending", "属地"),
            Map.entry("parking", "属地"), Map.entry("noise", "生态环境"), Map.entry("fumes", "生态环境"),
            Map.entry("property", "住建"), Map.entry("water-heating", "住建"), Map.entry("wages", "人社"),
            Map.entry("school-area", "教体"));
    private static final String[] CODES = {"road-damage", "streetlight", "illegal-dumping", "street-vending", "parking",
            "noise", "fumes", "property", "water-heating", "wages", "school-area"};
    private static final int[] WEIGHTS = {14, 8, 12, 10, 9, 13, 6, 12, 8, 4, 4};
    private static final Map<String, String> TEXT = Map.ofEntries(Map.entry("road-damage", "路面有坑槽，车辆经过颠簸"),
            Map.entry("streetlight", "路灯连续几晚不亮"), Map.entry("illegal-dumping", "路边堆放建筑垃圾无人清运"),
            Map.entry("street-vending", "早晚有流动摊贩占道经营"), Map.entry("parking", "车辆长期占用消防通道"),
            Map.entry("noise", "夜间施工噪声扰民"), Map.entry("fumes", "餐馆油烟直排进居民楼"),
            Map.entry("property", "物业不维修楼道照明"), Map.entry("water-heating", "暖气不热、室温偏低"),
            Map.entry("wages", "工地拖欠农民工工资"), Map.entry("school-area", "学校门口上下学时段交通拥堵"));
    /** Repeat locations (重复点位): a few hot spots many reports come from. */
    private static final double[][] HOTSPOTS = {{39.9042, 116.4074}, {39.9115, 116.3712}, {39.8791, 116.4402}};

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || !org.hasAnyUnit() || history.hasAny()) {
            return;
        }
        String geojson;
        try (InputStream in = getClass().getResourceAsStream("/demo/requests-district.geojson")) {
            geojson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long t0 = System.nanoTime();
        tx.executeWithoutResult(s -> load(geojson));
        log.info("接诉即办演示数据已载入（{} ms）", (System.nanoTime() - t0) / 1_000_000);
    }

    private Long unit(String name) {
        return org.findUnitByName(name).map(Unit::id).orElse(null);
    }

    private void load(String geojson) {
        if (org.findUnitByName("东城街道").isEmpty()) {
            return; // not the demo organisation
        }
        maps.upload("落实区网格图（示例）", geojson, SystemUser.INSTANCE);
        Random rnd = new Random(15);
        Instant now = clock.instant();
        List<RequestHistory.Handled> rows = new ArrayList<>();
        // unit quality: how often a unit is late and how satisfied citizens are
        Map<String, Double> quality = Map.of("住建", 0.75, "城管", 0.9, "生态环境", 0.8, "人社", 0.95, "教体", 0.85,
                "东城街道", 0.92, "西城街道", 0.7, "南关街道", 0.85, "北郊街道", 0.6, "新城街道", 0.88);
        for (int i = 0; i < 300; i++) {
            String code = pick(rnd);
            double lat;
            double lon;
            if (rnd.nextInt(6) == 0) {
                double[] h = HOTSPOTS[rnd.nextInt(HOTSPOTS.length)];
                lat = h[0] + (rnd.nextDouble() - 0.5) * 0.0006;
                lon = h[1] + (rnd.nextDouble() - 0.5) * 0.0006;
            } else {
                lat = 39.871 + rnd.nextDouble() * 0.078;
                lon = 116.361 + rnd.nextDouble() * 0.098;
            }
            var loc = maps.locate(lat, lon).orElseThrow();
            String handler = HANDLER.get(code).equals("属地") ? org.unit(loc.streetUnitId()).orElseThrow().shortName() : HANDLER.get(code);
            Long lead = unit(handler);
            double q = quality.getOrDefault(handler, 0.8);
            Instant received = now.minus(Duration.ofMinutes(60L * 24 * 4 + rnd.nextInt(60 * 24 * 118)));
            Instant dispatched = received.plus(Duration.ofMinutes(10 + rnd.nextInt(120)));
            boolean late = rnd.nextDouble() > q;
            Instant signed = dispatched.plus(Duration.ofMinutes(late ? 200 + rnd.nextInt(600) : 5 + rnd.nextInt(90)));
            Instant contacted = signed.plus(Duration.ofMinutes(30 + rnd.nextInt(300)));
            Instant finished = signed.plus(Duration.ofHours(4 + rnd.nextInt(late ? 200 : 90)));
            boolean done = finished.isBefore(now.minus(Duration.ofDays(2)));
            Instant replied = done ? finished.plus(Duration.ofHours(2 + rnd.nextInt(20))) : null;
            Rating rating = null;
            boolean resolved = false;
            if (replied != null) {
                double r = rnd.nextDouble();
                rating = r < q * 0.75 ? Rating.SATISFIED : r < q ? Rating.BASIC : Rating.UNSATISFIED;
                resolved = rating != Rating.UNSATISFIED || rnd.nextBoolean();
            }
            List<Long> whistle = null;
            Instant whistleAt = null;
            List<Instant> reported = null;
            if (HANDLER.get(code).equals("属地") && rnd.nextInt(5) == 0) {
                whistle = List.of(unit("城管"), unit(code.equals("illegal-dumping") ? "生态环境" : "住建"));
                whistleAt = signed.plus(Duration.ofMinutes(30));
                reported = List.of(whistleAt.plus(Duration.ofMinutes(20 + rnd.nextInt(200))),
                        whistleAt.plus(Duration.ofMinutes(40 + rnd.nextInt(400))));
            }
            rows.add(new RequestHistory.Handled(rnd.nextInt(3) == 0 ? Channel.GRID : Channel.HOTLINE, code,
                    rnd.nextInt(10) == 0 ? Urgency.URGENT : Urgency.NORMAL, TEXT.get(code), lat, lon,
                    loc.toString().isEmpty() ? null : "示例地址" + (i + 1) + "号", received, lead, dispatched, signed,
                    contacted, done ? finished : null, true, replied, rating, resolved, whistle, whistleAt, reported));
        }
        long t1 = System.nanoTime();
        history.load(rows, SystemUser.INSTANCE);
        long t2 = System.nanoTime();
        live(now);
        log.info("接诉即办演示：历史工单{} ms，办理中案例{} ms", (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
    }

    private void live(Instant now) {
        CurrentUser centre = new CurrentUser(0, "duchashi", "孙丽", Role.SUPERVISOR, unit("督查室"), "督查室");
        CurrentUser dongcheng = unitUser("东城街道", "高峰");
        CurrentUser chengguan = unitUser("城管", "冯涛");
        CurrentUser zhujian = unitUser("住建", "赵刚");
        // a new grid report and a new hotline order, waiting for dispatch
        requests.intake(new NewRequest(null, null, Channel.GRID, "illegal-dumping", "鸿运社区3号楼东侧堆放装修垃圾约两方",
                Urgency.NORMAL, 39.9051, 116.4021, "鸿运社区3号楼东侧", null, null, null, Map.of("WASTE_KIND", "rubble"),
                List.of(), "网格员 李敏", null), "网格员 李敏");
        requests.intake(new NewRequest(null, "12345-DEMO-0001", Channel.HOTLINE, "noise", "夜里十一点后仍有施工噪声",
                Urgency.URGENT, 39.9175, 116.4391, "新河路18号工地", "王建国", "13812345678", null, Map.of(), List.of(),
                "12345热线", null), "12345热线");
        // 吹哨报到: 东城街道 whistles for 城管 (lead) and 住建; 城管 has reported
        Intake w = requests.intake(new NewRequest(null, "12345-DEMO-0002", Channel.HOTLINE, "street-vending",
                "东华路夜市占道经营，油烟和垃圾影响居民", Urgency.NORMAL, 39.9150, 116.4180, "东华路夜市", "刘芳",
                "13900001111", null, Map.of(), List.of(), "12345热线", null), "12345热线");
        requests.dispatch(w.id(), dongcheng.unitId(), List.of(), "属地街道牵头处置", centre);
        requests.sign(requests.currentLeadDispatch(w.id()).orElseThrow(), dongcheng);
        requests.whistle(w.id(), chengguan.unitId(), List.of(chengguan.unitId(), zhujian.unitId()), 240,
                "夜市占道涉及城管执法和道路设施，街道吹哨", dongcheng);
        requests.sign(requests.openDispatchOf(w.id(), chengguan.unitId()).orElseThrow(), chengguan);
        // 问题工单: reopened three times → escalated to the 督查室 as a ledger task
        Intake e = requests.intake(new NewRequest(null, "12345-DEMO-0003", Channel.HOTLINE, "water-heating",
                "小区暖气多次报修仍不热，室温不到16度", Urgency.NORMAL, 39.8995, 116.4102, "东华社区7号楼", "陈立",
                "13700002222", null, Map.of(), List.of(), "12345热线", null), "12345热线");
        requests.dispatch(e.id(), zhujian.unitId(), List.of(), null, centre);
        for (int round = 0; round < 3; round++) {
            long lead = requests.currentLeadDispatch(e.id()).orElseThrow();
            requests.sign(lead, zhujian);
            requests.finish(lead, true, "已协调供热公司排查管线", zhujian);
            requests.reply(e.id(), "已协调供热公司排查，温度将逐步恢复。", requests.version(e.id()), zhujian);
            requests.rate(e.id(), Rating.UNSATISFIED, false, true, "室温仍不达标", centre);
            requests.reopen(e.id(), "群众不满意：室温仍不达标", centre);
        }
        log.debug("演示：问题工单 {}", e.number());
        // 市民评价: one reply rated by its citizen on the public page, one waiting for the citizen (phone 13600003333)
        Intake rated = requests.intake(new NewRequest(null, "12345-DEMO-0004", Channel.HOTLINE, "street-vending",
                "东华路口早点摊占用盲道", Urgency.NORMAL, 39.9120, 116.4150, "东华路口", "周敏", "13600004444", null,
                Map.of(), List.of(), "12345热线", null), "12345热线");
        Intake waiting = requests.intake(new NewRequest(null, "12345-DEMO-0005", Channel.HOTLINE, "street-vending",
                "新华街人行道摊点占道", Urgency.NORMAL, 39.9135, 116.4120, "新华街12号门前", "吴磊", "13600003333", null,
                Map.of(), List.of(), "12345热线", null), "12345热线");
        for (Intake c : List.of(rated, waiting)) {
            requests.dispatch(c.id(), dongcheng.unitId(), List.of(), null, centre);
            long lead = requests.currentLeadDispatch(c.id()).orElseThrow();
            requests.sign(lead, dongcheng);
            requests.finish(lead, true, "已劝离摊点并清理", dongcheng);
            requests.reply(c.id(), "已劝离占道摊点，城管队员将每日早间巡查。", requests.version(c.id()), dongcheng);
        }
        requests.rateByCitizen(rated.number(), "13600004444", Rating.SATISFIED, true, "处理很快", "demo");
        log.info("演示：待市民评价的工单 {}（公开查询页，手机号13600003333）", waiting.number());
    }

    private CurrentUser unitUser(String unit, String name) {
        Long id = unit(unit);
        return new CurrentUser(0, name, name, Role.UNIT_HEAD, id, unit);
    }

    private static String pick(Random rnd) {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int x = rnd.nextInt(total);
        for (int i = 0; i < CODES.length; i++) {
            x -= WEIGHTS[i];
            if (x < 0) {
                return CODES[i];
            }
        }
        return CODES[0];
    }

    @SuppressWarnings("unused")
    private static LocalDate day(Instant i) {
        return LocalDate.ofInstant(i, java.time.ZoneId.of("Asia/Shanghai"));
    }
}
