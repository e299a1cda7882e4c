package org.ecograph.explorer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the offline GraphiQL page at {@code /graphiql} (Spring for GraphQL's own page loads React and GraphiQL from a
 * CDN, so it is switched off with {@code spring.graphql.graphiql.enabled=false}) and puts the pages under a
 * same-origin-only {@link OfflinePagePolicy}. The explorer's {@code static/index.html} is Spring Boot's welcome page at
 * {@code /}.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
		registry.addRedirectViewController("/graphiql/", "/graphiql");
	}

	@Bean
	FilterRegistrationBean<OfflinePagePolicy> offlinePagePolicy() {
		FilterRegistrationBean<OfflinePagePolicy> registration = new FilterRegistrationBean<>(new OfflinePagePolicy());
		registration.addUrlPatterns("/*");
		return registration;
	}

}
