package cn.luoshi.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Form data for a progress report (进展报送). */
public class ReportForm {
    public LocalDate reportedOn;
    public BigDecimal cumulative;
    public String narrative;
    public String difficulties;
    public boolean needsCoordination;
    public String nextSteps;
}
