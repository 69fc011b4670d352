package cn.luoshi.ingest;

/** The input cannot be turned into a draft (empty, binary, too large, undecodable). Message: Chinese / English. */
public class IngestException extends RuntimeException {
    public IngestException(String chinese, String english) {
        super(chinese + " / " + english);
    }
}
