#!/usr/bin/env bash
# Times `herodotus analyze` on the 200-article BBC News sample: wall time, model load time,
# articles per second after loading, and peak RSS (from GNU time).
#
#   scripts/measure-analyze.sh ../shared/data/bbc-news 1
#   scripts/measure-analyze.sh ../shared/data/bbc-news 2
set -euo pipefail
data="${1:?usage: measure-analyze.sh BBC_NEWS_DIR [THREADS]}"
threads="${2:-1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
files=()
while read -r id; do
  [[ -z "$id" || "$id" == \#* ]] && continue
  files+=("$data/$id.txt")
done < "$root/scripts/bbc-sample-200.txt"
"$root/bin/herodotus" --version >/dev/null # build first, outside the measurement
log="$(mktemp)"
start=$(date +%s.%N)
/usr/bin/time -v "$root/bin/herodotus" analyze --no-progress --threads "$threads" "${files[@]}" \
  > /dev/null 2> "$log" || true
end=$(date +%s.%N)
load=$(sed -n 's/.*CoreNLP loaded in \([0-9.]*\) s.*/\1/p' "$log" | head -1)
rss=$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\).*/\1/p' "$log")
failed=$(grep -c '^herodotus: ' "$log" || true)
awk -v s="$start" -v e="$end" -v l="${load:-0}" -v n="${#files[@]}" -v r="$rss" -v t="$threads" \
  -v f="$failed" 'BEGIN {
    w = e - s; a = w - l;
    printf "threads=%d articles=%d failed=%d wall_s=%.1f model_load_s=%.1f analyze_s=%.1f articles_per_s=%.2f peak_rss_mb=%.0f\n",
      t, n, f, w, l, a, n / a, r / 1024 }'
rm -f "$log"
