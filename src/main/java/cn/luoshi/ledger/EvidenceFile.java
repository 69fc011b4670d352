package cn.luoshi.ledger;

/** An uploaded 佐证材料 file before it is checked: the name the user gave it and its bytes. */
public record EvidenceFile(String name, byte[] content) {

    public long size() {
        return content == null ? 0 : content.length;
    }
}
