package org.ecograph;

import org.ecograph.ingest.LoadCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Ecograph: a graph knowledge base of an industry ecosystem, served over GraphQL.
 * <p>
 * {@code java -jar ecograph.jar} serves the API; {@code java -jar ecograph.jar load <path>...} runs the
 * steward's script loader and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EcographApplication {

	public static void main(String[] args) {
		if (LoadCommand.isLoadInvocation(args)) {
			System.exit(LoadCommand.run(EcographApplication.class, args));
		}
		SpringApplication.run(EcographApplication.class, args);
	}

}
