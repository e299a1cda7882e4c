/**
 * Standing questions with a change feed (issue 17, docs/adr/0013): a token saves a question ({@link WatchKind}: an
 * exposure above a threshold, a new path between two entities, an entity in the top of the ranking, any claim
 * touching an entity); after each new graph version the analysis projection publishes, every saved question is asked
 * again once, off the request path, and each whose answer changed emits one {@link WatchEvent} with the new answer,
 * the old one and the claims that caused the change. Events are kept in a feed numbered in order (a client that was
 * away catches up from its last event id) and pushed to live subscribers. {@link WatchService} is the face; the
 * questions are asked through the analysis' face, the watches and events kept in Neo4j through the data layer.
 */
package org.ecograph.watch;
