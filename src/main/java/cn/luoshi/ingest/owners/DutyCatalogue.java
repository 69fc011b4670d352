package cn.luoshi.ingest.owners;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 职责关键词目录 — the factory list of ordinary district departments' duties (三定) as keywords, read from
 * {@code ingest/duty-keywords.txt}: one entry per line, {@code 条目 | 名称字样,… | 关键词、…}. A unit takes the keywords
 * of every entry whose name fragment occurs in its full or short name (区教育体育局 → 教育 and 体育). A street office
 * (街道办事处) takes its own place name and its communities' names instead. Plain Java.
 */
public final class DutyCatalogue {

    /**
     * One line of the catalogue; {@code orElse}: name fragments of the department that takes these duties in a
     * district that has no department of this entry (区商务局加挂投资促进局牌子: 招商 goes to 商务), may be empty.
     */
    public record Entry(String label, List<String> nameFragments, List<String> keywords, List<String> orElse) {
        public Entry(String label, List<String> nameFragments, List<String> keywords) {
            this(label, nameFragments, keywords, List.of());
        }

        boolean names(String fullName, String shortName) {
            return nameFragments.stream().anyMatch(f -> contains(fullName, f) || contains(shortName, f));
        }
    }

    private static final String RESOURCE = "/ingest/duty-keywords.txt";
    private static final List<String> STREET_SUFFIXES = List.of("街道办事处", "镇人民政府", "乡人民政府", "办事处", "街道",
            "镇", "乡");

    private final List<Entry> entries;

    public DutyCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The catalogue shipped with Luoshi. */
    public static DutyCatalogue standard() {
        try (InputStream in = DutyCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("缺少职责关键词目录 " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the catalogue's text; lines starting with # and blank lines are skipped. */
    public static DutyCatalogue parse(String text) {
        List<Entry> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\|");
            if (parts.length != 3 && parts.length != 4) {
                throw new IllegalArgumentException("职责关键词目录第" + lineNo + "行应为「条目 | 名称字样 | 关键词」"
                        + "或「条目 | 名称字样 | 关键词 | 否则归：名称字样」：" + l);
            }
            List<String> orElse = List.of();
            if (parts.length == 4) {
                String tail = parts[3].strip();
                if (!tail.startsWith("否则归：") && !tail.startsWith("否则归:")) {
                    throw new IllegalArgumentException("职责关键词目录第" + lineNo + "行第四栏应以「否则归：」开头：" + l);
                }
                orElse = split(tail.substring(4), "[,，]");
            }
            out.add(new Entry(parts[0].strip(), split(parts[1], "[,，]"), split(parts[2], "[、,，]"), orElse));
        }
        return new DutyCatalogue(out);
    }

    private static List<String> split(String s, String separators) {
        Set<String> out = new LinkedHashSet<>();
        for (String x : s.split(separators)) {
            if (!x.isBlank()) {
                out.add(x.strip());
            }
        }
        return List.copyOf(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The keywords of a department: every entry whose name fragment occurs in the unit's full or short name. */
    public List<String> keywordsFor(String fullName, String shortName) {
        return keywordsFor(fullName, shortName, null);
    }

    /**
     * The keywords of a department in an organisation whose units' names are {@code orgNames} (full and short): every
     * entry naming the unit, and every entry that no unit of the organisation answers to and whose {@code orElse}
     * names this unit (no 投资促进局 in the district: 区商务局 takes 招商). {@code orgNames} null: no fallbacks.
     */
    public List<String> keywordsFor(String fullName, String shortName, java.util.Collection<String> orgNames) {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (e.names(fullName, shortName)) {
                out.addAll(e.keywords());
            } else if (orgNames != null && !e.orElse().isEmpty()
                    && e.orElse().stream().anyMatch(f -> contains(fullName, f) || contains(shortName, f))
                    && orgNames.stream().noneMatch(n -> e.names(n, null))) {
                out.addAll(e.keywords());
            }
        }
        return List.copyOf(out);
    }

    private static boolean contains(String s, String fragment) {
        return s != null && s.contains(fragment);
    }

    /**
     * The keywords of a street office (街道办事处): its short name (东城街道), its place name without 街道 when that is a
     * place and not a common word (东城 yes; 新城 — 新城建设 — no), and the names of its communities (鸿运社区).
     */
    public static List<String> placeKeywords(String shortName, String fullName, List<String> communities) {
        Set<String> out = new LinkedHashSet<>();
        String name = shortName != null && !shortName.isBlank() ? shortName.strip() : fullName.strip();
        out.add(name);
        String stem = stem(name);
        if (stem.length() >= 2 && !stem.equals(name) && isPlaceName(stem)) {
            out.add(stem);
        }
        for (String c : communities) {
            if (c != null && c.strip().length() >= 2) {
                out.add(c.strip());
            }
        }
        return List.copyOf(out);
    }

    static String stem(String name) {
        for (String suffix : STREET_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** Unknown to HanLP's dictionary (a local name), or known as a place; a common word (新城, 园区) is not one. */
    static boolean isPlaceName(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return true;
        }
        for (Nature n : a.nature) {
            String s = n.toString();
            if (s.startsWith("ns") || "s".equals(s)) {
                return true;
            }
        }
        return false;
    }
}
