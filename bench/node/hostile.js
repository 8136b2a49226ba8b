// Hostile clients against an echo server, for bench/proof.sh. Each scenario does one thing a careless or
// malicious client does, watches what the server answers (HTTP status, close code, or nothing), checks that a
// fresh client can still connect and echo meanwhile, and reads the server's resident memory from /proc.
// Prints one Markdown table row per scenario.
//   node hostile.js URL SERVER_PID [OBSERVE_SECONDS]
// HOSTILE_ONLY=a,b runs only those scenarios, HOSTILE_SKIP=a,b all but those (names as in main()).
'use strict';
const net = require('net');
const zlib = require('zlib');
const fs = require('fs');
const WebSocket = require('ws');

const [url, pidArg, observeArg = '15'] = process.argv.slice(2);
const { hostname: host, port: portText } = new URL(url);
const port = Number(portText);
const pid = Number(pidArg);
const OBSERVE = Number(observeArg) * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => Number(process.hrtime.bigint() / 1000000n);

function rssMiB() {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return Math.round(Number(line.split(/\s+/)[1]) / 1024);
  } catch (e) {
    return NaN; // the server is gone
  }
}

function request(extra = '') {
  return `GET / HTTP/1.1\r\nHost: ${host}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n`
    + `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`;
}

/** A masked client frame (key 0: legal, RFC 6455 §5.3 only asks for a key, and it leaves the payload as is). */
function frame(firstByte, payload) {
  const n = payload.length;
  const head = n < 126 ? Buffer.from([firstByte, 0x80 | n])
    : n < 65536 ? Buffer.from([firstByte, 0x80 | 126, n >> 8, n & 0xff])
      : Buffer.concat([Buffer.from([firstByte, 0x80 | 127]), bigLength(BigInt(n))]);
  return Buffer.concat([head, Buffer.alloc(4), payload]);
}

function bigLength(n) {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
}

/**
 * A raw connection that records what the server sends: the HTTP status, then the close code of its close frame.
 * paused: the client never reads (the kernel's receive buffer fills, then the server's send does).
 */
function raw({ paused = false } = {}) {
  const c = { received: [], status: null, closeCode: null, ended: false, endedAt: 0, error: null };
  c.socket = net.connect(port, host);
  c.socket.setNoDelay(true);
  c.connected = new Promise((resolve) => c.socket.once('connect', resolve));
  c.bytes = 0;
  c.socket.on('data', (d) => {
    c.received.push(d);
    c.bytes += d.length;
  });
  c.socket.on('error', (e) => { c.error = e.code; });
  c.headSeen = new Promise((resolve) => {
    const look = () => {
      if (Buffer.concat(c.received).includes('\r\n\r\n')) {
        c.socket.off('data', look);
        resolve();
      }
    };
    c.socket.on('data', look); // after the listener above, which keeps the bytes
  });
  c.closed = new Promise((resolve) => c.socket.once('close', () => {
    c.ended = true;
    c.endedAt = now();
    resolve();
  }));
  if (paused) {
    c.socket.pause();
  }
  c.parse = () => parse(c);
  return c;
}

/** Reads the status line and, after the head, the server's frames up to its close frame. */
function parse(c) {
  const all = Buffer.concat(c.received);
  const text = all.toString('latin1');
  const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
  c.status = status ? Number(status[1]) : null;
  const headEnd = text.indexOf('\r\n\r\n');
  let i = headEnd < 0 ? all.length : headEnd + 4;
  c.frames = 0;
  while (c.status === 101 && i + 2 <= all.length) {
    const op = all[i] & 0x0f;
    let len = all[i + 1] & 0x7f;
    let at = i + 2;
    if (len === 126) {
      if (at + 2 > all.length) break;
      len = all.readUInt16BE(at);
      at += 2;
    } else if (len === 127) {
      if (at + 8 > all.length) break;
      len = Number(all.readBigUInt64BE(at));
      at += 8;
    }
    if (at + len > all.length) break;
    if (op === 8) {
      c.closeCode = len >= 2 ? all.readUInt16BE(at) : 1005;
      break;
    }
    c.frames++;
    i = at + len;
  }
  return c;
}

