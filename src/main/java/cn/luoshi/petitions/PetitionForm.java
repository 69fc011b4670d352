package cn.luoshi.petitions;

import java.time.LocalDate;

/** 信访登记 — the registration form (a new case with its first visit and its petitioner). */
public class PetitionForm {
    public String title;
    public String summary;
    public Long categoryId;
    public Channel channel = Channel.LETTER;
    public Level level = Level.DISTRICT;
    public boolean toBeijing;
    public LocalDate receivedOn;
    public Integer people = 1;
    public boolean repeatPetition;
    public String externalNo;
    public Long leadUnitId;
    public Long leaderPersonId;
    public String name;
    public String idNumber;
    public String phone;
    public String address;
    /** 集体访代表, one per line: 姓名 身份证号 (at most 5, 第二十条). */
    public String representatives;
    public boolean accusation;
    public Long accusedUnitId;
    public String accusationText;
}
