#!/usr/bin/env bash
# Alternating A/B builds of two versions of DocGen on the same corpus, so that both see the same machine load.
#
#   benchmarks/ab-builds.sh AFTER_WORK BEFORE_WORK [N] [ROUNDS]
#
# AFTER_WORK and BEFORE_WORK are work folders of build-bench.sh (BENCH_WORK), each run from its own checkout (for
# example a `git worktree` of the older commit) with BENCH_SIZES=N, so their projects reference their own sources.
# Each round builds: after lean, before lean, floor; then one gen build of each. Prints wall time and peak RSS.
set -euo pipefail
after=$1 before=$2 n=${3:-16000} rounds=${4:-3}

build() { # label project-folder
  /usr/bin/time -f "%e %M" -o "$after/ab-time.txt" \
    dotnet build "$2/Consumer.csproj" -c Release --no-incremental --no-dependencies --no-restore \
      --disable-build-servers -nodeReuse:false -p:UseSharedCompilation=false -nologo -v:q -clp:NoSummary > "$after/ab-build.log" 2>&1
  read -r wall kb < "$after/ab-time.txt"
  printf '%s %-12s wall %6s s  peak %5d MB  load %s\n' "$(date +%H:%M:%S)" "$1" "$wall" $((kb / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
}

for _ in $(seq "$rounds"); do
  build after-lean "$after/n$n/lean"
  build before-lean "$before/n$n/lean"
  build floor "$after/n$n/floor"
done
build after-gen "$after/n$n/gen"
build before-gen "$before/n$n/gen"