async function handshake(c, extra = '') {
  await Promise.race([c.connected, c.closed]);
  c.socket.write(request(extra));
  await Promise.race([c.headSeen, c.closed, sleep(5000)]);
  return parse(c).status;
}

/** Writes as fast as the socket drains, until the server closes, the time is up, or it stops draining for 1 s. */
async function flood(c, next, ms) {
  const end = now() + ms;
  const heard = c.bytes;
  let sent = 0;
  let stalled = false;
  // Stop writing once the server says anything (its close frame): writing on would earn a reset that can lose it.
  while (!c.ended && now() < end && c.bytes === heard) {
    if (!c.socket.write(next(sent))) {
      const drained = await Promise.race([new Promise((r) => c.socket.once('drain', () => r(true))),
        sleep(1000).then(() => false), c.closed.then(() => false)]);
      if (!drained && !c.ended) {
        stalled = true; // the server stopped reading from us: wait for what it does next
        await Promise.race([c.closed, sleep(Math.max(0, end - now()))]);
        break;
      }
    }
    sent++;
  }
  return { sent, stalled };
}

/** A fresh, well-behaved client: connect, send one 128-byte text, check its echo. Milliseconds, or a failure. */
function freshEcho() {
  return new Promise((resolve) => {
    const start = now();
    const text = 'fresh '.padEnd(128, 'y');
    const ws = new WebSocket(url, { perMessageDeflate: false, handshakeTimeout: 5000 });
    const timer = setTimeout(() => { ws.terminate(); resolve('no echo within 5 s'); }, 5000);
    ws.on('open', () => ws.send(text));
    ws.on('message', (d) => {
      clearTimeout(timer);
      const ms = now() - start;
      ws.close(1000);
      resolve(d.toString() === text ? `${ms} ms` : 'wrong echo');
    });
    ws.on('error', (e) => { clearTimeout(timer); resolve(`failed: ${e.message}`); });
  });
}

function outcome(c, started) {
  parse(c);
  const when = c.ended ? ` after ${((c.endedAt - started) / 1000).toFixed(1)} s` : '';
  if (c.closeCode !== null) return `close ${c.closeCode}${when}`;
  if (c.status !== null && c.status !== 101) return `HTTP ${c.status}${c.ended ? `, closed${when}` : ''}`;
  if (c.ended) return `closed without a close frame${when}${c.error ? ` (${c.error})` : ''}`;
  return 'still open';
}

const rows = [];
const targets = [];
function row(name, did, result, fresh, rssBefore) {
  const rss = rssMiB();
  rows.push(`| ${name} | ${did} | ${result} | ${fresh} | ${rss} MiB (${rss - rssBefore >= 0 ? '+' : ''}${rss - rssBefore}) |`);
  console.error(rows[rows.length - 1]);
}

function tally(conns, started) {
  const counts = new Map();
  for (const c of conns) {
    const o = outcome(c, started).replace(/ after [\d.]+ s/, '');
    counts.set(o, (counts.get(o) || 0) + 1);
  }
  const times = conns.filter((c) => c.ended).map((c) => c.endedAt - started).sort((a, b) => a - b);
  const median = times.length ? `, median ${(times[times.length >> 1] / 1000).toFixed(1)} s` : '';
  return [...counts].map(([o, n]) => `${n}× ${o}`).join(', ') + median;
}

async function slowloris() {
  const before = rssMiB();
  const started = now();
  const conns = Array.from({ length: 50 }, () => raw());
  await Promise.all(conns.map((c) => c.connected));
  const head = request('').slice(0, -2); // never the blank line that ends the head
  let fresh = '';
  for (let i = 0; now() - started < OBSERVE && conns.some((c) => !c.ended); i++) {
    for (const c of conns.filter((x) => !x.ended)) {
      c.socket.write(i < head.length ? head[i] : 'X');
    }
    if (i === 5) fresh = await freshEcho();
    await sleep(1000);
  }
  row('slowloris', `50 connections, one byte of the head per second for ${OBSERVE / 1000} s`, tally(conns, started),
    fresh, before);
  conns.forEach((c) => c.socket.destroy());
}

