/**
 * The live inspector's relay (DESIGN section 4): the manager PSUBSCRIBEs the engines' log channels
 * {@code mockapi:logs:*} and forwards each event, as it came, to the STOMP topic {@code
 * /topic/projects/{projectId}/logs} of its own in-memory broker. Channels are named by project key:
 * only a key of one of this installation's projects maps to a topic, so what another installation
 * sharing the Redis publishes is dropped ({@link ProjectChannels}). Every manager instance relays
 * to its own clients; nothing is shared between instances but Redis and the database.
 *
 * <p>Access is checked on frames, not on the handshake: the CONNECT frame carries the access token
 * (browsers cannot set headers on a WebSocket handshake), each SUBSCRIBE is allowed only for a
 * member of the project's organization, and clients may not SEND at all (the broker would otherwise
 * broadcast whatever they sent to any topic). A connection holds at most {@code
 * mockapi.limits.stomp-subscriptions-per-session} subscriptions, and a second SUBSCRIBE to a topic
 * it follows is dropped, so each event reaches a connection once. A refused frame gets an ERROR
 * frame and the connection closes. A client whose token expires is disconnected, and so is one
 * whose access to a project it follows ends ({@link RelaySessions}); it reconnects with a fresh
 * token and subscribes to what it may still read.
 *
 * <p>Each client's outgoing frames wait in a bounded queue of their own ({@link ClientSendQueue}),
 * so a slow browser never holds a sending thread nor grows memory without bound: past the limit the
 * oldest queued event is dropped and counted, and a write stuck past the time limit closes it.
 */
package dev.mockapi.manager.relay;
