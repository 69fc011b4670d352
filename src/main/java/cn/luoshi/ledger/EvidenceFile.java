package cn.luoshi.ledger;

/** An uploaded 佐证材料 file before it is checked: the name the user gave it and its bytes. */
public record EvidenceFile(String name, byte[] content) {

    /** Keeps only the file's own name: some browsers send a path ("C:\fakepath\报告.pdf"). */
    public EvidenceFile {
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        }
    }

    public long size() {
        return content == null ? 0 : content.length;
    }
}
