#!/usr/bin/env bash
# Writes the world outline the page's map draws: the countries of world-atlas's 110m TopoJSON
# (Natural Earth 1:110m, public domain; the package is ISC), converted to GeoJSON once with
# topojson-client, coordinates rounded to 0.01 degree. Both come from the npm registry into a
# temporary folder; the output is committed:
#
#   scripts/world-geojson.sh > server/src/main/resources/org/herodotus/server/web/world.geojson
set -euo pipefail

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund world-atlas@2.0.2 topojson-client@3.1.0 >&2)
cd "$work"
node - <<'JS'
const topojson = require("topojson-client");
const world = require("world-atlas/countries-110m.json");
const geo = topojson.feature(world, world.objects.countries);
const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
for (const f of geo.features) {
  f.geometry.coordinates = round(f.geometry.coordinates);
  f.properties = { name: f.properties.name };
}
process.stdout.write(JSON.stringify(geo) + "\n");
JS
