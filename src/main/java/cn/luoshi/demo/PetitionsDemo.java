package cn.luoshi.demo;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import cn.luoshi.org.UserAccount;
import cn.luoshi.petitions.Channel;
import cn.luoshi.petitions.Level;
import cn.luoshi.petitions.PetitionForm;
import cn.luoshi.petitions.PetitionImport;
import cn.luoshi.petitions.PetitionService;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo 信访: a 信访局 (unit, head, account {@code xinfang}) and a year and a half of synthetic petitions — January of
 * last year to the end of the last June — built so that the statements of seed 004 come out of the statistics:
 * 截至6月底到国家局信访量2185件人次（上年同期470，同比上升364.89%），其中到国家局来信1738件次（上年同期62，同比上升2703.22%），
 * 全区来信2258件次（上年同期185，同比上升1120.54%），逐月上升. Then recent open cases for the clocks, a 积案 under
 * supervision (a ledger task led by its 包案领导) and a 进京 group visit registered today-ish through the form's service.
 * Names, ID numbers (region 99, which does not exist) and phones (199 0000 ….) are generated: no real person's data.
 * Imported in batches through {@link PetitionImport}; skipped when any case exists.
 */
@Component
@Order(45)
class PetitionsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PetitionsDemo.class);
    static final String OFFICE_USER = "xinfang";

    private final boolean enabled;
    private final OrgDirectory org;
    private final PetitionImport importer;
    private final PetitionService petitions;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    PetitionsDemo(@Value("${luoshi.demo-data:true}") boolean enabled, OrgDirectory org, PetitionImport importer,
            PetitionService petitions, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.enabled = enabled;
        this.org = org;
        this.importer = importer;
        this.petitions = petitions;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String password = password();
        if (!enabled) {
            tx.execute(s -> org.retireSharedPassword(List.of(OFFICE_USER), password));
            return;
        }
        if (!org.hasAnyUnit() || jdbc.sql("select exists (select 1 from petition_case)").query(Boolean.class).single()) {
            return;
        }
        long t0 = System.nanoTime();
        int n = tx.execute(s -> load(password));
        log.info("演示信访数据：{}件，{} ms（信访局账号 {}）", n, (System.nanoTime() - t0) / 1_000_000, OFFICE_USER);
    }

    private static String password() throws IOException {
        try (InputStream in = new ClassPathResource("demo/demo-ledger.json").getInputStream()) {
            return JsonMapper.builder().build().readTree(in).get("password").asString();
        }
    }

    /** The year whose first half the statements describe: this year once June is over, else last year. */
    static int statementYear(LocalDate today) {
        return today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
    }

    private int load(String password) {
        long t0 = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Unit office = org.findUnitByName("信访局").orElseGet(() -> org.createUnit(new OrgDirectory.NewUnit(
                UnitType.DEPARTMENT, org.findUnitByName("区政府").map(Unit::id).orElse(null), "信访局", "区信访局", 190),
                SystemUser.INSTANCE));
        org.createPerson(new OrgDirectory.NewPerson(office.id(), "秦岭", "局长", "0379-6001401", false, null,
                List.of()), SystemUser.INSTANCE);
        UserAccount account = org.createUser(new OrgDirectory.NewUser(OFFICE_USER, password, "秦岭", Role.UNIT_HEAD,
                office.id(), null), SystemUser.INSTANCE);
        CurrentUser me = new CurrentUser(account.id(), OFFICE_USER, "秦岭", Role.UNIT_HEAD, office.id(),
                office.shortName());

        Map<String, Long> categories = new HashMap<>();
        petitions.categories().forEach(c -> categories.put(c.name(), c.id()));
        Map<String, Long> units = new HashMap<>();
        org.units().forEach(u -> units.put(u.shortName(), u.id()));
        Map<String, Long> leaders = new HashMap<>();
        org.leaders().forEach(p -> leaders.put(p.name(), p.id()));

        int y = statementYear(today);
        Gen g = new Gen(new Random(20260630L), categories, units, leaders, today);
        // last year, January–June: 到国家局 62 letters + 408 in other forms = 470 件人次; letters everywhere 185
        g.half(y - 1, 1, false, new int[][] {
            // level, LETTER, VISIT people, ONLINE, PHONE
            {3, 62, 300, 80, 28}, {2, 40, 60, 0, 0}, {1, 30, 50, 0, 0}, {0, 53, 300, 120, 80}});
        // last year, July–December (for 环比 and the trend line)
        g.half(y - 1, 7, false, new int[][] {
            {3, 70, 200, 40, 20}, {2, 45, 40, 0, 0}, {1, 35, 30, 0, 0}, {0, 60, 300, 120, 80}});
        // this year, January–June, rising month by month: 到国家局 1738 letters + 447 = 2185; letters everywhere 2258
        g.half(y, 1, true, new int[][] {
            {3, 1738, 320, 90, 37}, {2, 180, 120, 0, 0}, {1, 140, 100, 0, 0}, {0, 200, 350, 150, 100}});
        g.notBefore = YearMonth.of(y, 6).atEndOfMonth().plusDays(1);
        g.recent(30);
        g.climbers(4);
        long t1 = System.nanoTime();
        List<Long> ids = importer.importCases(g.cases, me);
        long t2 = System.nanoTime();

        // one 积案 under supervision: the oldest open nation case about 保交楼, led by its 包案领导
        Long backlog = jdbc.sql("""
                select c.id from petition_case c join petition_category k on k.id = c.category_id
                where c.level = 'NATION' and k.name = '保交楼' and c.answered_on is null
                order by c.received_on, c.id limit 1""").query(Long.class).optional().orElse(null);
        if (backlog != null) {
            petitions.markBacklog(backlog, me);
        }
        // a 进京 group visit registered a few days ago through the registration service (escalates by itself)
        PetitionForm f = new PetitionForm();
        f.title = "某小区项目停工逾期未交房，要求复工交房";
        f.summary = "业主代表反映项目停工一年以上，要求政府协调复工、按期交房。";
        f.categoryId = categories.get("保交楼");
        f.channel = Channel.VISIT;
        f.level = Level.NATION;
        f.toBeijing = true;
        f.people = 8;
        f.receivedOn = max(today.minusDays(3), g.notBefore);
        f.leadUnitId = units.get("住建");
        f.leaderPersonId = leaders.get("张卫东");
        f.name = "演示业主甲";
        f.idNumber = "990101198001010011";
        f.phone = "19900009001";
        f.address = "演示区演示路1号";
        f.representatives = "演示业主乙 990101198202020022\n演示业主丙 990101198303030033";
        f.externalNo = "GJ" + today.getYear() + "-DEMO-0001";
        petitions.register(f, me);
        petitions.clockPass();
        log.info("演示信访数据：生成{} ms，导入{} ms，积案、进京登记与时限巡检{} ms", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return ids.size() + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The deterministic generator. */
    private static final class Gen {
        final Random r;
        final Map<String, Long> categories;
        final Map<String, Long> units;
        final Map<String, Long> leaders;
        final LocalDate today;
        final List<PetitionImport.Case> cases = new ArrayList<>();
        int person = 0;
        boolean surge;
        boolean backlogMade;
        /** Nothing recent goes before this day, so the first half's statements stay as they are. */
        LocalDate notBefore;

        static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗".split("");
        static final String[] GIVEN = "建国 秀英 桂兰 志强 海燕 明 丽 军 红梅 春生 玉兰 德华 小平 文杰 淑芬 国庆 卫红 晓东".split(" ");
        static final String[][] ISSUES = {
            {"保交楼", "住建", "张卫东", "项目停工逾期交房，要求复工交房"},
            {"征地拆迁", "住建", "张卫东", "征收补偿标准争议，要求提高补偿"},
            {"返租", "商务", "李明华", "商铺返租款长期未兑付，要求兑付"},
            {"欠薪", "人社", "刘晓燕", "工程项目拖欠农民工工资，要求支付"},
            {"落实政策", "人社", "刘晓燕", "要求落实退役人员待遇政策"},
            {"城乡建设", "城管", "张卫东", "小区配套设施未建成，要求整改"},
            {"生态环境", "生态环境", "张卫东", "企业噪声扰民，要求查处"},
            {"教育", "教体", "刘晓燕", "学位分配争议，要求就近入学"}};

        Gen(Random r, Map<String, Long> categories, Map<String, Long> units, Map<String, Long> leaders,
                LocalDate today) {
            this.r = r;
            this.categories = categories;
            this.units = units;
            this.leaders = leaders;
            this.today = today;
        }

        /** Open cases per level for repeat registrations. */
        final Map<Integer, List<Builder>> open = new HashMap<>();

        final class Builder {
            final String[] issue;
            final PetitionImport.Petitioner who;
            final List<PetitionImport.Visit> visits = new ArrayList<>();

            Builder(String[] issue) {
                this.issue = issue;
                this.who = petitioner();
            }

            Builder(String[] issue, PetitionImport.Petitioner who) {
                this.issue = issue;
                this.who = who;
            }
        }

        /** Petitioners of the history: a few hundred people, many of them on several cases (as in practice). */
        final List<PetitionImport.Petitioner> regulars = new ArrayList<>();

        PetitionImport.Petitioner regular() {
            if (regulars.size() < 400 && (regulars.isEmpty() || r.nextInt(3) > 0)) {
                regulars.add(petitioner());
                return regulars.get(regulars.size() - 1);
            }
            return regulars.get(r.nextInt(regulars.size()));
        }

        PetitionImport.Petitioner petitioner() {
            int i = ++person;
            String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length];
            return new PetitionImport.Petitioner(name, String.format("9901011970%02d%02d%04d", 1 + i % 12,
                    1 + i % 28, i % 10000), String.format("1990000%04d", i % 10000), null);
        }

        /**
         * Fills six months from {@code firstMonth}: rows[i] = {level, letters, visit people, online, phone}; rising
         * spreads each total over the months with weights 1…6, flat spreads it evenly.
         */
        void half(int year, int firstMonth, boolean rising, int[][] rows) {
            surge = rising;
            List<Builder> made = new ArrayList<>();
            for (int[] row : rows) {
                Level level = Level.values()[row[0]];
                double repeatShare = switch (level) {
                    case NATION -> rising ? 0.85 : 0.4;
                    case PROVINCE -> 0.5;
                    default -> 0.4;
                };
                for (int ch = 1; ch <= 4; ch++) {
                    Channel channel = Channel.values()[ch - 1];
                    int[] monthly = spread(row[ch], rising);
                    for (int m = 0; m < 6; m++) {
                        YearMonth ym = YearMonth.of(year, firstMonth + m);
                        int left = monthly[m];
                        while (left > 0) {
                            int people = channel == Channel.VISIT ? Math.min(left, groupSize()) : 1;
                            left -= people;
                            LocalDate on = ym.atDay(1 + r.nextInt(ym.lengthOfMonth()));
                            List<Builder> pool = open.computeIfAbsent(row[0], k -> new ArrayList<>());
                            Builder b;
                            if (!pool.isEmpty() && r.nextDouble() < repeatShare) {
                                b = pool.get(r.nextInt(pool.size()));
                            } else {
                                b = new Builder(issue(level, rising), regular());
                                pool.add(b);
                                made.add(b);
                            }
                            b.visits.add(new PetitionImport.Visit(on, channel, level,
                                    level == Level.NATION && channel == Channel.VISIT, people));
                        }
                    }
                }
            }
            for (Builder b : made) {
                b.visits.sort((a, c) -> a.on().compareTo(c.on()));
                finish(b, b.visits.get(0).on());
            }
            open.clear();
        }

        int groupSize() {
            int x = r.nextInt(20);
            return x < 12 ? 1 : x < 16 ? 2 : x < 18 ? 3 : x < 19 ? 6 : 12;
        }

        String[] issue(Level level, boolean surge) {
            if (level == Level.NATION && surge && r.nextInt(10) < 7) {
                return ISSUES[r.nextInt(3)]; // 保交楼、征迁、返租 drive this year's surge
            }
            return ISSUES[r.nextInt(ISSUES.length)];
        }

        static int[] spread(int total, boolean rising) {
            int[] out = new int[6];
            double sum = rising ? 21 : 6;
            int given = 0;
            double cum = 0;
            for (int m = 0; m < 6; m++) {
                cum += rising ? m + 1 : 1;
                int upTo = (int) Math.round(total * cum / sum);
                out[m] = upTo - given;
                given = upTo;
            }
            return out;
        }

        void finish(Builder b, LocalDate received) {
            LocalDate accepted = received.plusDays(1 + r.nextInt(14));
            LocalDate answered = accepted.plusDays(15 + r.nextInt(r.nextInt(10) == 0 ? 80 : 50));
            if (accepted.isAfter(today)) {
                accepted = null;
            }
            if (accepted == null || answered.isAfter(today)) {
                answered = null;
            }
            Level level = b.visits.get(b.visits.size() - 1).level();
            boolean led = level.escalated() || b.visits.size() > 3;
            boolean open = surge && !backlogMade && level == Level.NATION && "保交楼".equals(b.issue[0]);
            backlogMade |= open;
            cases.add(new PetitionImport.Case(b.issue[3], categories.get(b.issue[0]), units.get(b.issue[1]),
                    led ? leaders.get(b.issue[2]) : null, b.who, null, accepted, open ? null : answered,
                    !open && answered != null && r.nextInt(10) < 8, List.copyOf(b.visits)));
        }

        /** Open district cases from the last 80 days: the clocks run (green, yellow, red). */
        void recent(int n) {
            for (int i = 0; i < n; i++) {
                Builder b = new Builder(ISSUES[r.nextInt(ISSUES.length)]);
                LocalDate on = max(today.minusDays(3 + r.nextInt(78)), notBefore);
                b.visits.add(new PetitionImport.Visit(on, Channel.values()[r.nextInt(4)], Level.DISTRICT, false, 1));
                LocalDate accepted = i % 5 == 0 ? null : on.plusDays(1 + r.nextInt(3));
                cases.add(new PetitionImport.Case(b.issue[3], categories.get(b.issue[0]), units.get(b.issue[1]), null,
                        b.who, min(on.plusDays(1), today), accepted != null && accepted.isAfter(today) ? null : accepted, null,
                        false, List.copyOf(b.visits)));
            }
        }

        /** People climbing 区 → 市 → 省 within weeks (the early warning has something to say). */
        void climbers(int n) {
            for (int i = 0; i < n; i++) {
                Builder b = new Builder(ISSUES[i % 3]);
                LocalDate start = max(today.minusDays(70 - i * 5), notBefore);
                b.visits.add(new PetitionImport.Visit(start, Channel.VISIT, Level.DISTRICT, false, 3 + i));
                b.visits.add(new PetitionImport.Visit(min(start.plusDays(20), today), Channel.VISIT, Level.CITY, false,
                        6 + i));
                b.visits.add(new PetitionImport.Visit(min(start.plusDays(45), today), Channel.LETTER, Level.PROVINCE,
                        false, 1));
                cases.add(new PetitionImport.Case(b.issue[3], categories.get(b.issue[0]), units.get(b.issue[1]),
                        leaders.get(b.issue[2]), b.who, min(start.plusDays(1), today), min(start.plusDays(5), today),
                        null, false,
                        List.copyOf(b.visits)));
            }
        }
    }
}
