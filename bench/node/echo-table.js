// Joins the load client's JSON lines (one file per server, one line per client count) into the echo table of
// BENCHMARKS.md with the ratios to node ws.  node echo-table.js OURS.jsonl WS.jsonl JWS.jsonl
'use strict';
const fs = require('fs');
const read = (f) => fs.readFileSync(f, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const [ours, ws, jws] = process.argv.slice(2).map(read);
const k = (n) => `${(n / 1000).toFixed(1)} k/s`;
const cell = (r) => (r ? `${k(r.perSecond)}, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms${r.connected < r.clients ? ` (${r.connected} of ${r.clients} connected)` : ''}${r.mismatches + r.errors ? ` (${r.mismatches} wrong echoes, ${r.errors} errors)` : ''}` : 'not run');
console.log('| clients | this server (`serve`) | node `ws` 8 | Java-WebSocket 1.6.0 | round trips: ours ÷ ws | ours ÷ Java-WebSocket | p99: ours ÷ ws |');
console.log('|---|---|---|---|---|---|---|');
ours.forEach((o, i) => {
  const w = ws[i];
  const j = jws[i];
  const ratio = (a, b) => (a && b && b.perSecond ? `${(a.perSecond / b.perSecond).toFixed(2)}×` : '');
  const p99 = o && w && w.p99Ms ? `${(o.p99Ms / w.p99Ms).toFixed(2)}×` : '';
  console.log(`| ${o.clients} | ${cell(o)} | ${cell(w)} | ${cell(j)} | **${ratio(o, w)}** | ${ratio(o, j)} | ${p99} |`);
});

// Issue 12's targets, judged from this run's figures: ahead of ws at 1 client, at least equal at 100 and 1,000,
// and a p99 no worse than ws's at each.
const verdict = (ok) => (ok ? 'met' : '**not met**');
const lines = ours.map((o, i) => {
  const w = ws[i];
  if (!o || !w) return null;
  const ratio = o.perSecond / w.perSecond;
  const wanted = o.clients === 1 ? ratio > 1 : ratio >= 1;
  return `- ${o.clients} client${o.clients === 1 ? '' : 's'}: round trips ${ratio.toFixed(2)}× ws (${o.clients === 1 ? 'ahead' : 'at least equal'} wanted): ${verdict(wanted)}; `
    + `p99 ${o.p99Ms} ms against ${w.p99Ms} ms (no worse wanted): ${verdict(o.p99Ms <= w.p99Ms)}`;
}).filter(Boolean);
console.log('\nAgainst issue 12\'s targets (node `ws` 8, same load client, same run):\n');
lines.forEach((l) => console.log(l));
