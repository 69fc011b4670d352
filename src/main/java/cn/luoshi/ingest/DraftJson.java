package cn.luoshi.ingest;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a {@link DirectiveDraft} as the {@code luoshi-directive-draft/1} JSON, fields in contract order and
 * nothing else (offsets, due dates and warnings stay in Java). Its nodes are {@link DirectiveDraft#structure()}: the
 * sentence rows the review offers for a text without markers are not written, and what stood under one stands under
 * none. Hand-written so the CLI starts without a JSON library.
 */
public final class DraftJson {

    private DraftJson() {}

    /** Pretty-printed, two-space indent. */
    public static String write(DirectiveDraft d) {
        return new DraftJson.Writer(true).draft(d).toString();
    }

    /** On one line (JSON Lines), for several files in one run. */
    public static String writeCompact(DirectiveDraft d) {
        return new DraftJson.Writer(false).draft(d).toString();
    }

    private static final class Writer {
        private final StringBuilder sb = new StringBuilder(4096);
        private final boolean pretty;
        private int indent;

        Writer(boolean pretty) {
            this.pretty = pretty;
        }

        Writer draft(DirectiveDraft d) {
            open('{');
            field("format").string(d.format()).comma();
            field("source").open('{');
            field("file").string(d.source().file()).comma();
            field("encoding").string(d.source().encoding()).comma();
            field("script").string(d.source().script()).comma();
            field("chars").number(d.source().chars());
            close('}').comma();
            field("title").string(d.title()).comma();
            field("gaps");
            array(d.gaps(), g -> {
                field("offset").number(g.offset()).comma();
                field("kind").string(g.kind()).comma();
                field("chars").number(g.chars()).comma();
                field("text").string(g.text());
            });
            comma();
            field("nodes");
            array(d.structure(), n -> {
                field("id").string(n.id()).comma();
                field("parent").string(n.parent()).comma();
                field("depth").number(n.depth()).comma();
                field("marker").string(n.marker()).comma();
                field("kind").string(n.kind()).comma();
                field("title").string(n.title()).comma();
                field("text").string(n.text());
            });
            comma();
            field("targets");
            array(d.targets(), t -> {
                field("node").string(d.structureNode(t.node())).comma();
                field("value").number(t.value()).comma();
                field("unit").string(t.unit()).comma();
                field("object").string(t.object()).comma();
                field("period").string(t.period()).comma();
                field("bound").string(t.bound()).comma();
                field("per").string(t.per()).comma();
                field("redacted").bool(t.redacted()).comma();
                field("text").string(t.text());
            });
            comma();
            field("units");
            array(d.structureUnits(), u -> {
                field("node").string(u.node()).comma();
                field("name").string(u.name()).comma();
                field("unit").string(u.unit()).comma();
                field("role").string(u.role());
            });
            comma();
            field("figures");
            array(d.figures(), f -> {
                field("node").string(d.structureNode(f.node())).comma();
                field("subject").string(f.subject()).comma();
                field("measure").string(f.measure()).comma();
                field("value").number(f.value()).comma();
                field("unit").string(f.unit()).comma();
                field("reference").string(f.reference()).comma();
                field("period").string(f.period()).comma();
                field("text").string(f.text());
            });
            close('}');
            return this;
        }

        private <T> void array(List<T> items, java.util.function.Consumer<T> each) {
            if (items.isEmpty()) {
                sb.append("[]");
                return;
            }
            open('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    comma();
                }
                open('{');
                each.accept(items.get(i));
                close('}');
            }
            close(']');
        }

        private Writer open(char c) {
            sb.append(c);
            indent++;
            newline();
            return this;
        }

        private Writer close(char c) {
            indent--;
            newline();
            sb.append(c);
            return this;
        }

        private Writer comma() {
            sb.append(',');
            newline();
            return this;
        }

        private void newline() {
            if (pretty) {
                sb.append('\n').append("  ".repeat(indent));
            }
        }

        private Writer field(String name) {
            string(name);
            sb.append(pretty ? ": " : ":");
            return this;
        }

        private Writer bool(boolean b) {
            sb.append(b);
            return this;
        }

        private Writer number(Number n) {
            if (n == null) {
                sb.append("null");
            } else if (n instanceof BigDecimal bd) {
                BigDecimal s = bd.stripTrailingZeros();
                sb.append(s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString());
            } else {
                sb.append(n);
            }
            return this;
        }

        private Writer string(String s) {
            if (s == null) {
                sb.append("null");
                return this;
            }
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
