// Turns DecoderVsNettyBenchmark's JMH JSON results into the Markdown table of BENCHMARKS.md: per payload size,
// frames/s and MB/s of wire for our FrameDecoder (with unmasking) and Netty's WebSocket08FrameDecoder, the
// ratio, and our whole Dissector for reference.  node jmh-table.js RESULTS.json
'use strict';
const results = require(require('path').resolve(process.argv[2]));
const STREAM = 4 << 20; // DecoderVsNettyBenchmark.STREAM_BYTES: the stream decoded per operation

function wireLength(payload) {
  return payload + 4 + (payload < 126 ? 2 : payload < 65536 ? 4 : 10); // masked frames (RFC 6455 §5.2)
}

const by = new Map();
for (const r of results) {
  const name = r.benchmark.replace(/.*\./, '');
  const payload = Number(r.params.payload);
  if (!by.has(payload)) by.set(payload, {});
  by.get(payload)[name] = r.primaryMetric;
}
const fmt = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0));
console.log('| payload | our FrameDecoder + unmask: frames/s (MB/s) | Netty WebSocket08FrameDecoder: frames/s (MB/s) | ours ÷ Netty | our whole Dissector: frames/s |');
console.log('|---|---|---|---|---|');
for (const [payload, m] of [...by].sort((a, b) => a[0] - b[0])) {
  const len = wireLength(payload);
  const frames = Math.floor(STREAM / len);
  const cell = (metric) => (metric
    ? `${fmt(metric.score * frames)} (${((metric.score * frames * len) / 1e6).toFixed(0)}) ±${((metric.scoreError / metric.score) * 100).toFixed(0)}%`
    : 'not run');
  const ratio = m.ourFrameDecoder && m.nettyDecoder ? `**${(m.ourFrameDecoder.score / m.nettyDecoder.score).toFixed(2)}×**` : '';
  const size = payload >= 1024 ? `${payload / 1024} KiB` : `${payload} B`;
  console.log(`| ${size} | ${cell(m.ourFrameDecoder)} | ${cell(m.nettyDecoder)} | ${ratio} | ${m.ourDissector ? fmt(m.ourDissector.score * frames) : ''} |`);
}
