package org.ecograph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.ecograph.data.DriverQueryCounter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on a fresh embedded Neo4j that the bundled scripts seeded at start-up. All
 * classes with this annotation share one application context, hence one store: such tests only read the graph.
 * Tests that write use a store of their own. The {@link DriverQueryCounter} lets tests count the queries an operation
 * sends to Neo4j (e.g. to prove batch loading), so the analysis does not poll the graph version in the background
 * (nothing else writes to this store; requests still check it); {@code MockMvc} drives the plain HTTP endpoints (the exports).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "ecograph.neo4j.home=target/neo4j-tests/seeded-${random.uuid}",
		"ecograph.neo4j.bolt-port=0", "ecograph.analysis.refresh-interval=1h",
		// the guard tests take every slot themselves, so a refusal waits out the busy wait: 100 ms, not 2 s
		"ecograph.api.request.busy-wait=100ms" })
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
@Import(DriverQueryCounter.class)
public @interface SeededGraphTest {

}
