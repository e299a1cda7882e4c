package org.ecograph.security;

import java.io.PrintStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start of a store that has never had a token, creates the admin token {@value #NAME} and prints it
 * once to the console (standard output), not to the log: a log file is kept and shipped, the console of a first
 * start is seen by the person who started it. The log says only that it happened and the token's id. Runs after
 * start-up (after the bundled scripts), and only for the web server, never for the {@code load} or {@code token}
 * commands.
 */
@Component
@ConditionalOnWebApplication
class FirstAdminToken implements ApplicationRunner {

	static final String NAME = "first-admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdminToken.class);

	private final SecurityProperties properties;

	private final ApiTokenStore tokens;

	private final PrintStream console;

	FirstAdminToken(SecurityProperties properties, ApiTokenStore tokens) {
		this.properties = properties;
		this.tokens = tokens;
		this.console = System.out;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.firstAdminToken() || this.tokens.any()) {
			return;
		}
		NewApiToken created = this.tokens.create(Role.ADMIN, NAME);
		this.console.println("""

				================================================================================
				  Ecograph: the first admin token of this store (shown once, keep it safe):

				    %s

				  Use it as the header  Authorization: Bearer <token>  and create the others:
				    java -jar ecograph.jar token create --role steward --name <who>
				================================================================================
				""".formatted(created.secret()));
		log.info("Created the first admin token {} ('{}'); it was printed once to the console, not to this log",
				created.token().id(), NAME);
	}

}
