package org.ecograph.api.guard;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL WebSocket handler at {@code spring.graphql.websocket.path}, as Spring Boot would make it, but keeping
 * each connection's session among its own attributes, so that {@link WebSocketTokenInterceptor} can close a refused
 * connection with a reason saying what was wrong (Spring for GraphQL closes it with a bare "Unauthorized").
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("spring.graphql.websocket.path")
class WebSocketConfiguration {

	/** The session attribute holding the connection's own session. */
	static final String SESSION = WebSocketConfiguration.class.getName() + ".session";

	@Bean
	GraphQlWebSocketHandler sessionKeepingGraphQlWebSocketHandler(WebGraphQlHandler handler,
			GraphQlProperties properties, GraphQlCorsProperties cors, JsonMapper json) {
		GraphQlProperties.Websocket websocket = properties.getWebsocket();
		return new SessionKeepingHandler(handler, new JacksonJsonHttpMessageConverter(json),
				websocket.getConnectionInitTimeout(), websocket.getKeepAlive(), cors);
	}

	private static final class SessionKeepingHandler extends GraphQlWebSocketHandler {

		SessionKeepingHandler(WebGraphQlHandler handler, JacksonJsonHttpMessageConverter converter,
				java.time.Duration initTimeout, java.time.Duration keepAlive, GraphQlCorsProperties cors) {
			super(handler, converter, initTimeout, keepAlive, cors.toCorsConfiguration());
		}

		@Override
		public void afterConnectionEstablished(WebSocketSession session) {
			session.getAttributes().put(SESSION, session);
			super.afterConnectionEstablished(session);
		}

	}

}
