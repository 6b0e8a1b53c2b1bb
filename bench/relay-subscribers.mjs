// Subscriber fleet of bench/relay.sh: N STOMP clients on the manager's /ws, each subscribed to a
// project's log topic. Raw frames over `ws` (a full STOMP parser in JS would cost more CPU than
// the relay under test). Each event's latency is its arrival at the client minus the `timestamp`
// the engine stamped on the mock call. Events whose call falls in the measured window count.
// Usage: node relay-subscribers.mjs <ws-url> <token> <projectIds,comma> <clients> <warmupS> <measureS>
// Prints "ready" once every client is CONNECTED and has sent SUBSCRIBE, then one JSON summary line.
import WebSocket from 'ws';

const [url, token, projectList, clientsArg, warmupArg, measureArg] = process.argv.slice(2);
const projects = projectList.split(',');
const clients = Number(clientsArg);
const start = Date.now();
const from = start + Number(warmupArg) * 1000;
const to = from + Number(measureArg) * 1000;
const latencies = new Uint32Array(60_001); // ms histogram, last slot is ">= 60 s"
const received = new Array(clients).fill(0);
let errors = 0;
let ready = 0;

const TIMESTAMP = '"timestamp":"';

function onFrame(i, frame) {
  if (frame.startsWith('MESSAGE')) {
    const at = frame.indexOf(TIMESTAMP);
    const called = Date.parse(frame.substring(at + TIMESTAMP.length, frame.indexOf('"', at + TIMESTAMP.length)));
    if (called >= from && called < to) {
      received[i]++;
      latencies[Math.min(latencies.length - 1, Math.max(0, Date.now() - called))]++;
    }
  } else if (frame.startsWith('CONNECTED')) {
    return true;
  } else if (frame.startsWith('ERROR')) {
    errors++;
    console.error(frame);
  }
  return false;
}

for (let i = 0; i < clients; i++) {
  const socket = new WebSocket(url);
  socket.on('open', () =>
    socket.send(`CONNECT\naccept-version:1.2\nheart-beat:0,0\nAuthorization:Bearer ${token}\n\n\0`));
  socket.on('message', (data) => {
    for (const frame of data.toString().split('\0')) {
      if (onFrame(i, frame.replace(/^\n+/, ''))) {
        socket.send(`SUBSCRIBE\nid:0\ndestination:/topic/projects/${projects[i % projects.length]}/logs\n\n\0`);
        if (++ready === clients) console.log('ready');
      }
    }
  });
  socket.on('error', (e) => { errors++; console.error(e.message); });
}

function percentile(p, total) {
  let seen = 0;
  for (let ms = 0; ms < latencies.length; ms++) {
    seen += latencies[ms];
    if (seen >= p * total) return ms;
  }
  return NaN;
}

setTimeout(() => {
  const total = received.reduce((a, b) => a + b, 0);
  console.log(JSON.stringify({
    clients, frames: total, framesPerSecond: Math.round(total / Number(measureArg)),
    perClientMin: Math.min(...received), perClientMax: Math.max(...received),
    p50Ms: percentile(0.5, total), p99Ms: percentile(0.99, total), maxMs: percentile(1, total), errors,
  }));
  process.exit(0);
}, to - start + 3000);
