package cn.luoshi.supervision;

/** 办复: the 承办单位's answer to a 督办单 (an optional file comes beside it). */
public class ResponseForm {
    public String response;
    public Integer version;
}
