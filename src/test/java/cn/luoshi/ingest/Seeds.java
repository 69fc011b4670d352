package cn.luoshi.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The five seed speeches and their reference drafts, read from the classpath. */
public final class Seeds {

    public static final List<String> IDS = List.of("000", "001", "002", "003", "004");

    private Seeds() {}

    public static DraftScorer.Reference reference(String id) {
        return DraftScorer.readReference(new String(resource("/ingest/gold/" + id + ".json"), StandardCharsets.UTF_8));
    }

    /** The seed text of a reference, by the file name the reference names. */
    public static byte[] speech(String id) {
        return resource("/seeds/" + reference(id).file());
    }

    public static byte[] resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
