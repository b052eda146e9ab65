#!/usr/bin/env bash
# Whole-build and start-up figures for DocGen (docs/performance.md, goals (c), (d) and (e)).
#
#   benchmarks/build-bench.sh                      # 1k and 16k, then bisect the largest N that builds, then run times
#   BENCH_SIZES="1000" BENCH_BISECT=0 benchmarks/build-bench.sh
#
# For each N it builds three throw-away consumer projects over the first N documents of one seeded corpus:
#   gen    references the repository like sample/DocGen.Sample does (runtime library, generator and core as analyzers,
#          the two build files of src/DocGen.Generator/buildTransitive), so every Archive/**/*.md file is a document;
#   lean   the same with DocGenDocumentMembers=false (no class of constants and no catalog property per document);
#   floor  the same project without the generator: the files are EmbeddedResource items, and the app parses them at
#          start-up with DocGen.Core's ArchiveDocumentParser (the status quo the generator replaces).
# Each is built with `dotnet build -c Release --no-incremental` under /usr/bin/time -v (wall time, peak RSS). The
# repository's own projects are built once beforehand and the timed build passes --no-dependencies, so both figures are
# the consumer project's build alone. The compiler runs in-process (no build server), so its memory is the peak RSS.
# Then the apps (and an empty app, the runtime's own start-up) are run BENCH_RUNS times at 1k and the largest N that
# built, timing launch -> first document's title printed, and launch -> every document of All read.
#
# Environment: BENCH_WORK (work folder, default a fresh /tmp folder), BENCH_SEED (1), BENCH_SIZES ("1000 16000"),
# BENCH_BISECT (1: also find the largest N that builds), BENCH_RUNS (20), BENCH_EXTRA (more sizes to try, e.g. 50000),
# BENCH_RUN_SIZES (sizes whose apps are timed; default 1000 and the largest N that built), BENCH_REPO (the checkout the
# projects reference; default this script's), BENCH_PREPARE_ONLY (1: set up the projects of BENCH_SIZES, time nothing;
# ab-builds.sh then builds them).
set -euo pipefail

repo=${BENCH_REPO:-$(cd "$(dirname "$0")/.." && pwd)}
work=${BENCH_WORK:-$(mktemp -d /tmp/docgen-build-bench.XXXXXX)}
seed=${BENCH_SEED:-1}
sizes=${BENCH_SIZES-"1000 16000"}   # set but empty: no builds
bisect=${BENCH_BISECT:-1}
runs=${BENCH_RUNS:-20}
extra=${BENCH_EXTRA:-}
mkdir -p "$work"
results="$work/results.tsv"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$work/bench.log" >&2; }
. "$(dirname "$0")/lib/consumer-project.sh"

if [ ! -x /usr/bin/time ]; then
  log "installing GNU time"
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "machine: $(nproc) cores; $(free -h | awk '/^Mem:/ {print $2 " RAM, " $7 " available"}'); dotnet $(dotnet --version); load $(cut -d' ' -f1-3 /proc/loadavg)"
log "work folder $work"

# ---- the corpus: the largest size asked for; smaller sizes are its first N files (document i depends on i only) ----
max=0
for n in $sizes $extra; do [ "$n" -gt "$max" ] && max=$n; done
[ "$bisect" = 1 ] && [ "$max" -lt 16000 ] && max=16000
dotnet build "$repo/tools/DocGen.Corpus" -c Release -nologo -v:q >/dev/null
corpus="$work/corpus"
if [ "$max" -gt 0 ] && [ ! -f "$corpus/.count-$max-seed-$seed" ]; then
  rm -rf "$corpus"
  dotnet "$repo/tools/DocGen.Corpus/bin/Release/net10.0/DocGen.Corpus.dll" --count "$max" --seed "$seed" --out "$corpus" | tee -a "$work/bench.log" >&2
  touch "$corpus/.count-$max-seed-$seed"
fi

