#!/usr/bin/env bash
# 牵头单位建议 on held-out samples kept outside the project (third-party texts are not copied into the repository).
# DIR holds the sample texts (NAME.txt) and owners-reference-2.txt or owners-reference.txt (lines: 样本 | 条目名称开头 |
# 应牵头单位 | 也可接受),
# written by someone who saw the drafted structure but never a suggestion. Prints the table and the totals; the table
# is also in target/heldout-owners-2.txt. The project's own held-out set runs in every build (HeldOutOwnersTest).
# Usage: bench/owners-heldout.sh DIR
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir="$(cd "${1:?usage: bench/owners-heldout.sh DIR}" && pwd)"
LUOSHI_HELDOUT_DIR="$dir" ./mvnw -B -q test -Dtest=HeldOutOwnersTest -Dsurefire.failIfNoSpecifiedTests=false
cat target/heldout-owners-2.txt
