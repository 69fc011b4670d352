package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** A stored file goes back with its checked type, its Chinese name encoded for every browser, and nosniff. */
class DownloadsTest {

    @Test
    void anAttachmentKeepsItsTypeAndChineseName() {
        var r = Downloads.attachment("application/pdf", "整改报告.pdf", new byte[] {1, 2});
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.pdf");
        assertThat(r.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getBody()).containsExactly(1, 2);
    }

    @Test
    void aPdfIsShownInline() {
        var r = Downloads.inlinePdf("督办〔2026〕3号.pdf", new byte[0]);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline;")
                .contains("filename*=UTF-8''");
    }
}
