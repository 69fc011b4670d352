package cn.luoshi.ingest.internal;

/** Development aid: prints what the parser found. */
public final class Debug {
    private Debug() {}

    public static String nodes(String text) {
        StringBuilder sb = new StringBuilder();
        for (var n : StructureParser.parse(new Passage(text)).nodes()) {
            sb.append("  ".repeat(n.depth() - 1)).append(n.depth()).append(' ').append(n.marker()).append(' ')
                    .append(n.title()).append(" [").append(n.kind()).append("]\n");
        }
        return sb.toString();
    }
}
