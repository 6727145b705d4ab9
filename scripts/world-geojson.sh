#!/usr/bin/env bash
# Writes the world outline the page's map draws: the countries of world-atlas's 110m TopoJSON
# (Natural Earth 1:110m, public domain; the package is ISC), converted to GeoJSON once with
# topojson-client, rings across the antimeridian mended for a flat map, coordinates rounded to
# 0.01 degree. Both come from the npm registry into a
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
// Rings that cross the antimeridian come cut at +-180; a flat map would draw a line across the
// world where such a ring jumps from one edge to the other. A ring mostly east (Russia, Fiji) gets
// its western points moved by 360 degrees; Antarctica, which goes round the pole, is closed along
// the bottom edge instead.
const jumps = (ring) => ring.slice(1).filter((p, i) => Math.abs(p[0] - ring[i][0]) > 180).length;
function mend(ring) {
  if (jumps(ring) === 0) return ring;
  const lats = ring.map((p) => p[1]);
  if (Math.min(...lats) < -60) {
    const out = [];
    ring.forEach((p, i) => {
      const prev = ring[i - 1];
      if (prev && Math.abs(p[0] - prev[0]) > 180) {
        out.push([prev[0], -90], [p[0], -90]);
      }
      out.push(p);
    });
    return out;
  }
  const east = ring.filter((p) => p[0] > 0).length >= ring.length / 2;
  return ring.map((p) => (east && p[0] < 0 ? [p[0] + 360, p[1]] : !east && p[0] > 0 ? [p[0] - 360, p[1]] : p));
}
for (const f of geo.features) {
  const g = f.geometry;
  if (g.type === "Polygon") g.coordinates = g.coordinates.map(mend);
  else g.coordinates = g.coordinates.map((poly) => poly.map(mend));
  g.coordinates = round(g.coordinates);
  f.properties = { name: f.properties.name };
}
process.stdout.write(JSON.stringify(geo) + "\n");
JS
