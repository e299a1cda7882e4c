// V0027: saved questions (watches) and their change feed (docs/adr/0013). Every lookup the watches make is a seek:
// a watch by id or by its token, the feed of one token from a cursor (owner, then an ordered seek of seq), an event
// by its idempotency key, and the feed's sequence. Idempotent (IF NOT EXISTS).

CREATE CONSTRAINT watch_id_unique IF NOT EXISTS FOR (w:Watch) REQUIRE w.id IS UNIQUE;
CREATE INDEX watch_owner IF NOT EXISTS FOR (w:Watch) ON (w.owner);

// One event per watch and graph version: replaying a version finds the event already there.
CREATE CONSTRAINT watch_event_key_unique IF NOT EXISTS FOR (e:WatchEvent) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT watch_event_seq_unique IF NOT EXISTS FOR (e:WatchEvent) REQUIRE e.seq IS UNIQUE;
CREATE INDEX watch_event_owner_seq IF NOT EXISTS FOR (e:WatchEvent) ON (e.owner, e.seq);
CREATE INDEX watch_event_watch IF NOT EXISTS FOR (e:WatchEvent) ON (e.watchId);

CREATE CONSTRAINT watch_event_sequence_id IF NOT EXISTS FOR (s:WatchEventSequence) REQUIRE s.id IS UNIQUE;
