package cn.luoshi.petitions.web;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.petitions.Channel;
import cn.luoshi.petitions.Level;
import cn.luoshi.petitions.PetitionCase;
import cn.luoshi.petitions.PetitionService;
import cn.luoshi.petitions.PetitionSettings;
import cn.luoshi.petitions.PetitionStatistics;
import cn.luoshi.petitions.SmallCells;
import cn.luoshi.petitions.VisitCount;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON API of 信访 (HTTP Basic or a personal API token, like every {@code /api/}): the statistics of a month
 * and the case list and a case, scoped and masked exactly as the pages — the same service calls with the same user:
 * who may not see statistics gets 403, a unit sees its own cases, petitioners are masked unless the page would show
 * them in clear (and that read is audited, as on the page), the accused unit sees nothing of an accusation.
 */
@RestController
@RequestMapping("/api/petitions")
class PetitionsApi {

    private final PetitionService petitions;
    private final PetitionStatistics statistics;
    private final PetitionSettings settings;
    private final Clock clock;

    PetitionsApi(PetitionService petitions, PetitionStatistics statistics, PetitionSettings settings, Clock clock) {
        this.petitions = petitions;
        this.statistics = statistics;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The statistics "截至{month}底" (default this month) in {@code measure} (CASES 件, REGISTRATIONS 件次, PEOPLE 人次,
     * MIXED 件人次), optionally one level and channel; {@code published=true} gives the published figures (cells of 1–4
     * as "<5", 同比 with a suppressed side as null).
     */
    @GetMapping("/stats")
    Map<String, Object> stats(@RequestParam(required = false) String month,
            @RequestParam(required = false) String measure, @RequestParam(required = false) String level,
            @RequestParam(required = false) String channel, @RequestParam(defaultValue = "false") boolean published,
            CurrentUser me) {
        YearMonth asOf;
        VisitCount.Measure m;
        Level l;
        Channel ch;
        try {
            asOf = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("month", "月份格式应为 2026-06");
        }
        try {
            m = measure == null || measure.isBlank() ? VisitCount.Measure.MIXED
                    : VisitCount.Measure.valueOf(measure.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("measure", "口径应为 CASES、REGISTRATIONS、PEOPLE 或 MIXED");
        }
        try {
            l = level == null || level.isBlank() ? null : Level.parse(level.trim());
            ch = channel == null || channel.isBlank() ? null : Channel.parse(channel.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("level", e.getMessage());
        }
        PetitionStatistics.Report r = statistics.report(asOf, m, l, ch, me);
        SmallCells cells = settings.smallCells();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("month", asOf.toString());
        out.put("measure", m.name());
        out.put("unit", m.label());
        out.put("level", l == null ? null : l.name());
        out.put("channel", ch == null ? null : ch.name());
        out.put("published", published);
        List<Object> monthly = new ArrayList<>();
        List<Object> lastYear = new ArrayList<>();
        for (int i = 0; i < r.monthly().length; i++) {
            monthly.add(cell(r.monthly()[i], published, cells));
            lastYear.add(cell(r.monthlyLastYear()[i], published, cells));
        }
        out.put("monthly", monthly);
        out.put("monthlyLastYear", lastYear);
        out.put("cumulative", cell(r.cumulative(), published, cells));
        out.put("cumulativeLastYear", cell(r.cumulativeLastYear(), published, cells));
        out.put("thisMonth", cell(r.month(), published, cells));
        out.put("previousMonth", cell(r.previousMonth(), published, cells));
        out.put("byChannel", lines(r.byChannel(), published, cells));
        out.put("byLevel", lines(r.byLevel(), published, cells));
        out.put("byCategory", lines(r.byCategory(), published, cells));
        out.put("sentences", r.sentences());
        out.put("trend", r.trend());
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("acceptedOnTime", r.rates().acceptedOnTime());
        rates.put("answeredOnTime", r.rates().answeredOnTime());
        rates.put("resolvedFirstTime", r.rates().resolvedFirstTime());
        rates.put("backlogResolved", r.rates().backlogResolved());
        rates.put("repeatRate", r.rates().repeatRate());
        out.put("rates", rates);
        return out;
    }

    private static Object cell(long n, boolean published, SmallCells cells) {
        return published && cells.suppressed(n) ? cells.show(n) : (Object) n;
    }

    private static List<Map<String, Object>> lines(List<PetitionStatistics.Line> lines, boolean published,
            SmallCells cells) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PetitionStatistics.Line x : lines) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", x.label());
            m.put("current", cell(x.current(), published, cells));
            m.put("previous", cell(x.previous(), published, cells));
            boolean hidden = published && (cells.suppressed(x.current()) || cells.suppressed(x.previous()));
            m.put("change", hidden ? null : x.change());
            m.put("phrase", hidden ? null : x.phrase());
            out.add(m);
        }
        return out;
    }

    /** The case list as the user's list page shows it (no personal data): {@code q}, {@code backlog}, {@code limit}. */
    @GetMapping("/cases")
    List<PetitionService.CaseRow> cases(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean backlog, @RequestParam(defaultValue = "100") int limit,
            CurrentUser me) {
        return petitions.list(q, false, backlog, limit, me);
    }

    /** One case as its page shows it to the user (404 for who may not see it; masked or clear-and-audited). */
    @GetMapping("/cases/{id}")
    PetitionCase one(@PathVariable long id, CurrentUser me) {
        return petitions.view(id, me);
    }
}
