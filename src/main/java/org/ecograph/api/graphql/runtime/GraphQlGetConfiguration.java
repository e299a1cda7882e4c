package org.ecograph.api.graphql.runtime;

import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes {@code GET /graphql} to the {@link GraphQlGetHandler}, ahead of Spring for GraphQL's own route, which answers
 * every GET with 405 (it reads requests from a POST body only).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlGetConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRoute(WebGraphQlHandler graphQl, Documents documents,
			PersistedDocuments persisted, GraphVersions versions, Transactions transactions, JsonMapper json,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		GraphQlGetHandler handler = new GraphQlGetHandler(graphQl, documents, persisted, versions, transactions, json);
		return RouterFunctions.route().GET(path, handler::handle).build();
	}

}
