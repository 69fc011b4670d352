package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.util.List;

/** One indicator over a year, per region: growth and level per month (index 0 = January; null = 未公布). */
public record Series(Indicator indicator, int year, List<Line> lines) {

    public record Line(Region region, List<BigDecimal> growth, List<BigDecimal> level, List<Long> valueIds) {
    }
}
