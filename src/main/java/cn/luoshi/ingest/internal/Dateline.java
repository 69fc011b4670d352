package cn.luoshi.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's dateline (成文日期): the date a report was given or a notice signed, as a line states it
 * (——2019年2月16日在进贤县第十七届人民代表大会第四次会议上; 2026年2月12日 under the signature).
 */
public final class Dateline {

    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    /** The lines a heading's dateline stands among, and how long such a line is at most. */
    private static final int HEAD_LINES = 8;
    private static final int LINE_MAX = 60;

    private Dateline() {}

    /** The first full date a line states, or null (none, or no such day). */
    public static LocalDate in(String line) {
        Matcher m = DATE.matcher(line);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date on one of a text's first lines that is short enough to be a dateline, or null. */
    static LocalDate atHead(String text) {
        int from = 0;
        for (int i = 0; i < HEAD_LINES && from < text.length(); i++) {
            int end = text.indexOf('\n', from);
            String line = text.substring(from, end < 0 ? text.length() : end).strip();
            LocalDate date = line.length() <= LINE_MAX ? in(line) : null;
            if (date != null) {
                return date;
            }
            from = end < 0 ? text.length() : end + 1;
        }
        return null;
    }
}
