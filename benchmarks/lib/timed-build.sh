# Sourced by ab-builds.sh and frus-bench.sh: one timed whole build of a consumer project, as build-bench.sh times them
# (the repository's own projects are built beforehand, so --no-dependencies times the consumer's build alone; the
# compiler runs in-process, so its memory is the peak RSS).
#
#   timed_build LABEL PROJECT_FOLDER TSV     appends: time label wall_s peak_mb load exit errors warnings

timed_build() {
  local label=$1 dir=$2 tsv=$3 wall kb status load errors warnings
  load=$(cut -d' ' -f1 /proc/loadavg)
  set +e
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" \
    dotnet build "$dir/Consumer.csproj" -c Release --no-incremental --no-dependencies --no-restore \
      --disable-build-servers -nodeReuse:false -p:UseSharedCompilation=false -nologo -v:m -clp:NoSummary > "$dir/build.log" 2>&1
  status=$?
  set -e
  read -r wall kb < <(tail -n 1 "$dir/time.txt")
  # The console logger prints each diagnostic twice (as it happens and again at the end): count distinct lines.
  errors=$(sort -u "$dir/build.log" | grep -o ' error [A-Z]*[0-9]*' | sort | uniq -c | awk '{printf "%s%s x%s", sep, $3, $1; sep=", "}' || true)
  warnings=$(sort -u "$dir/build.log" | grep -o ' warning [A-Z]*[0-9]*' | sort | uniq -c | awk '{printf "%s%s x%s", sep, $3, $1; sep=", "}' || true)
  [ -f "$tsv" ] || printf 'time\tlabel\twall_s\tpeak_mb\tload\texit\terrors\twarnings\n' > "$tsv"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date +%H:%M:%S)" "$label" "$wall" $((kb / 1024)) "$load" "$status" "${errors:--}" "${warnings:--}" | tee -a "$tsv" >&2
}
