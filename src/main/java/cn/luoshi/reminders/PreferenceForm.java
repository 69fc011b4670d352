package cn.luoshi.reminders;

/** Form data for 消息设置. Times as typed ("22:00"); {@link PreferenceRules} checks them. */
public class PreferenceForm {
    public String email;
    public boolean emailEnabled;
    public boolean quietEnabled;
    public String quietStart;
    public String quietEnd;
    public boolean digestEnabled;
    public Integer digestHour;
    public Integer version;

    static PreferenceForm of(Preference p) {
        PreferenceForm f = new PreferenceForm();
        f.email = p.email();
        f.emailEnabled = p.emailEnabled();
        f.quietEnabled = p.quietEnabled();
        f.quietStart = p.quietStart().toString();
        f.quietEnd = p.quietEnd().toString();
        f.digestEnabled = p.digestEnabled();
        f.digestHour = p.digestHour();
        f.version = p.version();
        return f;
    }
}
