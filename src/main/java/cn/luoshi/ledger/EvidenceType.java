package cn.luoshi.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * 佐证材料 file types, recognised by their content (magic bytes), never by the name alone: a file whose content does
 * not match its name's extension is refused.
 */
public enum EvidenceType {
    PDF("application/pdf", "PDF", "pdf"),
    PNG("image/png", "PNG 图片", "png"),
    JPEG("image/jpeg", "JPEG 图片", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint 演示文稿", "pptx"),
    DOC("application/msword", "Word 97-2003 文档", "doc"),
    XLS("application/vnd.ms-excel", "Excel 97-2003 表格", "xls");

    /** What the user may upload, for messages and the file input's accept list. */
    public static final String ALLOWED = "PDF、JPG/PNG 图片、Word/Excel/PowerPoint（docx、xlsx、pptx、doc、xls）";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private final String contentType;
    private final String label;
    private final String[] extensions;

    EvidenceType(String contentType, String label, String... extensions) {
        this.contentType = contentType;
        this.label = label;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    public String label() {
        return label;
    }

    /** The type the file name claims, by its extension. */
    public static Optional<EvidenceType> byName(String name) {
        if (name == null || name.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(ext)).findFirst();
    }

    /**
     * Whether {@code content} really is a file of this type. OOXML files are ZIP archives holding
     * {@code [Content_Types].xml}; which of Word/Excel/PowerPoint is told by the part folder (word/, xl/, ppt/).
     * Old Office files share the OLE2 header, so doc and xls are not told apart.
     */
    public boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, PDF_MAGIC);
            case PNG -> startsWith(content, PNG_MAGIC);
            case JPEG -> startsWith(content, JPEG_MAGIC);
            case DOCX -> isOoxml(content, "word/");
            case XLSX -> isOoxml(content, "xl/");
            case PPTX -> isOoxml(content, "ppt/");
            case DOC, XLS -> startsWith(content, OLE2_MAGIC);
        };
    }

    /** What the content looks like, for the refusal message ("内容实为 PNG 图片"). */
    public static Optional<EvidenceType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(t -> t != XLS && t.matches(content)).findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        return Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isOoxml(byte[] content, String partFolder) {
        if (!startsWith(content, ZIP_MAGIC)) {
            return false;
        }
        boolean contentTypes = false;
        boolean part = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null && !(contentTypes && part); ) {
                contentTypes |= e.getName().equals("[Content_Types].xml");
                part |= e.getName().startsWith(partFolder);
            }
        } catch (IOException | IllegalArgumentException e) {
            return false; // a damaged archive is not an Office document
        }
        return contentTypes && part;
    }
}
