package cn.luoshi.supervision;

import cn.luoshi.common.Downloads;
import org.springframework.http.ResponseEntity;

/** Downloads of this module's files, shared by its web pages and its API. */
public final class Uploads {

    private Uploads() {
    }

    /** An attachment as a download, under its original (Chinese) name. */
    public static ResponseEntity<byte[]> download(AttachmentContent file) {
        return Downloads.attachment(file.attachment().contentType(), file.attachment().originalName(),
                file.content());
    }

    /** A 督办单 PDF, shown inline (the browser's viewer prints it) under its number. */
    public static ResponseEntity<byte[]> pdf(String number, byte[] content) {
        return Downloads.inlinePdf(number + ".pdf", content);
    }
}