# ---- the repository's projects, built once (the timed builds pass --no-dependencies) ----
log "building the repository's projects (Release)"
dotnet build "$repo/src/DocGen/DocGen.csproj" -c Release -nologo -v:q >/dev/null
dotnet build "$repo/src/DocGen.Generator/DocGen.Generator.csproj" -c Release -nologo -v:q >/dev/null

# The timing every app reports on stderr: Main -> now, and the wall clock now (the script subtracts the launch).
write_timing() { # dir
  cat > "$1/Timing.cs" <<'EOF'
using System;
using System.Diagnostics;
using System.Globalization;

namespace Consumer;

public static class Timing
{
    public static void Report(Stopwatch clock)
    {
        Console.Out.Flush();
        var main = clock.Elapsed.TotalMilliseconds;
        var now = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
        Console.Error.WriteLine("main_ms " + main.ToString("0.000", CultureInfo.InvariantCulture) + " end_ns " + now.ToString(CultureInfo.InvariantCulture));
    }
}
EOF
}

write_gen_project() { # dir members
  consumer_csproj "$1" true "    <DocGenDocumentMembers>$2</DocGenDocumentMembers>" ""
  cat > "$1/Program.cs" <<'EOF'
using System;
using System.Diagnostics;

namespace Consumer;

// Prints the first document's title (the first of Archive.All: date, then id). "get" looks it up by id instead;
// "every" reads every document of All and prints the count.
public static class Program
{
    public static int Main(string[] args)
    {
        var clock = Stopwatch.StartNew();
        var mode = args.Length > 0 ? args[0] : "all";
        if (mode == "every")
        {
            var characters = 0L;
            foreach (var document in Archive.All)
            {
                characters += document.Title.Length;
            }

            Console.WriteLine(Archive.All.Count + " documents, " + characters + " title characters");
        }
        else
        {
            Console.WriteLine(mode == "get" ? Archive.Get(Archive.Ids[0]).Title : Archive.All[0].Title);
        }

        Timing.Report(clock);
        return 0;
    }
}
EOF
  write_timing "$1"
}

write_floor_project() { # dir
  consumer_csproj "$1" false "" '    <EmbeddedResource Include="Archive/**/*.md" LogicalName="Archive/%(RecursiveDir)%(Filename)%(Extension)" />'
  cat > "$1/Program.cs" <<'EOF'
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using DocGen.Core.Model;
using DocGen.Core.Formats.Markdown;

namespace Consumer;

// The status quo: parse every embedded archive file at start-up, order as the generator's Archive.All does (date,
// then id, then path) and print the first title. Same stderr protocol as the generated consumer.
public static class Program
{
    public static int Main()
    {
        var clock = Stopwatch.StartNew();
        var assembly = typeof(Program).Assembly;
        var documents = new List<ParsedDocument>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            documents.Add(ArchiveDocumentParser.Parse(name, reader.ReadToEnd()));
        }

        var first = documents.Where(d => d.IsUsable)
            .OrderBy(d => d.Date.Start).ThenBy(d => d.Date.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal)
            .First();
        Console.WriteLine(first.Title);
        Timing.Report(clock);
        return 0;
    }
}
EOF
  write_timing "$1"
}

write_empty_project() { # dir: the runtime's own start-up, the floor of any "from process start" figure
  cat > "$1/Consumer.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
  </PropertyGroup>
</Project>
EOF
  cat > "$1/Program.cs" <<'EOF'
using System;
using System.Diagnostics;

namespace Consumer;

public static class Program
{
    public static int Main()
    {
        var clock = Stopwatch.StartNew();
        Console.WriteLine("hello");
        Timing.Report(clock);
        return 0;
    }
}
EOF
  write_timing "$1"
}

