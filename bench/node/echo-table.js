// Joins the load client's JSON lines (one file per server, one line per run: client count, round, load average)
// into the echo table of BENCHMARKS.md: per client count the median over the rounds of each server's figures, the
// median of the per-round ratios to node ws (each round's runs follow one another, so a ratio compares runs under
// about the same load), and the load average of the runs.  node echo-table.js OURS.jsonl WS.jsonl JWS.jsonl
'use strict';
const fs = require('fs');
const read = (f) => fs.readFileSync(f, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const [ours, ws, jws] = process.argv.slice(2).map(read);

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const counts = [...new Set(ours.map((r) => r.clients))];
const runs = (rs, n) => rs.filter((r) => r.clients === n);
const byRound = (rs, n) => new Map(runs(rs, n).map((r) => [r.round, r]));
const k = (n) => `${(n / 1000).toFixed(1)} k/s`;
const ms = (n) => `${+n.toFixed(3)} ms`;
const cell = (rs) => {
  if (rs.length === 0) return 'not run';
  const bad = rs.reduce((a, r) => a + r.mismatches + r.errors, 0);
  const short = rs.filter((r) => r.connected < r.clients).length;
  return `${k(median(rs.map((r) => r.perSecond)))}, p50 ${ms(median(rs.map((r) => r.p50Ms)))}, p99 ${ms(median(rs.map((r) => r.p99Ms)))}`
    + (short ? ` (${short} runs not all connected)` : '') + (bad ? ` (${bad} wrong echoes or errors)` : '');
};
/** The median over the rounds of a / b, pairing the runs of the same round. */
const pairedRatio = (a, b, n, field) => {
  const bs = byRound(b, n);
  return median(runs(a, n).filter((r) => bs.has(r.round) && bs.get(r.round)[field] > 0)
    .map((r) => r[field] / bs.get(r.round)[field]));
};
const loads = (n) => {
  const l = [ours, ws, jws].flatMap((rs) => runs(rs, n).map((r) => r.load)).filter(Number.isFinite);
  return l.length ? `${Math.min(...l).toFixed(1)}–${Math.max(...l).toFixed(1)}` : '';
};
const rounds = Math.max(...ours.map((r) => r.round || 1));

console.log('| clients | this server (`serve`) | node `ws` 8 | Java-WebSocket 1.6.0 | round trips: ours ÷ ws | ours ÷ Java-WebSocket | p99: ours ÷ ws | load average (1 min) of the runs |');
console.log('|---|---|---|---|---|---|---|---|');
const verdicts = [];
for (const n of counts) {
  const rt = pairedRatio(ours, ws, n, 'perSecond');
  const p99 = pairedRatio(ours, ws, n, 'p99Ms');
  const fmt = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '');
  console.log(`| ${n} | ${cell(runs(ours, n))} | ${cell(runs(ws, n))} | ${cell(runs(jws, n))} | **${fmt(rt)}** | `
    + `${fmt(pairedRatio(ours, jws, n, 'perSecond'))} | ${fmt(p99)} | ${loads(n)} |`);
  if (Number.isFinite(rt)) {
    const wanted = n === 1 ? rt > 1 : rt >= 1;
    verdicts.push(`- ${n} client${n === 1 ? '' : 's'}: round trips ${rt.toFixed(2)}× ws (${n === 1 ? 'ahead' : 'at least equal'} wanted): `
      + `${wanted ? 'met' : '**not met**'}; p99 ${p99.toFixed(2)}× ws's (no worse, at most 1×, wanted): ${p99 <= 1 ? 'met' : '**not met**'}`);
  }
}
console.log(`\nEach figure is the median of ${rounds} round${rounds === 1 ? '' : 's'}; a ratio is the median of the rounds' ratios.`);
console.log('\nAgainst issue 12\'s targets (node `ws` 8, same load client, same run):\n');
verdicts.forEach((l) => console.log(l));
