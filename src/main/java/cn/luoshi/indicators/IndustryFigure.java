package cn.luoshi.indicators;

import java.math.BigDecimal;

/**
 * One 规模以上工业 industry class (大类, GB/T 4754-2017) in one month: 工业总产值 (亿元) now and a year ago, and the
 * growth as published.
 */
public record IndustryFigure(String code, String name, BigDecimal output, BigDecimal outputBefore, BigDecimal growth) {
}
