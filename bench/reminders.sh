#!/usr/bin/env bash
# Reminders (催办) benchmark: bench/reminders.sh [tasks=100000]
#                        or: bench/reminders.sh --cold [tasks]   (no side-by-side first: pass 1 on cold code)
#                        or: bench/reminders.sh --serve [tasks]  (generate, then serve for psql/EXPLAIN until killed)
# Generates the city-scale ledger (300 units, N tasks) on a fresh embedded PostgreSQL with two accounts per unit, then
# times the first pass written the old way and the new way side by side (in process, alternately), then
# times the reminder pass through POST /api/reminders/run: the first pass, repeated passes, two at once, and a next
# working day; e-mail goes to an in-process GreenMail, robot messages to a local HTTP server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  cn.luoshi.bench.RemindersBench "${@:-100000}"
