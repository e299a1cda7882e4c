package org.ecograph;

import java.util.List;
import java.util.function.Supplier;

import org.ecograph.backup.ExportCommand;
import org.ecograph.command.ConnectedCommand;
import org.ecograph.ingest.LoadCommand;
import org.ecograph.ingest.SeedArchiveCommand;
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
 * {@code java -jar ecograph.jar export <folder>} writes a backup that {@code load <folder>} restores;
 * {@code java -jar ecograph.jar seed-archive <file.zip>} packs the store a first start begins from (the build runs it).
 * Spring Boot's default user (whose generated password it would log) is off: callers authenticate with API tokens.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class EcographApplication {

	/** The jar's commands, each selected by its name as the first argument. */
	private static final List<Supplier<? extends ConnectedCommand>> COMMANDS = List.of(LoadCommand::new,
			TokenCommand::new, ExportCommand::new, SeedArchiveCommand::new);

	public static void main(String[] args) {
		ConnectedCommand.selectedBy(args, COMMANDS)
			.ifPresentOrElse(command -> System.exit(command.execute(EcographApplication.class, args, System.out,
					System.err)), () -> SpringApplication.run(EcographApplication.class, args));
	}

}
