package cn.luoshi.supervision;

/** An evidence file with its bytes, for download by anyone who can see what it belongs to. */
public record AttachmentContent(SupervisionAttachment attachment, byte[] content) {
}
