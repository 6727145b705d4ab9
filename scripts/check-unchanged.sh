#!/usr/bin/env bash
# Behaviour check for refactoring: runs `herodotus analyze` on the example article and on the
# 200 BBC articles of scripts/bbc-sample-200.txt with a base git revision and with the working
# tree, and compares the outputs byte for byte (JSON with every optional layer and the notes,
# GDELT events and mentions, the quotes TSV).
#
#   scripts/check-unchanged.sh BASE_REF [BBC_NEWS_DIR]      e.g. scripts/check-unchanged.sh f614bfb
#
# BASE_REF is built once in a git worktree under ${HERODOTUS_CHECK_DIR:-/tmp/herodotus-check}
# and its outputs are kept there, so later runs against the same revision only rerun the working
# tree. Exits 0 when every output is identical, 1 with the differing files named otherwise.
set -euo pipefail
base="${1:?usage: check-unchanged.sh BASE_REF [BBC_NEWS_DIR]}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
data="${2:-$root/../shared/data/bbc-news}"
work="${HERODOTUS_CHECK_DIR:-/tmp/herodotus-check}"
base_sha="$(git -C "$root" rev-parse --verify "$base^{commit}")"
[[ -d "$data" ]] || { echo "check-unchanged: no BBC News folder at $data" >&2; exit 2; }

inputs=("$root/examples/karabakh-2023-09-20.txt")
while read -r id; do
  [[ -z "$id" || "$id" == \#* ]] && continue
  inputs+=("$data/$id.txt")
done < "$root/scripts/bbc-sample-200.txt"

# GDELT's DATEADDED of an undated article is the time of the run: compared as <now>.
today="$(date -u +%Y%m%d)"

# run TREE OUT: every output format of the tree's herodotus into OUT
run() {
  local tree="$1" out="$2"
  mkdir -p "$out"
  HERODOTUS_JAVA_OPTS="${HERODOTUS_JAVA_OPTS:-}" "$tree/bin/herodotus" --version >/dev/null
  "$tree/bin/herodotus" analyze --no-progress --threads 2 --layers all --diagnostics \
    "${inputs[@]}" > "$out/analyze.jsonl" 2> >(grep -v 'CoreNLP loaded in' > "$out/analyze.err") || true
  for format in gdelt gdelt-mentions quotes plover; do
    "$tree/bin/herodotus" analyze --no-progress --threads 2 --format "$format" \
      "${inputs[@]}" 2> >(grep -v 'CoreNLP loaded in' > "$out/$format.err") \
      | sed -E "s/\b$today[0-9]{6}\b/<now>/g" > "$out/$format.tsv" || true
  done
}

base_out="$work/out-$base_sha"
if [[ ! -f "$base_out/done" ]]; then
  tree="$work/tree-$base_sha"
  if [[ ! -d "$tree" ]]; then
    git clone -q "$root" "$tree"
    git -C "$tree" checkout -q "$base_sha"
  fi
  echo "check-unchanged: running $base_sha ..." >&2
  run "$tree" "$base_out"
  touch "$base_out/done"
fi
echo "check-unchanged: running the working tree ..." >&2
new_out="$work/out-tree-$(printf '%s' "$root" | md5sum | cut -c1-8)"
rm -rf "$new_out"
run "$root" "$new_out"

status=0
for file in analyze.jsonl gdelt.tsv gdelt-mentions.tsv quotes.tsv plover.tsv analyze.err gdelt.err; do
  if cmp -s "$base_out/$file" "$new_out/$file"; then
    echo "same      $file ($(wc -l < "$new_out/$file") lines)"
  else
    echo "DIFFERENT $file: diff $base_out/$file $new_out/$file"
    status=1
  fi
done
exit $status
