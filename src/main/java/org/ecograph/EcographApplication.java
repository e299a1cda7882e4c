package org.ecograph;

import org.ecograph.backup.ExportCommand;
import org.ecograph.ingest.LoadCommand;
import org.ecograph.security.TokenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Ecograph: a graph knowledge base of an industry ecosystem, served over GraphQL.
 * <p>
 * {@code java -jar ecograph.jar} serves the API; {@code java -jar ecograph.jar load <path>...} runs the
 * steward's script loader and exits; {@code java -jar ecograph.jar token create|list|revoke ...} manages API tokens;
 * {@code java -jar ecograph.jar export <folder>} writes a backup that {@code load <folder>} restores.
 * Spring Boot's default user (whose generated password it would log) is off: callers authenticate with API tokens.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class EcographApplication {

	public static void main(String[] args) {
		if (LoadCommand.isLoadInvocation(args)) {
			System.exit(LoadCommand.run(EcographApplication.class, args));
		}
		if (TokenCommand.isTokenInvocation(args)) {
			System.exit(TokenCommand.run(EcographApplication.class, args));
		}
		if (ExportCommand.isExportInvocation(args)) {
			System.exit(ExportCommand.run(EcographApplication.class, args));
		}
		SpringApplication.run(EcographApplication.class, args);
	}

}
