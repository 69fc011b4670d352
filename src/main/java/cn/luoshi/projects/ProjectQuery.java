package cn.luoshi.projects;

/** Filters of the project list (all optional); setters for request binding. */
public class ProjectQuery {
    public Integer year;
    public Long unit;
    public ProjectLevel level;
    public ProjectKind kind;
    /** GREEN, YELLOW, RED. */
    public String light;
    public String q;
    /** 0-based page of the list. */
    public Integer page;
    /** Rows a page (default {@code ProjectService.PAGE_SIZE}, at most 200). */
    public Integer size;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public ProjectLevel getLevel() {
        return level;
    }

    public void setLevel(ProjectLevel level) {
        this.level = level;
    }

    public ProjectKind getKind() {
        return kind;
    }

    public void setKind(ProjectKind kind) {
        this.kind = kind;
    }

    public String getLight() {
        return light;
    }

    public void setLight(String light) {
        this.light = light == null || light.isBlank() ? null : light;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
