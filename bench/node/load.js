// Echo load client for bench/proof.sh: N clients, each sends a 128-byte text message, waits for its echo,
// checks it byte for byte, sends the next. Warm-up, then a measured period; prints one JSON line:
//   {"clients":N,"connected":n,"roundTrips":…,"perSecond":…,"p50Ms":…,"p99Ms":…,"errors":…,"mismatches":…}
//   node load.js URL CLIENTS [SECONDS] [WARMUP_SECONDS]
'use strict';
const WebSocket = require('ws');

const [url, clientsArg, secondsArg = '10', warmupArg = '3'] = process.argv.slice(2);
const clients = Number(clientsArg);
const seconds = Number(secondsArg);
const warmup = Number(warmupArg);
const SIZE = 128;

let measuring = false;
let stopped = false;
let roundTrips = 0;
let errors = 0;
let mismatches = 0;
const latencies = [];
const sockets = [];

function message(id, n) {
  const head = `client ${id} message ${n} `;
  return head + 'x'.repeat(SIZE - head.length);
}

function startClient(id) {
  return new Promise((resolve) => {
    // No permessage-deflate: the three servers are compared on plain frames (ws offers deflate by default).
    const ws = new WebSocket(url, { perMessageDeflate: false });
    let n = 0;
    let expected = '';
    let sentAt = 0n;
    const sendNext = () => {
      if (stopped) {
        return;
      }
      expected = message(id, n++);
      sentAt = process.hrtime.bigint();
      ws.send(expected);
    };
    ws.on('open', () => {
      sockets.push(ws);
      resolve(true);
      sendNext();
    });
    ws.on('message', (data, isBinary) => {
      const took = process.hrtime.bigint() - sentAt;
      if (isBinary || data.toString('utf8') !== expected) {
        mismatches++;
      } else if (measuring) {
        roundTrips++;
        latencies.push(Number(took) / 1e6);
      }
      sendNext();
    });
    ws.on('error', () => {
      errors++;
      resolve(false);
    });
    ws.on('close', () => resolve(false));
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) {
    return 0;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function main() {
  let connected = 0;
  // Connect in waves of 100, as a class would arrive, not 1,000 SYNs at once into a 50-deep backlog.
  for (let i = 0; i < clients; i += 100) {
    const wave = [];
    for (let j = i; j < Math.min(clients, i + 100); j++) {
      wave.push(startClient(j));
    }
    connected += (await Promise.all(wave)).filter(Boolean).length;
  }
  await new Promise((r) => setTimeout(r, warmup * 1000));
  measuring = true;
  const start = process.hrtime.bigint();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  measuring = false;
  const took = Number(process.hrtime.bigint() - start) / 1e9;
  stopped = true;
  const sorted = Float64Array.from(latencies).sort();
  const result = {
    clients, connected, roundTrips, perSecond: Math.round(roundTrips / took),
    p50Ms: +percentile(sorted, 0.5).toFixed(3), p99Ms: +percentile(sorted, 0.99).toFixed(3), errors, mismatches,
  };
  console.log(JSON.stringify(result));
  for (const ws of sockets) {
    ws.close(1000);
  }
  setTimeout(() => process.exit(0), 2000).unref();
}

main();
