package dev.mockapi.manager.routetable;

/**
 * This installation: its database, whose id the V2 migration generated once. Every route table
 * carries it, so that a manager sharing Redis with another installation removes only its own.
 */
record Installation(String id) {}
