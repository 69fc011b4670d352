package cn.luoshi.bulletins;

/** Editing a draft: its title and the next-step requirements (下步要求), with the version it was read at. */
public class BulletinEditForm {
    public String title;
    public String requirements;
    public Integer version;
}
