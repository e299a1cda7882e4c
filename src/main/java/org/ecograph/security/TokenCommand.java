package org.ecograph.security;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.ecograph.command.Arguments;
import org.ecograph.command.ConnectedCommand;
import org.ecograph.command.UsageException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ecograph token create --role analyst|steward|admin --name <who>}, {@code token list},
 * {@code token revoke <id|name>}: manages API tokens on the server machine (whoever can run it there can open the
 * store anyway). Like {@code load}, it opens the embedded store itself, or with {@code --uri} talks to a running
 * Ecograph over Bolt with the store's password file. {@code create} prints the token once; the store keeps its hash.
 * Exit codes: 0 done, 1 refused, 2 usage error.
 */
public final class TokenCommand extends ConnectedCommand {

	private static final String USAGE_TEXT = """
			Usage: ecograph token create --role analyst|steward|admin --name <who> [connection]
			       ecograph token list [connection]
			       ecograph token revoke <id-or-name> [connection]
			  connection: nothing (opens ecograph.neo4j.home itself; Ecograph must not be running on it), or
			              --uri bolt://localhost:7687 [--user neo4j] [--password-file <home>/bolt-password]""";

	private static final List<String> ACTIONS = List.of("create", "list", "revoke");

	private final List<String> positional = new ArrayList<>();

	private Role role;

	private String name;

	/** The command, before it read its command line. */
	public TokenCommand() {
		super("token", USAGE_TEXT);
	}

	/** Runs the command; {@code args[0]} is {@code token}. */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		return new TokenCommand().execute(application, args, out, err);
	}

	@Override
	protected boolean option(String option, Arguments arguments) {
		switch (option) {
			case "--role" -> {
				String value = arguments.valueOf(option);
				this.role = Role.parse(value)
					.orElseThrow(() -> new UsageException("Unknown role " + value + ": allowed analyst, steward, admin."));
			}
			case "--name" -> this.name = arguments.valueOf(option);
			default -> {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void argument(String argument) {
		this.positional.add(argument);
	}

	@Override
	protected void validate() {
		if (this.positional.isEmpty() || !ACTIONS.contains(this.positional.get(0))) {
			throw new UsageException("Name an action: create, list or revoke.");
		}
		List<String> rest = this.positional.subList(1, this.positional.size());
		switch (action()) {
			case "create" -> {
				if (this.role == null || this.name == null) {
					throw new UsageException("token create needs --role and --name.");
				}
			}
			case "revoke" -> {
				if (rest.size() != 1) {
					throw new UsageException("token revoke needs one token id or name.");
				}
				this.name = rest.get(0);
			}
			default -> {
			}
		}
		if (!action().equals("revoke") && !rest.isEmpty()) {
			throw new UsageException("Unexpected argument " + rest.get(0));
		}
	}

	private String action() {
		return this.positional.get(0);
	}

	@Override
	protected void work(ConfigurableApplicationContext context, PrintStream out) {
		ApiTokenStore tokens = context.getBean(ApiTokenStore.class);
		switch (action()) {
			case "create" -> {
				NewApiToken created = tokens.create(this.role, this.name);
				out.println("Created " + describe(created.token()) + ". The token, shown this once:");
				out.println(created.secret());
			}
			case "list" -> {
				List<ApiToken> all = tokens.list();
				all.forEach(t -> out.println(describe(t)));
				out.println(all.size() + " token(s)");
			}
			default -> out.println("Revoked " + describe(tokens.revoke(this.name)));
		}
	}

	private static String describe(ApiToken token) {
		return "%s  %-8s  %s  created %s%s".formatted(token.id(), token.role(), token.name(), token.createdAt(),
				token.active() ? "" : "  REVOKED " + token.revokedAt());
	}

}
