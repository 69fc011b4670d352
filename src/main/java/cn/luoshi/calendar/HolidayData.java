package cn.luoshi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The State Council holiday arrangements (国务院办公厅关于部分节假日安排的通知) for the years we have, with their
 * provenance. Immutable.
 *
 * <p>The shipped data is the classpath resource {@value #RESOURCE}; see {@link #chinaMainland()}.
 *
 * @param source  where the facts come from
 * @param licence licence and attribution of the source
 * @param years   one arrangement per year, ascending, no duplicates
 */
public record HolidayData(String source, String licence, List<YearArrangement> years) {

    /** Classpath location of the shipped mainland China data. */
    public static final String RESOURCE = "calendar/cn-workdays.json";

    public HolidayData {
        source = source == null ? "" : source;
        licence = licence == null ? "" : licence;
        List<YearArrangement> sorted = new ArrayList<>(years);
        sorted.sort(Comparator.comparingInt(YearArrangement::year));
        Set<Integer> seen = new HashSet<>();
        for (YearArrangement year : sorted) {
            if (!seen.add(year.year())) {
                throw new IllegalArgumentException("year listed twice: " + year.year());
            }
        }
        years = List.copyOf(sorted);
    }

    /** No holiday data at all: every year falls back to Monday–Friday. */
    public static HolidayData empty() {
        return new HolidayData("", "", List.of());
    }

    /** The shipped data for mainland China (loaded once, then shared; it is immutable). */
    public static HolidayData chinaMainland() {
        return Shipped.DATA;
    }

    /** Reads data in the format of {@value #RESOURCE}. */
    public static HolidayData read(InputStream json) {
        JsonNode root = new JsonMapper().readTree(json);
        List<YearArrangement> years = new ArrayList<>();
        for (JsonNode y : required(root, "years")) {
            List<HolidayPeriod> holidays = new ArrayList<>();
            for (JsonNode h : required(y, "holidays")) {
                List<LocalDate> dates = new ArrayList<>();
                for (JsonNode d : required(h, "dates")) {
                    dates.add(LocalDate.parse(d.asString()));
                }
                holidays.add(new HolidayPeriod(required(h, "name").asString(), dates));
            }
            List<MakeUpWorkday> makeUps = new ArrayList<>();
            for (JsonNode m : required(y, "makeUpWorkdays")) {
                makeUps.add(new MakeUpWorkday(LocalDate.parse(required(m, "date").asString()),
                        required(m, "for").asString()));
            }
            JsonNode notice = y.get("notice");
            years.add(new YearArrangement(required(y, "year").asInt(),
                    notice == null || notice.isNull() ? null : notice.asString(), holidays, makeUps));
        }
        return new HolidayData(text(root, "source"), text(root, "licence"), years);
    }

    /** Years with an arrangement, ascending. */
    public List<Integer> yearNumbers() {
        return years.stream().map(YearArrangement::year).toList();
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("holiday data: missing field '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    /** Lazy holder: the resource is parsed on first use only. */
    private static final class Shipped {
        static final HolidayData DATA = load();

        private static HolidayData load() {
            try (InputStream in = HolidayData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                Objects.requireNonNull(in, () -> "missing classpath resource " + RESOURCE);
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
