#!/usr/bin/env bash
# 信访 at scale: bench/petitions.sh [cases=1000000] [runs=20]
# Generates N cases over five years (≈ 1.5 registrations each, 3% open) on a fresh embedded PostgreSQL, then times the
# monthly statistics page's data and the clock pass: cold run, median, p95.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.PetitionsBench "${1:-1000000}" "${2:-20}"
