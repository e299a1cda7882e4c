package org.ecograph.explorer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.ecograph.RunsBesideOtherTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.json.Json;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL at {@code /graphiql}: served from the jar, it introspects the schema and documents it, offline. */
@RunsBesideOtherTests
class GraphiqlBrowserIT extends BrowserTestSupport {

	@Test
	void loadsFromThisServerAndDocumentsTheSchema() throws IOException {
		driver.get(url("/graphiql"));
		visible(By.cssSelector(".graphiql-container"));
		assertThat(visible(By.cssSelector(".graphiql-query-editor")).getText()).contains("influencePaths");

		visible(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
		waiting().until(d -> d.findElement(By.cssSelector(".graphiql-doc-explorer")).getText().contains("Query"));
		visible(By.cssSelector(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name")).click();
		waiting().until(d -> d.findElement(By.cssSelector(".graphiql-doc-explorer")).getText().contains("subgraph"));
		assertThat(driver.findElement(By.cssSelector(".graphiql-doc-explorer")).getText())
			.contains("influencePaths")
			.contains("Full-text search over names and aliases");
		screenshot("10-graphiql-docs");
	}

	@Test
	void sendsTheExplorerAndGraphiqlWithASameOriginOnlyPolicy() throws IOException, InterruptedException {
		driver.get(url("/graphiql"));
		visible(By.cssSelector(".graphiql-container"));
		HttpClient http = HttpClient.newHttpClient();
		for (String page : new String[] { "/", "/graphiql" }) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(page))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Security-Policy")).contains(OfflinePagePolicy.POLICY);
			assertThat(response.body()).doesNotContain("https://").doesNotContain("http://");
		}
	}

	@Test
	void answersTheStandardIntrospectionQueryOverHttp() throws IOException, InterruptedException {
		driver.get(url("/graphiql"));
		visible(By.cssSelector(".graphiql-container"));
		String query = new ClassPathResource("graphql-test/introspection-graphql-js.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		String body = new Json().toJson(Map.of("query", query));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/graphql")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("\"errors\"").contains("\"queryType\":{\"name\":\"Query\"");
	}

}
