package cn.luoshi.ingest;

import cn.luoshi.ingest.internal.Dateline;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says about itself (文档信息): its title, date and issuing body, where it states them — the heading
 * line, the dateline (——2025年1月8日在…上, or the date under the signature), the issuer's line (东湖区人民政府, 区长
 * 周明远) — never the file name, and never a web page's clutter (设为首页, 当前位置, 发布时间). Any may be null.
 */
public record DocumentFacts(String title, LocalDate date, String issuer) {

    private static final Pattern ISSUER_LINE = Pattern.compile(
            "^[\\p{IsHan}（）]{2,24}?(?:人民政府办公室|人民政府办公厅|人民政府|委员会|办公室|办公厅|区委|县委|市委|党工委|管委会|局|领导小组)$");
    private static final Pattern SPEAKER_LINE = Pattern.compile(
            "^(?:[\\p{IsHan}]{0,12}?(?:区长|县长|市长|书记|主任|副区长|副县长|局长))\\s*[\\p{IsHan}]{2,3}$");
    private static final Pattern ISSUER_IN_TITLE = Pattern.compile(
            "^([\\p{IsHan}]{2,16}?(?:人民政府办公室|人民政府|区委|县委|市委|委员会|办公室))(?:关于|工作报告|印发)");
    private static final List<String> CLUTTER = List.of("设为首页", "加入收藏", "当前位置", "网站地图", "无障碍", "字号",
            "打印本页", "关闭窗口", "发布时间", "来源：", "浏览次数", "分享到", "首页");

    /** The facts of a draft's text; {@code title} is the draft's own (the engine's heading line). */
    public static DocumentFacts of(DirectiveDraft draft) {
        String[] lines = draft.text().split("\n");
        int head = Math.min(lines.length, 8);
        LocalDate date = null;
        String issuer = null;
        for (int i = 0; i < head && (date == null || issuer == null); i++) {
            String line = lines[i].strip();
            if (clutter(line)) {
                continue;
            }
            if (date == null && line.length() <= 60) {
                date = Dateline.in(line);
            }
            if (issuer == null) {
                issuer = issuer(line);
            }
        }
        for (int i = lines.length - 1; i >= Math.max(head, lines.length - 4) && (date == null || issuer == null); i--) {
            String line = lines[i].strip();
            if (date == null && line.length() <= 16) { // the date under the signature
                date = Dateline.in(line);
            }
            if (issuer == null) {
                issuer = issuer(line);
            }
        }
        String title = draft.title();
        if (issuer == null && title != null) {
            Matcher m = ISSUER_IN_TITLE.matcher(title);
            issuer = m.find() ? m.group(1) : null;
        }
        return new DocumentFacts(title, date, issuer);
    }

    static boolean clutter(String line) {
        return CLUTTER.stream().anyMatch(line::contains);
    }

    private static String issuer(String line) {
        String s = line.replaceAll("[\\s\u3000]+", " ").strip();
        if (s.length() > 26) {
            return null;
        }
        if (ISSUER_LINE.matcher(s.replace(" ", "")).matches() || SPEAKER_LINE.matcher(s).matches()) {
            return s;
        }
        return null;
    }
}
