package org.ecograph.security;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecograph.neo4j.CommandLineConnection;
import org.ecograph.neo4j.EmbeddedNeo4jStartException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ecograph token create --role analyst|steward|admin --name <who>}, {@code token list},
 * {@code token revoke <id|name>}: manages API tokens on the server machine (whoever can run it there can open the
 * store anyway). Like {@code load}, it opens the embedded store itself, or with {@code --uri} talks to a running
 * Ecograph over Bolt with the store's password file. {@code create} prints the token once; the store keeps its hash.
 * Exit codes: 0 done, 1 refused, 2 usage error.
 */
public final class TokenCommand {

	static final int OK = 0;

	static final int REFUSED = 1;

	static final int USAGE = 2;

	static final String USAGE_TEXT = """
			Usage: ecograph token create --role analyst|steward|admin --name <who> [connection]
			       ecograph token list [connection]
			       ecograph token revoke <id-or-name> [connection]
			  connection: nothing (opens ecograph.neo4j.home itself; Ecograph must not be running on it), or
			              --uri bolt://localhost:7687 [--user neo4j] [--password-file <home>/bolt-password]""";

	private TokenCommand() {
	}

	/** Whether these program arguments ask for the token command. */
	public static boolean isTokenInvocation(String[] args) {
		return args.length > 0 && "token".equals(args[0]);
	}

	/** Runs the command; {@code args[0]} is {@code token}. */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Invocation invocation;
		try {
			invocation = Invocation.parse(List.of(args).subList(1, args.length));
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE_TEXT);
			return USAGE;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.run(invocation.springArguments().toArray(String[]::new))) {
			ApiTokenStore tokens = context.getBean(ApiTokenStore.class);
			switch (invocation.action()) {
				case "create" -> {
					NewApiToken created = tokens.create(invocation.role(), invocation.name());
					out.println("Created " + describe(created.token()) + ". The token, shown this once:");
					out.println(created.secret());
				}
				case "list" -> {
					List<ApiToken> all = tokens.list();
					all.forEach(t -> out.println(describe(t)));
					out.println(all.size() + " token(s)");
				}
				default -> out.println("Revoked " + describe(tokens.revoke(invocation.name())));
			}
			return OK;
		}
		catch (TokenException ex) {
			err.println("TOKEN REFUSED: " + ex.getMessage());
			return REFUSED;
		}
		catch (ServiceUnavailableException ex) {
			err.println("TOKEN REFUSED: cannot reach Neo4j: " + ex.getMessage());
			return REFUSED;
		}
		catch (BeanCreationException ex) {
			err.println("TOKEN REFUSED: cannot open the database: " + rootMessage(ex));
			return REFUSED;
		}
	}

	private static String describe(ApiToken token) {
		return "%s  %-8s  %s  created %s%s".formatted(token.id(), token.role(), token.name(), token.createdAt(),
				token.active() ? "" : "  REVOKED " + token.revokedAt());
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof EmbeddedNeo4jStartException) {
				return t.getMessage();
			}
			root = t;
		}
		return root.getMessage();
	}

	/** The parsed command line. */
	record Invocation(String action, Role role, String name, List<String> springArguments) {

		static Invocation parse(List<String> args) {
			if (args.isEmpty() || !List.of("create", "list", "revoke").contains(args.get(0))) {
				throw new IllegalArgumentException("Name an action: create, list or revoke.");
			}
			String action = args.get(0);
			Map<String, String> properties = CommandLineConnection.quietProperties();
			List<String> userArguments = new ArrayList<>();
			List<String> positional = new ArrayList<>();
			Role role = null;
			String name = null;
			Path passwordFile = null;
			for (int i = 1; i < args.size(); i++) {
				String arg = args.get(i);
				switch (arg) {
					case "--role" -> {
						String value = valueAfter(args, i++, arg);
						role = Role.parse(value).orElseThrow(() -> new IllegalArgumentException("Unknown role " + value
								+ ": allowed analyst, steward, admin."));
					}
					case "--name" -> name = valueAfter(args, i++, arg);
					case "--uri" -> {
						properties.put("ecograph.neo4j.embedded", "false");
						properties.put("spring.neo4j.uri", valueAfter(args, i++, arg));
					}
					case "--user" -> properties.put("spring.neo4j.authentication.username", valueAfter(args, i++, arg));
					case "--password-file" -> passwordFile = Path.of(valueAfter(args, i++, arg));
					default -> {
						if (arg.startsWith("--") && arg.contains("=")) {
							userArguments.add(arg);
						}
						else if (arg.startsWith("-")) {
							throw new IllegalArgumentException("Unknown option " + arg);
						}
						else {
							positional.add(arg);
						}
					}
				}
			}
			if (action.equals("create") && (role == null || name == null)) {
				throw new IllegalArgumentException("token create needs --role and --name.");
			}
			if (action.equals("revoke")) {
				if (positional.size() != 1) {
					throw new IllegalArgumentException("token revoke needs one token id or name.");
				}
				name = positional.get(0);
			}
			else if (!positional.isEmpty()) {
				throw new IllegalArgumentException("Unexpected argument " + positional.get(0));
			}
			if ("false".equals(properties.get("ecograph.neo4j.embedded"))) {
				CommandLineConnection.addBoltCredentials(properties, passwordFile, userArguments);
			}
			List<String> springArguments = new ArrayList<>();
			properties.forEach((key, value) -> springArguments.add("--" + key + "=" + value));
			springArguments.addAll(userArguments);
			return new Invocation(action, role, name, springArguments);
		}

		private static String valueAfter(List<String> args, int i, String option) {
			if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
				throw new IllegalArgumentException("Option " + option + " needs a value.");
			}
			return args.get(i + 1);
		}

	}

}
