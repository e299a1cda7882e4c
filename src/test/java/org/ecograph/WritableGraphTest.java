package org.ecograph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test against the whole application on a seeded embedded Neo4j of its own that tests may write to (tokens,
 * steward mutations). All classes with this annotation share one context, hence one store, apart from the read-only
 * {@link SeededGraphTest} one: each test writes only what it creates itself (ids of its own) or restores what it
 * changed, so tests do not depend on each other's order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "ecograph.neo4j.home=target/neo4j-tests/writable-${random.uuid}",
		"ecograph.neo4j.bolt-port=0",
		// the first mutation after start plans the validation rules' queries: on a loaded 2-core machine (tests in
		// parallel forks) that alone can pass the default 10 s; the timeout itself is held by QueryTimeoutTests
		"ecograph.neo4j.query-timeout=60s",
		// tests compare rankings right after their writes: one ranking per version, as RankingCacheTests holds the
		// interval itself
		"ecograph.analysis.ranking-interval=0s",
		// the fair-limits tests take every slot themselves, so a refusal waits out the busy wait: 100 ms, not 2 s
		"ecograph.api.request.busy-wait=100ms" })
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
public @interface WritableGraphTest {

}
