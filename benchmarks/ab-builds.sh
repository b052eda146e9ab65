#!/usr/bin/env bash
# Alternating A/B builds of two versions of DocGen on the same corpus, so that both see the same machine load.
#
#   AB_ROUNDS=3 benchmarks/ab-builds.sh AFTER_WORK BEFORE_WORK [N ...]       (N defaults to 16000)
#
# AFTER_WORK and BEFORE_WORK are work folders of build-bench.sh (BENCH_WORK), each set up from its own checkout (for
# example a `git worktree` of the older commit; BENCH_PREPARE_ONLY=1 sets one up without timing anything), so their
# projects reference their own sources. For each N, each round builds the floor (AFTER_WORK's; it has no generator),
# then members off (lean) and members on (gen) of each version; which version goes first alternates from round to
# round. Rows (wall time, peak RSS, load, diagnostics) go to stderr and to AFTER_WORK/ab.tsv.
set -euo pipefail
after=$1 before=$2
shift 2
sizes=${*:-16000}
rounds=${AB_ROUNDS:-3}
tsv="$after/ab.tsv"
. "$(dirname "$0")/lib/timed-build.sh"

for n in $sizes; do
  for round in $(seq "$rounds"); do
    timed_build "n$n floor r$round" "$after/n$n/floor" "$tsv"
    if [ $((round % 2)) = 1 ]; then order="after before"; else order="before after"; fi
    for kind in lean gen; do
      for side in $order; do
        if [ "$side" = after ]; then work=$after; else work=$before; fi
        timed_build "n$n $side-$kind r$round" "$work/n$n/$kind" "$tsv"
      done
    done
  done
done
