#!/usr/bin/env bash
# Cohort files: counsel evaluate (CSV, JSON Lines) beside the equivalent pandas script, on the same generated cohort;
# then counsel streaming a much larger file. Wall time and peak memory (maximum resident set) from /usr/bin/time -v.
# Usage: benchmarks/cohort/run.sh [CASES=1000000] [BIG_CASES=10000000]   (BIG_CASES=0 skips the streaming run)
# Prints a Markdown table ready for docs/performance.md. Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-1000000}
big=${2:-10000000}
work=artifacts/bench-cohort
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! /usr/bin/python3 -c "import pandas" 2>/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas >/dev/null
fi
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

# counsel as measured: published as the tool's package is built (portable, compiled fully optimised as it starts), which
# is what `dotnet tool install Counselling.Cli` gives. The same code compiled ahead of time for this machine's platform
# (ReadyToRun, tiered compilation on) starts with fewer instructions but was no faster on the quiet machine (its code is
# compiled again once hot, on the cores the workers need): it is measured too, on the rows ending in -readytorun.
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
dotnet publish src/Counselling.Cli -c Release -o "$work/counsel" -v quiet -nologo >/dev/null
dotnet publish src/Counselling.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/counsel-readytorun" -v quiet -nologo >/dev/null
counsel="$work/counsel/counsel"
as_of=2026-06-30

[ -s "$work/cohort-$cases.csv" ] || "$counsel" generate --cases "$cases" --random 1 -o "$work/cohort-$cases.csv"
[ -s "$work/cohort-$cases.jsonl" ] || "$counsel" generate --cases "$cases" --random 1 -o "$work/cohort-$cases.jsonl"

# measure NAME COMMAND...: runs once, keeps wall seconds and peak MB.
declare -A wall peak
measure() {
  local name=$1; shift
  /usr/bin/time -v -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err"
  wall[$name]=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.2f", s}' "$work/$name.time")
  peak[$name]=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$work/$name.time")
}

measure counsel-csv "$counsel" evaluate "$work/cohort-$cases.csv" --as-of $as_of -g programme
measure counsel-jsonl "$counsel" evaluate "$work/cohort-$cases.jsonl" --as-of $as_of -g programme
measure counsel-csv-readytorun "$work/counsel-readytorun/counsel" evaluate "$work/cohort-$cases.csv" --as-of $as_of -g programme
measure counsel-jsonl-readytorun "$work/counsel-readytorun/counsel" evaluate "$work/cohort-$cases.jsonl" --as-of $as_of -g programme
# pandas on each format, as a researcher holding that file would run it: each counsel run is set against pandas on the same
# format and against pandas on CSV (its fastest reader), both shown.
measure pandas-csv env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 benchmarks/cohort/evaluate_pandas.py "$work/cohort-$cases.csv" $as_of
measure pandas-jsonl env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 benchmarks/cohort/evaluate_pandas.py "$work/cohort-$cases.jsonl" $as_of
if ! cmp -s "$work/pandas-csv.out" "$work/pandas-jsonl.out"; then
  echo "pandas counts differ between the CSV and the JSON Lines file: see $work/pandas-*.out" >&2
  exit 1
fi
rows=(counsel-csv counsel-jsonl counsel-csv-readytorun counsel-jsonl-readytorun pandas-csv pandas-jsonl)
if [ "$big" -gt 0 ]; then
  [ -s "$work/cohort-$big.csv" ] || "$counsel" generate --cases "$big" --random 2 -o "$work/cohort-$big.csv"
  measure counsel-csv-big "$counsel" evaluate "$work/cohort-$big.csv" --as-of $as_of -g programme
  rows+=(counsel-csv-big)
fi

echo
echo "Cohort of $cases cases (streaming run: $big cases); $(nproc) cores; $(date -u +%Y-%m-%d)."
echo
echo "| run | cases | wall (s) | peak memory (MB) | wall vs pandas, same format | wall vs pandas CSV | memory vs pandas, same format | memory vs pandas CSV |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for r in "${rows[@]}"; do
  n=$cases; [ "$r" = counsel-csv-big ] && n=$big
  same=pandas-csv; [[ "$r" == *jsonl* ]] && same=pandas-jsonl
  if [ "$r" = counsel-csv-big ]; then
    # Ten times the cases of pandas' runs: no ratio to them; its target is its own peak.
    awk -v r="$r" -v n="$n" -v w="${wall[$r]}" -v m="${peak[$r]}" 'BEGIN{printf "| %s | %d | %.2f | %d | — | — | — | — |\n", r, n, w, m}'
    continue
  fi
  awk -v r="$r" -v n="$n" -v w="${wall[$r]}" -v m="${peak[$r]}" -v sw="${wall[$same]}" -v sm="${peak[$same]}" -v pw="${wall[pandas-csv]}" -v pm="${peak[pandas-csv]}" \
    'BEGIN{printf "| %s | %d | %.2f | %d | %.2f× | %.2f× | %.2f× | %.2f× |\n", r, n, w, m, (w>0?sw/w:0), (w>0?pw/w:0), (sm>0?m/sm:0), (pm>0?m/pm:0)}'
done
echo
echo "wall vs pandas: how many times faster than pandas (target ≥ 5), on the same file format and on pandas' CSV run; memory vs pandas: the share of pandas' peak (target ≤ 0.5); the streaming run (counsel-csv-big, ten times the cases) has no ratio to pandas' runs: its target is a peak ≤ 300 MB."
