package org.ecograph.explorer;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether the browser tests run, skip or fail, decided once for every browser test class: they run when Chromium and
 * chromedriver are found; without them they skip with one line saying what to install, unless they are required
 * ({@code CI=true} in the environment, or {@code -Decograph.browser-tests=required}), then they fail with that line.
 * So {@code mvn verify} passes on a machine with only a JDK and Maven, and CI cannot pass without running them.
 * <p>
 * Where the browser is: {@code -Decograph.chromium=...} and {@code -Decograph.chromedriver=...}, else the first
 * {@code chromium}/{@code chromium-browser} and {@code chromedriver} on the {@code PATH}.
 */
final class BrowserAvailability implements ExecutionCondition, BeforeAllCallback {

	static final String MODE_PROPERTY = "ecograph.browser-tests";

	static final String INSTALL = "apt-get install chromium chromium-driver fonts-wqy-zenhei";

	/** What the browser tests do on this machine. */
	enum Action {

		RUN, SKIP, FAIL

	}

	/**
	 * The decision and the line that explains it.
	 *
	 * @param action run, skip or fail
	 * @param message why (empty when they run)
	 * @param chromium the browser to drive (when found)
	 * @param chromedriver its driver (when found)
	 */
	record Decision(Action action, String message, Path chromium, Path chromedriver) {
	}

	/** Decided once per JVM from the real environment, system properties and file system. */
	private static final Decision CURRENT = decide(System::getenv, System::getProperty,
			path -> path.toFile().canExecute());

	static Decision current() {
		return CURRENT;
	}

	/**
	 * The decision for this environment, these system properties and this test of a file being an executable.
	 */
	static Decision decide(Function<String, String> environment, Function<String, String> properties,
			Predicate<Path> executable) {
		String mode = Optional.ofNullable(properties.apply(MODE_PROPERTY)).orElse("auto").trim()
			.toLowerCase(Locale.ROOT);
		if (!mode.equals("auto") && !mode.equals("required")) {
			return new Decision(Action.FAIL, "-D" + MODE_PROPERTY + "=" + properties.apply(MODE_PROPERTY)
					+ " is not understood: use 'required' (fail without a browser) or 'auto' (skip without one)",
					null, null);
		}
		boolean ci = "true".equalsIgnoreCase(Optional.ofNullable(environment.apply("CI")).orElse("").trim());
		boolean required = mode.equals("required") || ci;
		String path = Optional.ofNullable(environment.apply("PATH")).orElse("");
		Optional<Path> chromium = locate(properties.apply("ecograph.chromium"), List.of("chromium", "chromium-browser"),
				path, executable);
		Optional<Path> chromedriver = locate(properties.apply("ecograph.chromedriver"), List.of("chromedriver"), path,
				executable);
		if (chromium.isPresent() && chromedriver.isPresent()) {
			return new Decision(Action.RUN, "", chromium.get(), chromedriver.get());
		}
		String missing = chromium.isEmpty() && chromedriver.isEmpty() ? "Chromium and chromedriver"
				: chromium.isEmpty() ? "Chromium" : "chromedriver";
		String where = " (looked for " + describe(properties.apply("ecograph.chromium"), "chromium")
				+ " and " + describe(properties.apply("ecograph.chromedriver"), "chromedriver") + ")";
		if (required) {
			String why = ci ? "CI=true" : "-D" + MODE_PROPERTY + "=required";
			return new Decision(Action.FAIL, "Browser tests are required (" + why + ") but " + missing
					+ (missing.contains(" and ") ? " are" : " is") + " not installed" + where + ": " + INSTALL + " (Debian/Ubuntu), or point -Decograph.chromium "
					+ "and -Decograph.chromedriver at them.", null, null);
		}
		return new Decision(Action.SKIP, "Browser tests skipped: " + missing + " not found" + where + ". To run them: "
				+ INSTALL + " (Debian/Ubuntu), or point -Decograph.chromium and -Decograph.chromedriver at them.",
				null, null);
	}

	private static Optional<Path> locate(String configured, List<String> names, String path,
			Predicate<Path> executable) {
		if (configured != null && !configured.isBlank()) {
			Path file = Path.of(configured);
			return executable.test(file) ? Optional.of(file) : Optional.empty();
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (directory.isBlank()) {
				continue;
			}
			for (String name : names) {
				Path file = Path.of(directory, name);
				if (executable.test(file)) {
					return Optional.of(file);
				}
			}
		}
		return Optional.empty();
	}

	private static String describe(String configured, String name) {
		return configured != null && !configured.isBlank() ? configured : name + " on the PATH";
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Decision decision = current();
		if (decision.action() == Action.SKIP) {
			announce(decision.message());
			return ConditionEvaluationResult.disabled(decision.message());
		}
		return ConditionEvaluationResult.enabled(decision.action() == Action.RUN ? "browser found" : "browser required");
	}

	/** A required browser that is missing fails each browser test class before its application starts. */
	@Override
	public void beforeAll(ExtensionContext context) {
		Decision decision = current();
		if (decision.action() == Action.FAIL) {
			throw new IllegalStateException(decision.message());
		}
	}

	private static boolean announced;

	/** The skip line once per test JVM, on the console Maven shows (not the redirected test output). */
	private static synchronized void announce(String message) {
		if (!announced) {
			announced = true;
			// Surefire sends System.err to the test's report file; the process' own stderr reaches Maven's
			// console.
			new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
				.println("[ecograph] " + message);
		}
	}

}
