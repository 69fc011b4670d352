package cn.luoshi.supervision;

/**
 * 整改佐证: the result in words (整改情况), and either files (beside the form) or a 佐证说明 that says where the
 * evidence can be checked; {@code comment} is the 督查室's 销号意见.
 */
public class EvidenceForm {
    public String summary;
    public String evidenceNote;
    public String comment;
    public Integer version;
}
