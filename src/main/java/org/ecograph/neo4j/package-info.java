/**
 * The Neo4j runtime: an embedded Neo4j 5 server started as a Spring bean (real Bolt on localhost, data on
 * disk), or, with {@code ecograph.neo4j.embedded=false}, Spring Boot's own driver configuration pointing at an
 * external server or cluster ({@code spring.neo4j.uri}).
 */
package org.ecograph.neo4j;
