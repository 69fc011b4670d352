package cn.luoshi.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored 月报 with the ids and names of its photos. */
public record MonthlyReport(long id, long projectId, LocalDate month, BigDecimal monthInvestment,
        BigDecimal cumulative, String progress, String problems, String reportedBy, Instant reportedAt,
        List<Photo> photos) {

    public record Photo(long id, String fileName) {
    }
}
