#!/usr/bin/env bash
# Runs the whole suite (./mvnw -B verify) with the machine's clock moved by Debian's faketime, once per date, and
# prints one line per date. The tests take "now" from their own clock (TestClock), so every run must pass: a failure
# here means something read the machine's date.
#
#   bench/fake-dates.sh                      # the three dates of issue 11
#   bench/fake-dates.sh '2028-02-29 09:00:00' # any others
#
# Needs: apt-get install faketime (plus what .ci/run installs). Each run takes as long as the suite (≈ 6–8 min).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v faketime >/dev/null || { echo "faketime is missing: apt-get install faketime" >&2; exit 2; }
dates=("$@")
[ ${#dates[@]} -eq 0 ] && dates=('2027-01-05 10:00:00' '2027-10-08 10:00:00' '2026-12-31 23:59:30')
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
mkdir -p target
status=0
for d in "${dates[@]}"; do
  log="target/fake-date-$(echo "$d" | tr ' :' '_-').log"
  start=$(date +%s)
  # TZ pins the faked wall clock to China's, as a district's server would run.
  TZ=Asia/Shanghai faketime "$d" ./mvnw -B verify >"$log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - start ))
  # Surefire's and Failsafe's summary lines ("Tests run: N, Failures: F, Errors: E, Skipped: S").
  summary=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures' "$log" | grep -v ' -- in ' | sed 's/^\[[A-Z]*\] //' | paste -sd ';' -)
  echo "$d  exit=$rc  ${secs}s  $summary"
  [ $rc -ne 0 ] && status=1
done
exit $status
