// A live-inspector client as a browser runs it: connects to the manager's STOMP endpoint with the
// access token in the CONNECT frame, subscribes to one project's log topic and prints one JSON line
// per frame: {"connected":true}, each event as it came, or {"error":"..."} for an ERROR frame.
// Usage: node stomp-watch.mjs ws://localhost:8000/ws <accessToken> <projectId>
import { Client } from '@stomp/stompjs';
import WebSocket from 'ws';

const [url, token, projectId] = process.argv.slice(2);
const client = new Client({
  webSocketFactory: () => new WebSocket(url),
  connectHeaders: { Authorization: `Bearer ${token}` },
  reconnectDelay: 0,
  onConnect: () => {
    client.subscribe(`/topic/projects/${projectId}/logs`, (message) => console.log(message.body));
    console.log(JSON.stringify({ connected: true }));
  },
  onStompError: (frame) => console.log(JSON.stringify({ error: frame.headers.message })),
  onWebSocketClose: () => process.exit(0),
});
client.activate();
