package cn.luoshi.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line (命令行): {@code ingest [--json] [--date YYYY-MM-DD] FILE [FILE...]}.
 *
 * <ul>
 *   <li>{@code --json}: the contract JSON on standard output — one file gives one pretty-printed object; several
 *   files give one compact object per line (JSON Lines), in the order given.</li>
 *   <li>without {@code --json}: a readable outline (structure, targets, units, figures, gaps).</li>
 *   <li>{@code --date}: the directive's date, for resolving 今年/年底 to deadlines (default: today).</li>
 * </ul>
 * Exit 0 when every file was drafted; 1 when a file could not be read or decoded (one line on standard error per
 * such file, the others are still drafted); 2 on a usage error. Warnings (omitted text, no markers…) go to standard
 * error as lines starting with {@code ingest: FILE: 提示/warning:}. Needs no Spring; a first call loads HanLP
 * dictionaries once.
 */
public final class IngestCli {

    static final String USAGE = "用法 usage: ingest [--json] [--date YYYY-MM-DD] FILE [FILE...]";

    private IngestCli() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        LocalDate date = LocalDate.now();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i == 0 && a.equals("ingest")) {
                continue;
            }
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--date") || a.startsWith("--date=")) {
                String value = a.startsWith("--date=") ? a.substring(7) : i + 1 < args.length ? args[++i] : "";
                try {
                    date = LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    err.println("ingest: 日期格式应为 YYYY-MM-DD / --date must be YYYY-MM-DD: " + value);
                    return 2;
                }
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(USAGE);
                return 0;
            } else if (a.startsWith("--")) {
                err.println("ingest: 未知选项 / unknown option " + a + " — " + USAGE);
                return 2;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println("ingest: 缺少文件 / no file given — " + USAGE);
            return 2;
        }
        DirectiveDrafter drafter = DirectiveDrafter.create();
        int status = 0;
        for (String file : files) {
            DirectiveDraft draft;
            try {
                draft = drafter.draft(Path.of(file).getFileName().toString(), read(file), date);
            } catch (IngestException e) {
                err.println("ingest: " + file + ": " + e.getMessage());
                status = 1;
                continue;
            }
            for (String warning : draft.warnings()) {
                err.println("ingest: " + file + ": 提示/warning: " + warning);
            }
            if (json) {
                out.println(files.size() == 1 ? DraftJson.write(draft) : DraftJson.writeCompact(draft));
            } else {
                out.print(Outline.of(draft));
            }
        }
        out.flush();
        return status;
    }

    private static byte[] read(String file) {
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw new IngestException("这是目录，不是文件", "is a directory, not a file");
            }
            long size = Files.size(path);
            if (size > DirectiveDrafter.MAX_BYTES) {
                throw new IngestException("文件过大（" + size + " 字节，上限 " + DirectiveDrafter.MAX_BYTES + " 字节）",
                        "file too large (" + size + " bytes, limit " + DirectiveDrafter.MAX_BYTES + ")");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IngestException("找不到文件", "no such file");
        } catch (IOException e) {
            throw new IngestException("无法读取文件", "cannot read file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The readable outline (提纲) printed without --json. */
    static final class Outline {
        private Outline() {}

        static String of(DirectiveDraft d) {
            StringBuilder sb = new StringBuilder();
            var s = d.source();
            sb.append("== ").append(s.file()).append(" (").append(s.encoding()).append(", ").append(s.script())
                    .append(", ").append(s.chars()).append(" 字)\n");
            if (d.title() != null) {
                sb.append("标题 title: ").append(d.title()).append('\n');
            }
            sb.append("结构 structure: ").append(d.nodes().size()).append('\n');
            for (var n : d.nodes()) {
                sb.append("  ".repeat(n.depth())).append(n.marker() == null ? "·" : n.marker()).append(' ')
                        .append(n.title()).append("  [").append(n.id()).append(' ').append(n.kind()).append("]\n");
            }
            sb.append("目标 targets: ").append(d.targets().size()).append('\n');
            for (var t : d.targets()) {
                sb.append("  [").append(t.node()).append("] ")
                        .append(t.redacted() ? "X" : t.value().toPlainString()).append(' ').append(t.unit())
                        .append(' ').append(t.object()).append("  (").append(t.bound());
                if (t.period() != null) {
                    sb.append(", ").append(t.period());
                }
                if (t.per() != null) {
                    sb.append(", 每").append(t.per());
                }
                if (t.due() != null) {
                    sb.append(", due ").append(t.due());
                }
                sb.append(")\n");
            }
            sb.append("单位 units: ").append(d.units().size()).append('\n');
            for (var u : d.units()) {
                sb.append("  [").append(u.node()).append("] ").append(u.name()).append(u.unit() == null || u.unit().equals(u.name()) ? "" : " → " + u.unit()).append(' ').append(u.role()).append('\n');
            }
            sb.append("数据 figures: ").append(d.figures().size()).append('\n');
            for (var f : d.figures()) {
                sb.append("  [").append(f.node()).append("] ").append(f.subject()).append(' ').append(f.measure())
                        .append(' ').append(f.value() == null ? "X" : f.value().toPlainString()).append(' ')
                        .append(f.unit());
                if (f.reference() != null) {
                    sb.append(" vs ").append(f.reference());
                }
                if (f.period() != null) {
                    sb.append(" (").append(f.period()).append(')');
                }
                sb.append('\n');
            }
            if (!d.gaps().isEmpty()) {
                sb.append("缺损 gaps: ").append(d.gaps().size()).append('\n');
                for (var g : d.gaps()) {
                    sb.append("  ").append(g.kind()).append(" @").append(g.offset());
                    if (g.chars() != null) {
                        sb.append(' ').append(g.chars()).append(" 字");
                    }
                    sb.append("  ").append(g.text().replace('\n', ' ')).append('\n');
                }
            }
            return sb.toString();
        }
    }
}
