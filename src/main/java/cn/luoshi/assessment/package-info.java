/**
 * 绩效考核 (performance assessment): a 考核办法 per year as versioned data (groups for 差异化考核, categories,
 * indicators with weights, scoring methods and their parameters), sources that read each indicator's value from the
 * other modules' records together with the facts behind it, scoring runs (预评 and final) kept as result versions,
 * grades with quotas, publication frozen like a 通报, appeals (申诉) that create a new logged version, and what-if.
 * Public face: {@link cn.luoshi.assessment.AssessmentService} and the plain rules beside it
 * ({@link cn.luoshi.assessment.ScoringMethods}, {@link cn.luoshi.assessment.Formula},
 * {@link cn.luoshi.assessment.ScoreComposition}, {@link cn.luoshi.assessment.Grading}). Nobody reads assessment.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "org", "audit", "calendar", "ledger",
        "supervision", "bulletins", "indicators", "projects", "requests", "petitions"})
package cn.luoshi.assessment;
