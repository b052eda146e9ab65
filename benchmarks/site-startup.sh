#!/usr/bin/env bash
# The compiled catalog site's start-up (docs/performance.md, the catalog site's section): launch -> the server
# listening (the generated catalog loaded, SiteArchive built) and launch -> the whole first response of /catalog, and
# the CPU time (user and system) each process used until then, for the site over the synthetic corpus and, as the
# baseline, sample/DocGen.Site over the sample's own records. The apps are run alternately, SITE_RUNS times each after a
# dropped warm-up round, so all see the same machine load.
#
# The 16k catalog is compiled once, into a class library of its own (the generated DocGen.Site.Archive and the
# embedded records): that build takes minutes, the site's code on top of it seconds. So the site's code of this
# checkout and, with SITE_BASELINE, of another checkout (a before-and-after pair) run over the very same catalog.
#
#   benchmarks/site-startup.sh
#   SITE_BASELINE=../main benchmarks/site-startup.sh      # also the site code of ../main, alternating with this one
#
# Environment: SITE_WORK (work folder, default a fresh /tmp folder; a corpus, catalog or app already built there is
# reused), SITE_COUNT (16000), SITE_RUNS (10), SITE_BASELINE (a checkout of DocGen; its sample/DocGen.Site is compiled
# over the same catalog).
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

# The sample's site as it is, over the sample's records, no FRUS: the baseline of a small archive.
if [ ! -f "$work/site-sample/DocGen.Site.dll" ]; then
  log "building the sample's site into $work/site-sample"
  dotnet build "$repo/sample/DocGen.Site" -c Release -nologo -v:q -p:DocGenSiteFrus=false -o "$work/site-sample" >/dev/null
fi

# The catalog of the corpus, as the site's project would generate it (root namespace DocGen.Site), in a library.
catalog=$work/catalog-$count
if [ ! -f "$catalog/out/DocGen.Site.Catalog.dll" ]; then
  mkdir -p "$catalog"
  cat >"$catalog/DocGen.Site.Catalog.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/DocGen.Generator/FromSource/DocGen.FromSource.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>DocGen.Site</RootNamespace>
    <Nullable>enable</Nullable>
    <DocGenArchiveFolder>$work/corpus</DocGenArchiveFolder>
  </PropertyGroup>
  <Import Project="$repo/src/DocGen.Generator/FromSource/DocGen.FromSource.targets" />
</Project>
XML
  log "building the catalog of $count documents into $catalog/out (minutes)"
  dotnet build "$catalog" -c Release -nologo -v:q -o "$catalog/out" >/dev/null
fi

# app NAME CHECKOUT: the site code of CHECKOUT (its sample/DocGen.Site, as the sample's project compiles it) over the
# catalog, in $work/app-NAME/out.
app() {
  local name=$1 source=$2/sample/DocGen.Site folder=$work/app-$1
  [ -f "$folder/out/DocGen.Site.dll" ] && return
  mkdir -p "$folder"
  cat >"$folder/DocGen.Site.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>DocGen.Site</RootNamespace>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$source/**/*.cs" Exclude="$source/bin/**;$source/obj/**" />
    <Compile Include="$2/src/DocGen.Generator/Analyzers/NearestIds.cs" />
    <EmbeddedResource Include="$source/Assets/*" LogicalName="DocGen.Site.Assets.%(Filename)%(Extension)" />
    <Reference Include="$catalog/out/DocGen.Site.Catalog.dll" />
    <Reference Include="$catalog/out/DocGen.dll" />
  </ItemGroup>
</Project>
XML
  log "building the site code of $2 over the catalog into $folder/out"
  dotnet build "$folder" -c Release -nologo -v:q -o "$folder/out" >/dev/null
}
app this "$repo"
apps=("$work/site-sample/DocGen.Site" "$work/app-this/out/DocGen.Site")
if [ -n "${SITE_BASELINE:-}" ]; then
  app baseline "$(cd "$SITE_BASELINE" && pwd)"
  apps+=("$work/app-baseline/out/DocGen.Site")
fi

log "load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $runs runs each, alternating"
python3 - "$runs" "${apps[@]}" <<'EOF'
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
