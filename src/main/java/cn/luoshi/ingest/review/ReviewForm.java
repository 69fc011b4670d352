package cn.luoshi.ingest.review;

import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewer's version of a draft (审核稿): the directive's fields and one row per drafted node. Bound from the
 * review page and stored as JSON, so a half-done review survives a break.
 */
public class ReviewForm {
    public String title;
    public LocalDate issuedOn;
    public String issuer;
    public DirectiveLevel level = DirectiveLevel.DISTRICT;
    public DirectiveKind kind = DirectiveKind.SPEECH;
    public List<ReviewRow> rows = new ArrayList<>();
}
