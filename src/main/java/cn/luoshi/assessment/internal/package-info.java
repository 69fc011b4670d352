/** Sources (one reader per module), storage and documents of the assessment module. */
package cn.luoshi.assessment.internal;
