#!/usr/bin/env bash
# Ingest engine benchmark: builds from scratch, scores the drafts of the five seeds against the reference drafts
# (P/R/F1 per document and overall), measures warm speed, the 10,000-character case and heap, scores the four
# issue-18 samples of other genres (units too), times a 30-section Word file and a 30-page PDF, then times a cold
# CLI run (fresh JVM, all five seeds in one invocation). Output also goes to bench/out/ingest-quality.txt.
# Usage: bench/ingest-quality.sh [extra maven flags, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
./mvnw -q -B "$@" clean test-compile
./mvnw -q -B "$@" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/ingest-bench.classpath
CP="target/test-classes:target/classes:$(cat target/ingest-bench.classpath)"
{
  echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(uname -srm), $(nproc) cores, $(java -version 2>&1 | head -1)"
  java -cp "$CP" cn.luoshi.ingest.bench.IngestBench
  start=$(date +%s%N)
  java -cp "$CP" cn.luoshi.ingest.IngestCli --json src/main/resources/seeds/*.txt > bench/out/ingest-seeds.jsonl 2>/dev/null
  end=$(date +%s%N)
  echo "cold CLI: fresh JVM, --json over all 5 seeds: $(( (end - start) / 1000000 )) ms wall"
} | tee bench/out/ingest-quality.txt
