// Turns DecoderVsNettyBenchmark's JMH JSON results into the Markdown table of BENCHMARKS.md: per payload size,
// frames/s and MB/s of wire for our FrameDecoder (with unmasking) and Netty's WebSocket08FrameDecoder, the
// ratio, and our whole Dissector for reference. Given several rounds (files), each benchmark's median score is
// shown and the ratio is the median of the rounds' ratios, with their range: on a shared machine a round of
// ours and a round of Netty run seconds apart, so the rounds alternate and are compared pairwise.
//   node jmh-table.js ROUND1.json [ROUND2.json …]   (each file: one round of every benchmark)
'use strict';
const path = require('path');
const STREAM = 4 << 20; // DecoderVsNettyBenchmark.STREAM_BYTES: the stream decoded per operation

function wireLength(payload) {
  return payload + 4 + (payload < 126 ? 2 : payload < 65536 ? 4 : 10); // masked frames (RFC 6455 §5.2)
}

const rounds = process.argv.slice(2).map((f) => {
  const round = new Map();
  for (const r of require(path.resolve(f))) {
    const payload = Number(r.params.payload);
    if (!round.has(payload)) round.set(payload, {});
    round.get(payload)[r.benchmark.replace(/.*\./, '')] = r.primaryMetric.score;
  }
  return round;
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(0)} k` : n.toFixed(0));
console.log(`| payload | our FrameDecoder + unmask: frames/s (MB/s) | Netty WebSocket08FrameDecoder: frames/s (MB/s) | ours ÷ Netty (median of ${rounds.length} rounds; range) | our whole Dissector: frames/s |`);
console.log('|---|---|---|---|---|');
const judged = [];
for (const payload of [...rounds[0].keys()].sort((a, b) => a - b)) {
  const len = wireLength(payload);
  const frames = Math.floor(STREAM / len);
  const scores = (name) => rounds.map((r) => (r.get(payload) || {})[name]).filter((x) => x !== undefined);
  const cell = (name) => {
    const s = scores(name);
    return s.length ? `${fmt(median(s) * frames)} (${((median(s) * frames * len) / 1e6).toFixed(0)})` : 'not run';
  };
  const ratios = rounds.map((r) => r.get(payload) || {}).filter((m) => m.ourFrameDecoder && m.nettyDecoder)
    .map((m) => m.ourFrameDecoder / m.nettyDecoder);
  const ratio = ratios.length
    ? `**${median(ratios).toFixed(2)}×** (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : '';
  const size = payload >= 1024 ? `${payload / 1024} KiB` : `${payload} B`;
  if (ratios.length) judged.push(`${size} ${median(ratios).toFixed(2)}×: ${median(ratios) >= 1 ? 'met' : '**not met**'}`);
  const d = scores('ourDissector');
  console.log(`| ${size} | ${cell('ourFrameDecoder')} | ${cell('nettyDecoder')} | ${ratio} | ${d.length ? fmt(median(d) * frames) : ''} |`);
}
console.log(`\nAgainst issue 12's target (at least Netty's speed at every size, median ratio): ${judged.join('; ')}.`);
