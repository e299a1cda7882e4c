package org.ecograph.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * An operator who raises a limit gets a {@code limits} answer that says so, and with it an explorer that allows it.
 * A GraphQL slice: the schema with its wiring (scalars) and the vocabulary controller, nothing that needs the
 * database.
 */
@GraphQlTest(properties = { "ecograph.api.max-hops=9", "ecograph.api.max-subgraph-limit=20000" },
		useDefaultFilters = false, includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE,
				classes = { VocabularyController.class, RuntimeWiringConfigurer.class }))
class VocabularyLimitsConfiguredTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void answersTheLimitsAsConfiguredByProperties() {
		GraphQlTester.Response response = this.graphQlTester.documentName("vocabulary-limits").execute();
		response.errors().verify();
		response.path("limits.maxHops").entity(Integer.class).isEqualTo(9);
		response.path("limits.maxSubgraphLimit").entity(Integer.class).isEqualTo(20000);
		response.path("limits.maxK").entity(Integer.class).isEqualTo(20);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ApiLimits.class)
	static class Limits {

	}

}
