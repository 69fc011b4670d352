package cn.luoshi.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * 数据来源 — reads one kind of indicator value for many units at once, each with the facts it came from. One reader
 * per module (in {@code internal}); a unit missing from the answer has 无数据.
 */
public interface SourceReader {

    Set<SourceKey> keys();

    Map<Long, Reading> read(SourceKey key, Map<String, Object> params, Collection<Long> units, Period period);

    /** The period read (1 January to the period's end) and a memo shared by the readers of one run. */
    record Period(int year, LocalDate from, LocalDate to, Map<Object, Object> memo) {

        public static Period of(int year, LocalDate to) {
            return new Period(year, LocalDate.of(year, 1, 1), to, new ConcurrentHashMap<>());
        }

        @SuppressWarnings("unchecked")
        public <T> T memo(Object key, Supplier<T> load) {
            Object v = memo.get(key);
            if (v == null) {
                v = load.get();
                memo.put(key, v);
            }
            return (T) v;
        }
    }
}
