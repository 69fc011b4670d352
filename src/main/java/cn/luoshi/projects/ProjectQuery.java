package cn.luoshi.projects;

/** Filters of the project list (all optional). */
public class ProjectQuery {
    public Integer year;
    public Long unit;
    public ProjectLevel level;
    public ProjectKind kind;
    /** GREEN, YELLOW, RED. */
    public String light;
    public String q;
}
