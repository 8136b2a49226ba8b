// Drives Debian's Chromium (headless, through playwright-core) to talk to the echo server with
// permessage-deflate, and records a HAR of the browser context.
// Usage: NODE_PATH=<folder with playwright-core> node chromium-echo.cjs PORT HAR_OUT
const { chromium } = require('playwright-core');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

(async () => {
  const [port, harOut] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wsi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    recordHar: { path: harOut },
  });
  const page = context.pages()[0] || await context.newPage();
  // The page comes from a small HTTP server of this script on another port (the echo server speaks
  // WebSocket only), so the capture of the echo port holds the WebSocket alone, with a real Origin.
  const pageServer = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>echo</title>');
  });
  await new Promise((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${pageServer.address().port}/`);
  const log = await page.evaluate((port) => new Promise((resolve, reject) => {
    const seen = [];
    const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
    ws.binaryType = 'arraybuffer';
    const outgoing = [
      'Hello',
      'Привет, WebSocket!',
      'permessage-deflate squeezes repetition: ' + 'echo '.repeat(40),
      new Uint8Array([0, 1, 2, 3, 254, 255]).buffer,
    ];
    ws.onopen = () => { seen.push('open ' + ws.extensions); ws.send(outgoing.shift()); };
    ws.onmessage = (e) => {
      seen.push(typeof e.data === 'string' ? e.data : 'binary ' + e.data.byteLength);
      if (outgoing.length > 0) ws.send(outgoing.shift()); else ws.close(1000, 'done');
    };
    ws.onclose = (e) => { seen.push('close ' + e.code); resolve(seen); };
    ws.onerror = () => reject(new Error('WebSocket error'));
    setTimeout(() => reject(new Error('timed out')), 10000);
  }), port);
  console.log(log.join('\n'));
  await context.close();
  pageServer.close();
})().catch((e) => { console.error(e); process.exit(1); });