# Sets up $work/n$N/{gen,lean,floor} with the first N corpus files as Archive/ (hard links).
prepare() { # n
  local n=$1 kind
  for kind in gen lean floor; do
    local dir="$work/n$n/$kind"
    if [ ! -d "$dir/Archive" ]; then
      mkdir -p "$dir/Archive"
      # awk, not head: head would close the pipe early, and pipefail would end the script.
      find "$corpus" -maxdepth 1 -name '*.md' -printf '%f\n' | sort | awk -v n="$n" 'NR <= n' | sed "s|^|$corpus/|" | xargs -r cp -l -t "$dir/Archive"
      case $kind in
        gen) write_gen_project "$dir" true ;;
        lean) write_gen_project "$dir" false ;;
        *) write_floor_project "$dir" ;;
      esac
      dotnet restore "$dir/Consumer.csproj" -v:q >/dev/null
    fi
  done
}

# One timed build; appends a row to $results and echoes "ok" or "failed".
timed_build() { # n kind
  local n=$1 kind=$2 dir="$work/n$1/$2"
  local bytes
  bytes=$(find "$dir/Archive" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
  log "build n=$n $kind ($((bytes / 1048576)) MB of archive), load $(cut -d' ' -f1 /proc/loadavg)"
  set +e
  /usr/bin/time -v -o "$dir/time.txt" \
    dotnet build "$dir/Consumer.csproj" -c Release --no-incremental --no-dependencies --no-restore \
      --disable-build-servers -nodeReuse:false -p:UseSharedCompilation=false -nologo -v:m -clp:NoSummary > "$dir/build.log" 2>&1
  local status=$?
  set -e
  local wall rss errors codes
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$dir/time.txt")
  # The console logger prints each diagnostic twice (as it happens and again at the end): count distinct lines.
  sort -u "$dir/build.log" > "$dir/build.distinct.log"
  errors=$(grep -c ' error ' "$dir/build.distinct.log" || true)
  codes=$(grep -o ' error [A-Z]*[0-9]*' "$dir/build.distinct.log" | sort | uniq -c | awk '{printf "%s%s x%s", sep, $3, $1; sep=", "}' || true)
  local warnings
  warnings=$(grep -o ' warning [A-Z]*[0-9]*' "$dir/build.distinct.log" | sort | uniq -c | awk '{printf "%s%s x%s", sep, $3, $1; sep=", "}' || true)
  rm -f "$dir/build.distinct.log"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$kind" "$status" "$wall" "$rss" "$bytes" "${codes:--}" "${warnings:--}" >> "$results"
  log "  -> exit $status, wall $wall, peak RSS ${rss} MB, errors: ${codes:-none}; warnings: ${warnings:-none}"
  # awk, not head: under pipefail a pipe closed early would end the script.
  if [ "$errors" -gt 0 ]; then grep ' error ' "$dir/build.log" | awk 'NR <= 3' | cut -c1-400 >&2 || true; fi
  [ "$status" = 0 ] && echo ok || echo failed
}

declare -A built
last=
measure() { # n: builds floor, lean and gen at n; sets $last (and built[n]) to whether gen built. No subshell: keeps built[].
  local n=$1
  if [ -n "${built[$n]:-}" ]; then last=${built[$n]}; return; fi
  prepare "$n"
  timed_build "$n" floor >/dev/null
  timed_build "$n" lean >/dev/null
  last=$(timed_build "$n" gen)
  built[$n]=$last
}

if [ "${BENCH_PREPARE_ONLY:-0}" = 1 ]; then
  for n in $sizes; do prepare "$n"; done
  log "projects set up in $work (BENCH_PREPARE_ONLY)"
  exit 0
fi

# Rows are appended, so a second run in the same BENCH_WORK (e.g. BENCH_SIZES="1000") keeps the first run's rows.
[ -f "$results" ] || printf 'n\tkind\texit\twall\tpeak_rss_mb\tarchive_bytes\terrors\twarnings\n' > "$results"
for n in $sizes; do measure "$n"; done

largest=0
if [ "$bisect" = 1 ]; then
  # Double from 1k until a build fails, then halve the gap four times.
  good=0; bad=0; n=1000
  while [ "$n" -le "$max" ]; do
    measure "$n"
    if [ "$last" = ok ]; then good=$n; n=$((n * 2)); else bad=$n; break; fi
  done
  if [ "$bad" -gt 0 ] && [ "$good" -gt 0 ]; then
    for _ in 1 2 3 4; do
      mid=$(((good + bad) / 2 / 50 * 50))
      { [ "$mid" -le "$good" ] || [ "$mid" -ge "$bad" ]; } && break
      measure "$mid"
      if [ "$last" = ok ]; then good=$mid; else bad=$mid; fi
    done
  fi
  largest=$good
  log "largest N that builds: $good (smallest failing N tried: $bad)"
fi
for n in $extra; do measure "$n"; done

# ---- (d) run time: launch -> first title printed ----
runtimes="$work/runtime.tsv"
[ -f "$runtimes" ] || printf 'n\tapp\tmode\truns\tmedian_launch_to_title_ms\tmin_ms\tmedian_main_to_title_ms\ttitle\n' > "$runtimes"
empty="$work/empty"
if [ ! -f "$empty/bin/Release/net10.0/Consumer.dll" ]; then
  mkdir -p "$empty" && write_empty_project "$empty"
  dotnet build "$empty/Consumer.csproj" -c Release -nologo -v:q >/dev/null
fi

time_app() { # n app mode exe [arg]
  local n=$1 app=$2 mode=$3 exe=$4 arg=${5:-}
  python3 - "$exe" "$arg" "$runs" "$n" "$app" "$mode" >> "$runtimes" <<'EOF'
import statistics, subprocess, sys, time
exe, arg, runs, n, app, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
launch, main, title = [], [], None
for i in range(runs + 1):                      # the first run warms the disk cache and is dropped
    start = time.time_ns()
    p = subprocess.run([exe] + ([arg] if arg else []), capture_output=True, text=True, check=True)
    fields = p.stderr.split()
    end_ns, main_ms = int(fields[fields.index("end_ns") + 1]), float(fields[fields.index("main_ms") + 1])
    title = p.stdout.strip()
    if i > 0:
        launch.append((end_ns - start) / 1e6)
        main.append(main_ms)
print(f"{n}\t{app}\t{mode}\t{runs}\t{statistics.median(launch):.1f}\t{min(launch):.1f}\t{statistics.median(main):.3f}\t{title[:60]}")
EOF
  tail -n 1 "$runtimes" >&2
}

# BENCH_RUN_SIZES="1000 1500" with BENCH_SIZES="" BENCH_BISECT=0 times the apps an earlier run built, and nothing else.
run_sizes=${BENCH_RUN_SIZES:-"1000 $largest"}
time_app 0 empty - "$empty/bin/Release/net10.0/Consumer"
for n in $(printf '%s\n' $run_sizes | awk '$1 > 0 && !seen[$1]++'); do
  [ "${built[$n]:-ok}" = ok ] && [ -x "$work/n$n/gen/bin/Release/net10.0/Consumer" ] || continue
  time_app "$n" generated All "$work/n$n/gen/bin/Release/net10.0/Consumer"
  time_app "$n" generated Get "$work/n$n/gen/bin/Release/net10.0/Consumer" get
  time_app "$n" generated every "$work/n$n/gen/bin/Release/net10.0/Consumer" every
  if [ -x "$work/n$n/lean/bin/Release/net10.0/Consumer" ]; then
    time_app "$n" lean Get "$work/n$n/lean/bin/Release/net10.0/Consumer" get
  fi
  time_app "$n" embedded-parse All "$work/n$n/floor/bin/Release/net10.0/Consumer"
done

log "builds:"
column -t -s $'\t' "$results" >&2
log "run times:"
column -t -s $'\t' "$runtimes" >&2
log "results in $results and $runtimes"
