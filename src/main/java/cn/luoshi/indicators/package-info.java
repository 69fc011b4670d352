/**
 * 经济指标 (economic indicators): the catalogue of the district's monthly indicators, the regions it is compared with
 * (全国、省、市、本区 and the peer set 各县（市、区）), values with their source and every vintage (a revision never
 * overwrites), annual targets and 规模以上工业 industry classes. From them: growth, the gap to the city average in
 * percentage points, the rank among the peers (居第N位 / 倒数第N位), 行业增长面, 拉动 and 贡献率, what the remaining
 * months must grow for the year's target, and a light per indicator under a configurable rule set. A lagging
 * indicator with an owning ledger task puts a finding on that task (ledger's {@code TaskFindings}). Public face:
 * {@link cn.luoshi.indicators.IndicatorService}, {@link cn.luoshi.indicators.IndicatorImportService} and the plain
 * rule classes beside them ({@link cn.luoshi.indicators.IndicatorMath}, {@link cn.luoshi.indicators.PeerRank},
 * {@link cn.luoshi.indicators.GrowthArea}, {@link cn.luoshi.indicators.IndicatorLightRule}). It implements ingest's
 * {@code FigureChecker} (讲话数据核对: a speech's figures against the stored values), so ingest needs no arrow to this
 * module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "audit", "ledger", "ingest"})
package cn.luoshi.indicators;
