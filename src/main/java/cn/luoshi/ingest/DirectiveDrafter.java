package cn.luoshi.ingest;

import cn.luoshi.ingest.internal.Engine;
import cn.luoshi.ingest.internal.Gazetteer;
import cn.luoshi.ingest.internal.DocumentReader;
import cn.luoshi.ingest.internal.TextDecoder;
import cn.luoshi.ingest.internal.UnitMatcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Speech-to-draft engine (讲话稿转任务草稿): turns a leader's speech into a {@link DirectiveDraft}. Immutable and
 * thread-safe; plain Java, no Spring. The first call loads HanLP's conversion dictionary (about 0.2 s).
 *
 * <pre>{@code
 * DirectiveDraft draft = DirectiveDrafter.create()
 *         .withUnits(List.of(KnownUnit.of("区住房和城乡建设局", "住建局", "住建")))
 *         .draft("speech.txt", bytes, LocalDate.of(2024, 2, 20));
 * }</pre>
 */
public final class DirectiveDrafter {

    /** Input larger than this is refused (a speech is tens of kilobytes). */
    public static final int MAX_BYTES = TextDecoder.MAX_BYTES;

    private final List<KnownUnit> units;
    private final Engine engine;

    private DirectiveDrafter(List<KnownUnit> units) {
        this.units = List.copyOf(units);
        this.engine = new Engine(new UnitMatcher(this.units, java.util.Set.copyOf(Gazetteer.districtUnits())));
    }

    /** A drafter that knows the built-in gazetteer of common district units. */
    public static DirectiveDrafter create() {
        return new DirectiveDrafter(Gazetteer.districtUnits());
    }

    /** The organisation's own units in addition to those known so far; its names win where they overlap. */
    public DirectiveDrafter withUnits(List<KnownUnit> own) {
        List<KnownUnit> all = new ArrayList<>(own);
        all.addAll(units);
        return new DirectiveDrafter(all);
    }

    /** Only the organisation's own units, in place of the built-in gazetteer. */
    public DirectiveDrafter withOnlyUnits(List<KnownUnit> own) {
        return new DirectiveDrafter(own);
    }

    public List<KnownUnit> units() {
        return units;
    }

    /**
     * Drafts from file content: a Word document (.docx), a PDF with a text layer, or text (UTF-8 or GB18030, BOM or
     * not, LF or CRLF, Simplified or Traditional). {@code source.encoding} says which ({@code docx}, {@code pdf},
     * {@code UTF-8}…).
     *
     * @param directiveDate the date the directive was given, to resolve 今年/年底/6月底 to dates; may be null
     * @throws IngestException when the bytes are empty, binary, too large, undecodable, a scanned or encrypted PDF,
     *                         or a file that is not what its name or first bytes say (a zip that is no Word file)
     */
    public DirectiveDraft draft(String fileName, byte[] bytes, LocalDate directiveDate) {
        DocumentReader.Read read = DocumentReader.read(fileName, bytes);
        return engine.run(fileName, read.text(), read.encoding(), directiveDate);
    }

    /** Drafts from pasted text; the source encoding is reported as {@code "text"}. */
    public DirectiveDraft draft(String fileName, String text, LocalDate directiveDate) {
        if (text == null || text.isBlank()) {
            throw new IngestException("输入为空", "input is empty");
        }
        if (text.length() > MAX_BYTES / 3) {
            throw new IngestException("文本过长", "text too long (limit " + MAX_BYTES / 3 + " characters)");
        }
        return engine.run(fileName, text, "text", directiveDate);
    }
}
