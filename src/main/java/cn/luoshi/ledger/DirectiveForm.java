package cn.luoshi.ledger;

import java.time.LocalDate;

/** Form data for creating or editing a directive (UI form and API body alike). {@code version} guards stale edits. */
public class DirectiveForm {
    public String title;
    public LocalDate issuedOn;
    public String issuer;
    public DirectiveLevel level = DirectiveLevel.DISTRICT;
    public DirectiveKind kind = DirectiveKind.SPEECH;
    public String body;
    public Integer version;

    public static DirectiveForm of(Directive d) {
        DirectiveForm f = new DirectiveForm();
        f.title = d.title();
        f.issuedOn = d.issuedOn();
        f.issuer = d.issuer();
        f.level = d.level();
        f.kind = d.kind();
        f.body = d.body();
        f.version = d.version();
        return f;
    }
}
