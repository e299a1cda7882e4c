package org.ecograph.api.graphql.runtime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;

/**
 * Turns off Spring for GraphQL's adaptation of Spring Data {@code Window}/{@code Slice} results to connection types.
 * The API builds its connections itself (with {@code totalCount}); the adaptation would also replace the null of a
 * failed {@code ...Connection!} field with an empty connection, adding a spurious "non null field returned null"
 * error to every BAD_REQUEST on a listing (spring-projects/spring-graphql#1295). Spring Boot adds the adaptation only
 * when the cursor strategy supports {@link ScrollPosition}; this one supports nothing.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionConfiguration {

	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
		return CursorStrategy.withEncoder(new NoCursorStrategy(), CursorEncoder.noOpEncoder());
	}

	private static final class NoCursorStrategy implements CursorStrategy<ScrollPosition> {

		@Override
		public boolean supports(Class<?> targetType) {
			return false;
		}

		@Override
		public String toCursor(ScrollPosition position) {
			throw new UnsupportedOperationException("The API builds its own cursors");
		}

		@Override
		public ScrollPosition fromCursor(String cursor) {
			throw new UnsupportedOperationException("The API builds its own cursors");
		}

	}

}
