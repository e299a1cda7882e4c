package org.ecograph.ingest;

import java.nio.file.Path;
import java.util.List;

import org.ecograph.CapturesTheLog;
import org.ecograph.EcographApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start logs where its time went, at INFO: the server, the scripts, Spring, and once the analysis projection
 * is in memory the same with the projection; and a clean start logs no WARN or ERROR.
 */
@CapturesTheLog
class StartupTimelineTests {

	@Test
	void aFirstStartLogsItsTimelineUpToTheAnalysisAndNoWarning(@TempDir Path home, CapturedOutput output)
			throws InterruptedException {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EcographApplication.class)
			.web(WebApplicationType.NONE)
			.run("--ecograph.neo4j.home=" + home, "--ecograph.neo4j.bolt-port=0", "--spring.main.banner-mode=off")) {
			long deadline = System.nanoTime() + 120_000_000_000L;
			while (timeline(output).size() < 2 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			List<String> timeline = timeline(output);

			assertThat(timeline).hasSize(2);
			assertThat(timeline.get(0)).contains(" INFO ")
				.containsPattern("serving \\d+\\.\\d s after the application started \\(\\d+\\.\\d s after the JVM\\): "
						+ "embedded Neo4j \\d+\\.\\d s.*, bundled scripts loaded \\d+\\.\\d s, Spring, GraphQL schema "
						+ "and web server \\d+\\.\\d s$");
			assertThat(timeline.get(1)).contains(" INFO ")
				.containsPattern("analysis ready \\d+\\.\\d s after the application started .*embedded Neo4j .*"
						+ "bundled scripts loaded .*, analysis projection \\(graph version \\d+\\) \\d+\\.\\d s$");
			assertThat(output.getOut().lines().filter(line -> line.matches(".* (WARN|ERROR) .*")))
				.as("a clean start warns of nothing").isEmpty();
		}
	}

	private static List<String> timeline(CapturedOutput output) {
		return output.getOut().lines().filter(line -> line.contains(StartupTimeline.PREFIX)).toList();
	}

}
