#!/usr/bin/env bash
# Alternating A/B of the in-process figures (DocGen.Benchmarks --peak N) of two checkouts, so both see the same load.
#
#   AB_ROUNDS=3 [AB_THIRD=REPO] benchmarks/ab-inprocess.sh AFTER_REPO BEFORE_REPO OUT_FOLDER [N]   (N defaults to 16000)
#
# Builds each checkout's benchmarks/DocGen.Benchmarks in Release once, then runs `--peak N` from each, a fresh process
# every time, in an order that alternates from round to round (with AB_THIRD, a third checkout, side "third": the three
# take turns going first). Each run's whole output goes to OUT_FOLDER; one row per run (cold run, allocated, peak RSS,
# floor, warm parse, the three edits and the three reruns, in ms and MB; the JIT and GC figures of the cold run when
# the checkout prints them) goes to stderr and to OUT_FOLDER/inprocess.tsv.
set -euo pipefail
after=$1 before=$2 out=$3 n=${4:-16000}
rounds=${AB_ROUNDS:-3}
mkdir -p "$out"
tsv="$out/inprocess.tsv"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

third=${AB_THIRD:-}
for repo in "$after" "$before" $third; do
  dotnet build "$repo/benchmarks/DocGen.Benchmarks" -c Release -nologo -v:q >/dev/null
done

[ -f "$tsv" ] || printf 'time\tside\tround\tload\tcold_ms\tcold_alloc_mb\tcold_peak_mb\tfloor_ms\tparse_warm_ms\tedits_ms\treruns_ms\tcold_runtime\n' > "$tsv"
for round in $(seq "$rounds"); do
  if [ -z "$third" ]; then
    if [ $((round % 2)) = 1 ]; then order="after before"; else order="before after"; fi
  else
    case $((round % 3)) in 1) order="after before third";; 2) order="before third after";; 0) order="third after before";; esac
  fi
  for side in $order; do
    case $side in after) repo=$after;; before) repo=$before;; third) repo=$third;; esac
    load=$(cut -d' ' -f1 /proc/loadavg)
    file="$out/peak-$n-$side-r$round.txt"
    dotnet run -c Release --no-build --project "$repo/benchmarks/DocGen.Benchmarks" -- --peak "$n" > "$file"
    awk -v t="$(date +%H:%M:%S)" -v side="$side" -v round="$round" -v load="$load" '
      function before(word,   i) { for (i = 2; i <= NF; i++) if ($i == word) return $(i - 1) }
      function after(word,   i) { for (i = 1; i < NF; i++) if ($i == word) return $(i + 1) }
      /^generator cold run/ { cold = before("ms,"); alloc = after("allocated"); peak = after("RSS") }
      /^floor \(read/ { floor = before("ms,") }
      /^parser alone/ { parse = before("ms") }
      /^one-document edit/ { edits = edits (edits == "" ? "" : ",") before("ms") }
      /^rerun without change/ { reruns = reruns (reruns == "" ? "" : ",") before("ms") }
      /^in the cold run: / { runtime = substr($0, 18) }
      END { printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", t, side, round, load, cold, alloc, peak, floor, parse, edits, reruns, runtime }
    ' "$file" | tee -a "$tsv" >&2
  done
done
