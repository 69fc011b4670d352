#!/usr/bin/env bash
# Open311 conformance check of Luoshi (CI step): starts nothing itself — point it at a running instance.
#   contracts/open311/check-luoshi.sh [BASE]      BASE defaults to http://127.0.0.1:8080
# Runs the Dredd kit (npm ci on first use) against BASE/open311/v2 and, with the api key, the 403 case too
# (start the instance with luoshi.requests.open311.api-key=3f9c2a7e-test-key for that).
set -euo pipefail
DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BASE=${1:-http://127.0.0.1:8080}
exec "$DIR/run-dredd.sh" "${BASE%/}/open311/v2"
