// The reference echo server for bench/proof.sh: node ws 8, every message echoed as it came (text or binary),
// no permessage-deflate (ws's own default for servers). Prints "listening PORT" when ready.
//   node ws-echo.js [PORT]
'use strict';
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[2] || 0), perMessageDeflate: false });
wss.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  ws.on('error', () => {});
});
wss.on('listening', () => console.log(`listening ${wss.address().port}`));
