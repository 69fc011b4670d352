package cn.luoshi.petitions;

import java.time.LocalDate;

/** A further registration (件次) on a case: another letter, visit, online petition or call. */
public class VisitForm {
    public LocalDate visitedOn;
    public Channel channel = Channel.LETTER;
    public Level level = Level.DISTRICT;
    public boolean toBeijing;
    public Integer people = 1;
    public String externalNo;
    public String note;
}
