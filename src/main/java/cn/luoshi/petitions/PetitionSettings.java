package cn.luoshi.petitions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The module's settings ({@code luoshi.petitions.*}): the time-limit preset, the rounding rule of 同比/环比 and rates,
 * the small-cell threshold, the yellow-light margin, the 信访局's unit name and the early-warning parameters.
 */
@Component
public class PetitionSettings {

    private final PetitionLimits limits;
    private final Growth growth;
    private final SmallCells smallCells;
    private final int warnWorkingDays;
    private final PetitionAccess access;
    private final EarlyWarning warning;

    PetitionSettings(@Value("${luoshi.petitions.limits:信访工作条例2022}") String preset,
            @Value("${luoshi.petitions.rounding:cut}") String rounding,
            @Value("${luoshi.petitions.small-cell:5}") int smallCell,
            @Value("${luoshi.petitions.warn-working-days:5}") int warnWorkingDays,
            @Value("${luoshi.petitions.office-unit:信访局}") String officeUnit,
            @Value("${luoshi.petitions.warning.window-days:90}") int windowDays,
            @Value("${luoshi.petitions.warning.repeat-visits:3}") int repeatVisits,
            @Value("${luoshi.petitions.warning.group-size:5}") int groupSize) {
        this.limits = PetitionLimits.preset(preset);
        this.growth = Growth.of(rounding, 2);
        this.smallCells = new SmallCells(smallCell);
        this.warnWorkingDays = warnWorkingDays;
        this.access = new PetitionAccess(officeUnit);
        this.warning = new EarlyWarning(windowDays, repeatVisits, groupSize);
    }

    public PetitionLimits limits() {
        return limits;
    }

    public Growth growth() {
        return growth;
    }

    public SmallCells smallCells() {
        return smallCells;
    }

    public int warnWorkingDays() {
        return warnWorkingDays;
    }

    public PetitionAccess access() {
        return access;
    }

    public EarlyWarning warning() {
        return warning;
    }
}
