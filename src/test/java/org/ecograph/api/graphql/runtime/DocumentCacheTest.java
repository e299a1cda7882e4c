package org.ecograph.api.graphql.runtime;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each distinct document is parsed and validated once; the cache keeps only the most recently used. */
class DocumentCacheTest {

	@Test
	void parsesEachDocumentOnceAndForgetsTheLeastRecentlyUsed() throws Exception {
		DocumentCacheConfiguration.DocumentCache cache = new DocumentCacheConfiguration.DocumentCache(2,
				new Documents(new DocumentLimits(200000, 15000, 200, 5000, 50)));
		AtomicInteger parsed = new AtomicInteger();
		java.util.function.Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
			parsed.incrementAndGet();
			return new PreparsedDocumentEntry(Document.newDocument().build());
		};

		PreparsedDocumentEntry first = cache.getDocumentAsync(input("{ a }"), parse).get();
		PreparsedDocumentEntry again = cache.getDocumentAsync(input("{ a }"), parse).get();
		cache.getDocumentAsync(input("{ b }"), parse).get();
		cache.getDocumentAsync(input("{ c }"), parse).get();
		cache.getDocumentAsync(input("{ a }"), parse).get();

		assertThat(again).isSameAs(first);
		assertThat(parsed).hasValue(4);
		assertThat(cache.size()).isEqualTo(2);
	}

	private static ExecutionInput input(String query) {
		return ExecutionInput.newExecutionInput(query).build();
	}

}
