package cn.luoshi.ingest.review;

import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import java.time.LocalDate;

/** The upload page: pasted text (the file comes as a separate part) and the directive's fields, all optional here. */
public class UploadForm {
    public String text;
    public String title;
    public LocalDate issuedOn;
    public String issuer;
    public DirectiveLevel level = DirectiveLevel.DISTRICT;
    public DirectiveKind kind = DirectiveKind.SPEECH;
    /** Upload even though the same text was uploaded before (the page asks for it after flagging the copy). */
    public boolean again;
}
