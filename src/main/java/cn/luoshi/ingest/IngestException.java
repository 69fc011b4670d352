package cn.luoshi.ingest;

/** The input cannot be turned into a draft (empty, binary, too large, undecodable). Message: Chinese / English. */
public class IngestException extends RuntimeException {
    private final String chinese;

    public IngestException(String chinese, String english) {
        super(chinese + " / " + english);
        this.chinese = chinese;
    }

    /** The message alone in Chinese, as the pages show it. */
    public String chinese() {
        return chinese;
    }
}
