package cn.luoshi.requests;

/** The four clocks of a request (诉求办理时限的环节). */
public enum Stage {
    SIGN("签收"), CONTACT("首次联系"), FINISH("办结"), REPLY("答复");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
