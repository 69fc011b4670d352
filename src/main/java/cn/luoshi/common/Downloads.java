package cn.luoshi.common;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Stored files sent back to the browser: the checked content type, the original (Chinese) name, and nosniff. */
public final class Downloads {

    private Downloads() {
    }

    /** A file to save (佐证材料, attachments), under the name it was uploaded with. */
    public static ResponseEntity<byte[]> attachment(String contentType, String originalName, byte[] content) {
        return respond(MediaType.parseMediaType(contentType), ContentDisposition.attachment(), originalName, content);
    }

    /** A PDF shown inline (the browser's viewer prints it). */
    public static ResponseEntity<byte[]> inlinePdf(String fileName, byte[] content) {
        return respond(MediaType.APPLICATION_PDF, ContentDisposition.inline(), fileName, content);
    }

    private static ResponseEntity<byte[]> respond(MediaType type, ContentDisposition.Builder disposition, String name,
            byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
