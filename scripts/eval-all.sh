#!/usr/bin/env bash
# Runs every `herodotus eval` command that has data, with its quick settings (our system only, no
# slow baselines such as CoreNLP's quote attributor), and writes their figures (standard output)
# to one file, so that two revisions can be compared with diff.
#
#   scripts/eval-all.sh [-o FILE] [--usage] [DATA_DIR]
#
# DATA_DIR   the shared data folder (default: ../shared/data next to the repository root)
# -o FILE    where the figures go (default: eval-all.txt); standard error of every command, with
#            the time each took, goes to FILE.log
# --usage    also write the usage text (--help) of `eval` and of every eval subcommand, a check
#            that the command line itself is unchanged
#
# A command whose data is missing is skipped (noted in FILE). Lines that carry timings (the
# `seconds` row of eval polnear) are left out of FILE, so two runs of the same revision give the
# same file. Exits 1 when a command failed (its exit code is noted in FILE), else 0.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
out="eval-all.txt"
usage=0
data=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -o) out="${2:?eval-all: -o needs a file}"; shift 2 ;;
    --usage) usage=1; shift ;;
    -h | --help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "eval-all: unknown option $1" >&2; exit 2 ;;
    *) data="$1"; shift ;;
  esac
done
data="${data:-$root/../shared/data}"
[[ -d "$data" ]] || { echo "eval-all: no data folder at $data" >&2; exit 2; }
data="$(cd "$data" && pwd -P)"
log="$out.log"
herodotus="$root/bin/herodotus"

# Build first (if needed) so that no command's time includes the build.
"$herodotus" --version >/dev/null || exit 1

: >"$out"
: >"$log"
failed=0
total_start=$SECONDS

# run NEEDED_PATH ARGS...: `herodotus eval ARGS...` when NEEDED_PATH exists
run() {
  local needed="$1"
  shift
  local title="herodotus eval $*"
  title="${title//$data/DATA}"
  printf '### %s\n' "$title" >>"$out"
  if [[ ! -e "$needed" ]]; then
    printf 'skipped: no %s\n\n' "${needed//$data/DATA}" >>"$out"
    echo "eval-all: skipped $title (no $needed)" >&2
    return
  fi
  echo "eval-all: $title" >&2
  printf '### %s\n' "$title" >>"$log"
  local start=$SECONDS status
  "$herodotus" eval "$@" 2>>"$log" | grep -v -E '^seconds( |$)' >>"$out"
  status="${PIPESTATUS[0]}"
  if [[ "$status" != 0 ]]; then
    printf 'exit %s\n' "$status" >>"$out"
    failed=1
  fi
  printf '\n' >>"$out"
  printf '### took %d s (exit %s)\n\n' "$((SECONDS - start))" "$status" | tee -a "$log" >&2
}

if [[ "$usage" == 1 ]]; then
  for sub in "" extract polnear geo ner events; do
    printf '### herodotus eval %s--help\n' "${sub:+$sub }" >>"$out"
    # shellcheck disable=SC2086 # an empty $sub is no argument
    "$herodotus" eval $sub --help >>"$out" 2>&1
    printf '\n' >>"$out"
  done
fi

polnear="$data/polnear"
for split in dev test; do
  run "$polnear/$split" polnear --data "$polnear" --split "$split" --system ours
  run "$polnear/$split" polnear --data "$polnear" --split "$split" --system ours --agreement
done

geo="$data/geoparsing-news"
run "$geo" geo --data "$geo" --gold-only
run "$geo/GeoWebNews.xml" geo --data "$geo" --datasets GeoWebNews --org-places

run "$data/gum-news" ner --data "$data/gum-news"

run "$data/petrarch2-validation/unit-test" events --data "$data" --suite petrarch
run "$data/case2021-task2-event-types/test_set_final_release_with_labels.tsv" events --data "$data" --suite case
run "$data/ontology/plover/PLOVER_GSR_CAMEO.json" events --data "$data" --suite plover

run "$data/article-extraction" extract --data "$data/article-extraction"

echo "eval-all: figures in $out, messages in $log; $((SECONDS - total_start)) s in all" >&2
exit "$failed"