/** Runs the jobs (functions returning promises), at most {@code width} at a time, until all have settled. */
async function inParallel(jobs, width) {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      await jobs[next++]();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

async function abandoned() {
  const before = rssMiB();
  const started = now();
  const pending = [];
  const idle = [];
  // Opened side by side, 400 at a time, half heads and handshakes interleaved: what the check below wants is all
  // 4,000 held at once, so opening must take less than the server's handshake time limit.
  const halfHead = async () => {
    const c = raw();
    pending.push(c);
    await Promise.race([c.connected, c.closed, sleep(5000)]);
    c.socket.write('GET / HTTP/1.1\r\nHost: x\r\n'); // and never the rest
  };
  const handshaken = async () => {
    const c = raw();
    idle.push(c);
    await handshake(c);
  };
  await inParallel(Array.from({ length: 4000 }, (_, i) => (i % 2 ? handshaken : halfHead)), 400);
  const heldAt = now();
  const pendingOpen = pending.filter((c) => !c.ended).length;
  const fresh = await freshEcho();
  const rssHeld = rssMiB();
  await sleep(OBSERVE);
  const accepted = idle.filter((c) => c.status === 101).length;
  const heldAtCheck = pendingOpen + accepted;
  const freshMs = /^(\d+) ms$/.exec(fresh);
  targets.push(`4,000 connections (2,000 half heads, 2,000 idle): ${heldAtCheck.toLocaleString('en')} held when the fresh client tried `
    + `(all 4,000 wanted): ${heldAtCheck >= 4000 ? 'met' : '**not met**'}; the fresh client connected and echoed in ${fresh} `
    + `(within 1 s wanted): ${freshMs && Number(freshMs[1]) <= 1000 ? 'met' : '**not met**'}; memory grew by ${rssHeld - before} MiB `
    + `(under 256 MiB wanted): ${rssHeld - before < 256 ? 'met' : '**not met**'}`);
  row('4,000 abandoned and idle', `2,000 connections with half a head, 2,000 idle after a 101, opened in ${((heldAt - started) / 1000).toFixed(1)} s, held ${OBSERVE / 1000} s`,
    `half heads: ${tally(pending, started)}; handshakes: ${accepted}× 101, then ${tally(idle, started)}; RSS while held ${rssHeld} MiB`,
    fresh, before);
  [...pending, ...idle].forEach((c) => c.socket.destroy());
}

async function hugeLength() {
  const before = rssMiB();
  const c = raw();
  await handshake(c);
  const started = now();
  c.socket.write(Buffer.concat([Buffer.from([0x82, 0xff]), bigLength(1n << 62n), Buffer.alloc(4), Buffer.alloc(65536)]));
  const fresh = await freshEcho();
  await Promise.race([c.closed, sleep(OBSERVE)]);
  row('2^62 length', 'a binary frame announcing 2^62 bytes, then 64 KiB of them', outcome(c, started), fresh, before);
  c.socket.destroy();
}

async function endlessFragments() {
  const before = rssMiB();
  const c = raw();
  await handshake(c);
  const started = now();
  const first = frame(0x01, Buffer.from('a'));
  const rest = frame(0x00, Buffer.from('a'));
  const freshing = sleep(2000).then(freshEcho);
  const { sent } = await flood(c, (i) => (i === 0 ? first : rest), OBSERVE);
  await Promise.race([c.closed, sleep(2000)]);
  row('endless fragments', `a text message of 1-byte fragments never finished (${sent.toLocaleString('en')} sent)`,
    outcome(c, started), await freshing, before);
  c.socket.destroy();
}

async function neverReads(name, did, payload, opcode) {
  const before = rssMiB();
  const c = raw();
  await handshake(c);
  c.socket.pause();
  const started = now();
  const message = frame(opcode, payload);
  const freshing = sleep(3000).then(freshEcho);
  const { sent, stalled } = await flood(c, () => message, OBSERVE);
  const rss = rssMiB();
  c.socket.resume(); // now read what the server sent, to find its close frame if it sent one
  await Promise.race([c.closed, sleep(3000)]);
  row(name, `${did} (${sent.toLocaleString('en')} sent${stalled ? ', then the server stopped reading' : ''})`,
    `${outcome(c, started)}; RSS during ${rss} MiB`, await freshing, before);
  c.socket.destroy();
}

async function garbage() {
  const before = rssMiB();
  const c = raw();
  await c.connected;
  const started = now();
  c.socket.write(require('crypto').randomBytes(4096));
  await Promise.race([c.closed, sleep(OBSERVE)]);
  row('garbage handshake', '4 KiB of random bytes instead of a request', outcome(c, started), await freshEcho(), before);
  c.socket.destroy();
}

async function oversized() {
  const before = rssMiB();
  const c = raw();
  await c.connected;
  const started = now();
  c.socket.write(request('').slice(0, -2));
  const line = `X-Filler: ${'a'.repeat(8000)}\r\n`;
  const { sent } = await flood(c, () => line, OBSERVE);
  await Promise.race([c.closed, sleep(2000)]);
  row('oversized handshake', `a request head that never ends, 8 KB header lines (${(sent * 8).toLocaleString('en')} KB sent)`,
    outcome(c, started), await freshEcho(), before);
  c.socket.destroy();
}

async function deflateBomb() {
  const before = rssMiB();
  const c = raw();
  await handshake(c, 'Sec-WebSocket-Extensions: permessage-deflate\r\n');
  const agreed = /permessage-deflate/i.test(Buffer.concat(c.received).toString('latin1'));
  const inflated = 1 << 30;
  const z = zlib.createDeflateRaw({ level: 9 });
  const parts = [];
  z.on('data', (d) => parts.push(d));
  const chunk = Buffer.alloc(1 << 24);
  for (let i = 0; i < inflated / chunk.length; i++) {
    z.write(chunk);
  }
  await new Promise((r) => z.flush(zlib.constants.Z_SYNC_FLUSH, r));
  let compressed = Buffer.concat(parts);
  compressed = compressed.subarray(0, compressed.length - 4); // RFC 7692 §7.2.1: without the 00 00 ff ff tail
  const started = now();
  c.socket.write(frame(0xc2, compressed));
  const fresh = await freshEcho();
  await Promise.race([c.closed, sleep(OBSERVE)]);
  row('deflate bomb', `${agreed ? '' : '(deflate declined) '}one ${Math.round(compressed.length / 1024)} KiB compressed message inflating to 1 GiB`,
    outcome(c, started), fresh, before);
  c.socket.destroy();
}

async function main() {
  const scenarios = { slowloris, abandoned, hugeLength, endlessFragments,
    pingFlood: () => neverReads('ping flood, pongs never read', '125-byte pings as fast as the socket takes them, nothing read',
      Buffer.alloc(125, 1), 0x89),
    neverReadsEchoes: () => neverReads('a sender that never reads', '64 KiB binary messages as fast as the socket takes them, no echo read',
      Buffer.alloc(65536, 2), 0x82),
    garbage, oversized, deflateBomb };
  const skip = (process.env.HOSTILE_SKIP || '').split(',');
  const only = (process.env.HOSTILE_ONLY ? process.env.HOSTILE_ONLY.split(',') : Object.keys(scenarios))
    .filter((name) => !skip.includes(name));
  console.log('| scenario | what the client does | what the server did | a fresh client meanwhile: connect + echo | server RSS after (change) |');
  console.log('|---|---|---|---|---|');
  for (const name of only) {
    await scenarios[name]();
    await sleep(1000);
  }
  rows.forEach((r) => console.log(r));
  if (targets.length) {
    console.log('\nAgainst issue 12\'s target for abandoned connections:\n');
    targets.forEach((t) => console.log(`- ${t}`));
  }
  process.exit(0);
}

main();
