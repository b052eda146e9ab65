#!/usr/bin/env bash
# Issue 19's scale figures on the real FRUS volumes (docs/performance.md, "FRUS volumes").
#
#   benchmarks/frus-bench.sh                          # builds, FRUS_ROUNDS rounds, then the in-process run
#   FRUS_ROUNDS=1 FRUS_INPROCESS=0 benchmarks/frus-bench.sh
#
# Three throw-away consumer projects over every volume of FRUS_DIR (*.xml and reviewed/*.xml), read in place through
# item paths (nothing is copied):
#   gen    the generator as build-bench.sh references it, DocGenArchiveFolder set to FRUS_DIR, members on;
#   lean   the same with DocGenDocumentMembers=false;
#   floor  no generator: the same files as EmbeddedResource items (the app reads them with the TEI reader at start-up);
#   literal  gen with DocGenEmbedDocuments=false (every string a literal, nothing embedded): only when FRUS_KINDS names it.
# Each round builds the kinds, in an order that rotates from round to round, with lib/timed-build.sh (wall time, peak
# RSS, load, diagnostics by id) into FRUS_WORK/builds.tsv. Then DocGen.Benchmarks --frus FRUS_DIR (one process: the
# cold run against an XmlReader pass, peak RSS, the one-paragraph edit and what it reran) into FRUS_WORK/inprocess.txt.
#
# Environment: FRUS_DIR (default ../shared/frus beside the repository), FRUS_WORK (default a fresh /tmp folder),
# FRUS_ROUNDS (3), FRUS_KINDS ("floor lean gen"; add literal), FRUS_INPROCESS (1).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
frus=$(cd "${FRUS_DIR:-$repo/../shared/frus}" && pwd)
work=${FRUS_WORK:-$(mktemp -d /tmp/docgen-frus-bench.XXXXXX)}
rounds=${FRUS_ROUNDS:-3}
mkdir -p "$work"
. "$repo/benchmarks/lib/timed-build.sh"
. "$repo/benchmarks/lib/consumer-project.sh"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$work/bench.log" >&2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
files=$(find "$frus" -maxdepth 1 -name '*.xml'; find "$frus/reviewed" -maxdepth 1 -name '*.xml' 2>/dev/null || true)
bytes=$(printf '%s\n' "$files" | xargs -r stat -c %s | awk '{ s += $1 } END { print s + 0 }')
log "machine: $(nproc) cores; $(free -h | awk '/^Mem:/ {print $2 " RAM, " $7 " available"}'); dotnet $(dotnet --version); load $(cut -d' ' -f1-3 /proc/loadavg)"
log "repository $repo at $(git -C "$repo" rev-parse --short HEAD); $(printf '%s\n' "$files" | wc -l) volumes, $bytes bytes, in $frus; work folder $work"

write_gen() { # dir members embed
  consumer_csproj "$1" true "    <DocGenArchiveFolder>$frus</DocGenArchiveFolder>
    <DocGenEnableDefaultItems>false</DocGenEnableDefaultItems>
    <DocGenDocumentMembers>$2</DocGenDocumentMembers>
    <DocGenEmbedDocuments>$3</DocGenEmbedDocuments>" "    <AdditionalFiles Include=\"$frus/*.xml;$frus/reviewed/*.xml\" />"
  cat > "$1/Program.cs" <<'EOF'
using System;

namespace Consumer;

public static class Program
{
    public static void Main() => Console.WriteLine(Archive.All.Count + " documents; first: " + Archive.All[0].Id);
}
EOF
}

write_floor() { # dir
  consumer_csproj "$1" false "" "    <EmbeddedResource Include=\"$frus/*.xml;$frus/reviewed/*.xml\" LogicalName=\"Archive/%(RecursiveDir)%(Filename)%(Extension)\" WithCulture=\"false\" />"
  cat > "$1/Program.cs" <<'EOF'
using System;
using System.IO;
using System.Text;
using DocGen.Core.Formats.Tei;

namespace Consumer;

// The status quo without the generator: read every embedded volume at start-up.
public static class Program
{
    public static void Main()
    {
        var assembly = typeof(Program).Assembly;
        var documents = 0;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
            documents += TeiVolumeReader.Read(name, reader.ReadToEnd()).Documents.Count;
        }

        Console.WriteLine(documents + " documents");
    }
}
EOF
}

log "building the repository's projects (Release)"
dotnet build "$repo/src/DocGen/DocGen.csproj" -c Release -nologo -v:q >/dev/null
dotnet build "$repo/src/DocGen.Generator/DocGen.Generator.csproj" -c Release -nologo -v:q >/dev/null
read -r -a kinds <<< "${FRUS_KINDS:-floor lean gen}"
for kind in "${kinds[@]}"; do
  if [ ! -f "$work/$kind/Consumer.csproj" ]; then
    case $kind in
      gen) write_gen "$work/$kind" true true ;;
      lean) write_gen "$work/$kind" false true ;;
      literal) write_gen "$work/$kind" true false ;;
      *) write_floor "$work/$kind" ;;
    esac
    dotnet restore "$work/$kind/Consumer.csproj" -v:q >/dev/null
  fi
done

for round in $(seq "$rounds"); do
  for i in "${!kinds[@]}"; do
    kind=${kinds[$(((i + round - 1) % ${#kinds[@]}))]}
    timed_build "frus $kind r$round" "$work/$kind" "$work/builds.tsv"
  done
done

for kind in "${kinds[@]}"; do
  if [ -x "$work/$kind/bin/Release/net10.0/Consumer" ]; then
    log "$kind app: $("$work/$kind/bin/Release/net10.0/Consumer" 2>&1 | cut -c1-200)"
  fi
done

if [ "${FRUS_INPROCESS:-1}" = 1 ]; then
  log "in process: DocGen.Benchmarks --frus $frus"
  dotnet build "$repo/benchmarks/DocGen.Benchmarks" -c Release -nologo -v:q >/dev/null
  dotnet run -c Release --no-build --project "$repo/benchmarks/DocGen.Benchmarks" -- --frus "$frus" | tee "$work/inprocess.txt" >&2
fi
log "results in $work/builds.tsv and $work/inprocess.txt"
