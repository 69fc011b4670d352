package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.UnitMention;
import cn.luoshi.ingest.KnownUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsible units (责任单位识别): names from the unit list (full or short) that are made responsible —
 * 区委宣传部要全面负责 (lead), 由…牵头 (lead), …配合 (co), 组织部、各办事处，住建、发改…等部门要各司其职 (owner, each).
 * Two-character short names (规划, 财政) are ordinary words too, so they count only inside a list of units or right
 * before 部门/局 or a role word.
 */
public final class UnitMatcher {

    private static final Pattern SEPARATOR = Pattern.compile("^[、，,和及与 ]*(各|相关)?[、，,和及与 ]*(区)?$");
    private static final Pattern ROLE = Pattern.compile(
            "^(?:等(?:相关|有关)?(?:部门|单位|街道|乡镇))?(?:书记|主任|主要负责同志|负责同志|主要领导|一把手)?"
                    + "(要|须|必须|应|务必)?(全面|具体|主要|共同|分别|密切|积极|主动|全力|协同)?(负总责|负责|牵头|领办|配合|协助|协办|参与|各司其职)?");
    private static final Pattern LABEL = Pattern.compile("(牵头|主办|主责|责任|配合|协办|协助)(?:单位|部门)[：:]\\s?$");
    private static final Pattern BODY = Pattern.compile(
            "(?:区|县|市)[\\p{IsHan}]{1,10}?(领导小组|指挥部|工作组|督查组|专班)");

    private record Alias(String text, KnownUnit unit, boolean weak) {}

    private record Mention(int start, int end, String name, boolean weak) {}

    private final Map<Character, List<Alias>> byFirstChar = new HashMap<>();

    public UnitMatcher(List<KnownUnit> units) {
        for (KnownUnit unit : units) {
            Set<String> names = new LinkedHashSet<>();
            names.add(unit.name());
            names.addAll(unit.shortNames());
            for (String name : names) {
                if (name.isEmpty()) {
                    continue;
                }
                byFirstChar.computeIfAbsent(name.charAt(0), k -> new ArrayList<>())
                        .add(new Alias(name, unit, name.length() <= 2));
            }
        }
        byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed()));
    }

    List<UnitMention> match(Passage passage, IntFunction<String> nodeAt) {
        String text = passage.text;
        List<Mention> mentions = mentions(passage);
        List<UnitMention> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j + 1 < mentions.size()
                    && SEPARATOR.matcher(text.substring(mentions.get(j).end(), mentions.get(j + 1).start())).matches()) {
                j++;
            }
            List<Mention> group = mentions.subList(i, j + 1);
            int groupEnd = group.get(group.size() - 1).end();
            String after = text.substring(groupEnd, Math.min(text.length(), groupEnd + 30));
            Matcher role = ROLE.matcher(after);
            String roleName = role.lookingAt() ? role(role) : null;
            String labelled = labelledRole(text, group.get(0).start());
            if (labelled != null) {
                roleName = labelled; // （牵头单位：区发改局；责任单位：各街道）
            }
            boolean listed = group.size() > 1 || after.startsWith("等") || after.matches("^(部门|局|委).*") || labelled != null;
            if (roleName != null) {
                for (Mention m : group) {
                    if (m.weak() && !listed) {
                        continue;
                    }
                    String node = nodeAt.apply(m.start());
                    if (seen.add(node + "|" + m.name() + "|" + roleName)) {
                        out.add(new UnitMention(node, m.name(), roleName, m.start()));
                    }
                }
            }
            i = j + 1;
        }
        return out;
    }

    /** Task lists name units after a label: 牵头单位：…, 责任单位：…, 配合单位：…. */
    private static String labelledRole(String text, int groupStart) {
        Matcher m = LABEL.matcher(text.substring(Math.max(0, groupStart - 8), groupStart));
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "牵头", "主办", "主责" -> "lead";
            case "配合", "协办", "协助" -> "co";
            default -> "owner";
        };
    }

    private static String role(Matcher m) {
        String must = m.group(1);
        String verb = m.group(3);
        if (verb == null) {
            return must != null ? "owner" : null;
        }
        return switch (verb) {
            case "负总责", "负责", "牵头", "领办" -> "lead";
            case "配合", "协助", "协办", "参与" -> "co";
            default -> "owner";
        };
    }

    private List<Mention> mentions(Passage passage) {
        String text = passage.text;
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<Alias> candidates = byFirstChar.get(text.charAt(i));
            Mention found = null;
            if (candidates != null && !passage.quoted(i)) {
                for (Alias a : candidates) {
                    if (text.startsWith(a.text(), i)) {
                        // 各街道, 各乡镇: with 各 in front a short name is a list of units, not a word
                        boolean each = i > 0 && text.charAt(i - 1) == '各';
                        // 区住建局: the level in front belongs to the name
                        boolean level = i > 0 && "区县市".indexOf(text.charAt(i - 1)) >= 0
                                && (out.isEmpty() || out.get(out.size() - 1).end() < i);
                        int start = level ? i - 1 : i;
                        found = new Mention(start, i + a.text().length(), a.unit().name(), a.weak() && !each);
                        break;
                    }
                }
            }
            if (found == null && (text.charAt(i) == '区' || text.charAt(i) == '县' || text.charAt(i) == '市')) {
                Matcher body = BODY.matcher(text).region(i, Math.min(text.length(), i + 16));
                if (body.lookingAt()) {
                    found = new Mention(i, body.end(), body.group(), false);
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return out;
    }
}
