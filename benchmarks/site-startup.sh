#!/usr/bin/env bash
# The compiled catalog site's start-up (docs/performance.md, the catalog site's section): launch -> the server
# listening (the generated catalog loaded, SiteArchive and the search index built) and launch -> the whole first
# response of /catalog, for sample/DocGen.Site built over the synthetic corpus and, as the baseline, over the sample's
# own archive (the same code, 10 documents), and the CPU time (user and system) each process used until then. The two
# apps are run alternately, SITE_RUNS times each after a dropped warm-up run, so both see the same machine load.
#
#   benchmarks/site-startup.sh
#
# Environment: SITE_WORK (work folder, default a fresh /tmp folder; a corpus or site already built there is reused),
# SITE_COUNT (16000), SITE_RUNS (10).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${SITE_WORK:-$(mktemp -d /tmp/docgen-site-startup.XXXXXX)}
count=${SITE_COUNT:-16000}
runs=${SITE_RUNS:-10}
mkdir -p "$work"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if [ ! -d "$work/corpus" ]; then
  log "writing the corpus: $count documents, seed 1"
  dotnet run --project "$repo/tools/DocGen.Corpus" -c Release -- --count "$count" --seed 1 --out "$work/corpus" >/dev/null
fi

# site FOLDER [ARCHIVE]: the site built in Release into FOLDER, over ARCHIVE (default: the sample's records), no FRUS.
site() {
  local folder=$1 archive=${2:-}
  [ -f "$folder/DocGen.Site.dll" ] && return
  log "building the site into $folder"
  dotnet build "$repo/sample/DocGen.Site" -c Release -nologo -v:q -p:DocGenSiteFrus=false \
    ${archive:+"-p:DocGenArchiveFolder=$archive"} -o "$folder" >/dev/null
}
site "$work/site-$count" "$work/corpus"
site "$work/site-sample"

log "load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $runs runs each, alternating"
python3 - "$runs" "$work/site-sample/DocGen.Site" "$work/site-$count/DocGen.Site" <<'EOF'
import os, re, statistics, subprocess, sys, time, urllib.request
runs, apps = int(sys.argv[1]), sys.argv[2:]
listening = re.compile(r"Now listening on: (http://\S+)")
times = {app: ([], [], []) for app in apps}
for i in range(runs + 1):                        # the first round warms the disk cache and is dropped
    for app in apps:
        start = time.perf_counter_ns()
        p = subprocess.Popen([app, "--urls", "http://127.0.0.1:0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for line in p.stdout:
            if m := listening.search(line):
                break
        else:
            sys.exit(f"{app} ended without listening")
        listen = time.perf_counter_ns()
        body = urllib.request.urlopen(m.group(1) + "/catalog").read()
        first = time.perf_counter_ns()
        # The CPU time the process used, user and system, all threads: its whole life, which ends at the response.
        p.kill()
        usage = os.wait4(p.pid, 0)[2]
        cpu = (usage.ru_utime + usage.ru_stime) * 1000
        if i > 0:
            times[app][0].append((listen - start) / 1e6)
            times[app][1].append((first - start) / 1e6)
            times[app][2].append(cpu)
        print(f"{app}: listening {(listen - start) / 1e6:.0f} ms, /catalog ({len(body)} bytes) {(first - start) / 1e6:.0f} ms, CPU {cpu:.0f} ms", file=sys.stderr)
print("app\tlaunch->listening median (min) ms\tlaunch->/catalog median (min) ms\tCPU median (min) ms")
for app, (listen, first, cpu) in times.items():
    print(f"{app}\t{statistics.median(listen):.0f} ({min(listen):.0f})\t{statistics.median(first):.0f} ({min(first):.0f})\t{statistics.median(cpu):.0f} ({min(cpu):.0f})")
EOF
