package cn.luoshi.supervision;

/** A task named on a supervision page (a group's covered tasks). */
public record TaskRef(long id, String title, Long leadUnitId) {
}
