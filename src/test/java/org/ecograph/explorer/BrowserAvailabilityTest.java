package org.ecograph.explorer;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.ecograph.explorer.BrowserAvailability.Action;
import org.ecograph.explorer.BrowserAvailability.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the browser tests run, skip or fail: decided from an injected environment and file system, no browser. */
class BrowserAvailabilityTest {

	private static final Map<String, String> NO_PROPERTIES = Map.of();

	private static final Predicate<Path> INSTALLED = executables("/usr/bin/chromium", "/usr/bin/chromedriver");

	private static final Predicate<Path> NOTHING = path -> false;

	@Test
	void runsWithTheBrowserFoundOnThePath() {
		Decision decision = decide(Map.of("PATH", "/usr/local/bin:/usr/bin"), NO_PROPERTIES, INSTALLED);

		assertThat(decision.action()).isEqualTo(Action.RUN);
		assertThat(decision.chromium()).isEqualTo(Path.of("/usr/bin/chromium"));
		assertThat(decision.chromedriver()).isEqualTo(Path.of("/usr/bin/chromedriver"));
	}

	@Test
	void findsUbuntusChromiumBrowserToo() {
		Decision decision = decide(Map.of("PATH", "/usr/bin"), NO_PROPERTIES,
				executables("/usr/bin/chromium-browser", "/usr/bin/chromedriver"));

		assertThat(decision.action()).isEqualTo(Action.RUN);
		assertThat(decision.chromium()).isEqualTo(Path.of("/usr/bin/chromium-browser"));
	}

	@Test
	void skipsWithOneLineSayingWhatToInstallWithoutABrowser() {
		Decision decision = decide(Map.of("PATH", "/usr/bin"), NO_PROPERTIES, NOTHING);

		assertThat(decision.action()).isEqualTo(Action.SKIP);
		assertThat(decision.message()).doesNotContain("\n")
			.startsWith("Browser tests skipped: Chromium and chromedriver not found")
			.contains("apt-get install chromium chromium-driver fonts-wqy-zenhei");
	}

	@Test
	void skipsWhenOnlyTheDriverIsMissingAndSaysSo() {
		Decision decision = decide(Map.of("PATH", "/usr/bin"), NO_PROPERTIES, executables("/usr/bin/chromium"));

		assertThat(decision.action()).isEqualTo(Action.SKIP);
		assertThat(decision.message()).startsWith("Browser tests skipped: chromedriver not found");
	}

	@Test
	void failsWithoutABrowserOnCi() {
		Decision decision = decide(Map.of("PATH", "/usr/bin", "CI", "true"), NO_PROPERTIES, NOTHING);

		assertThat(decision.action()).isEqualTo(Action.FAIL);
		assertThat(decision.message()).startsWith("Browser tests are required (CI=true) but Chromium and "
				+ "chromedriver are not installed")
			.contains("apt-get install chromium chromium-driver fonts-wqy-zenhei");
	}

	@Test
	void failsWithoutABrowserWhenRequiredByProperty() {
		Decision decision = decide(Map.of("PATH", "/usr/bin", "CI", "false"),
				Map.of("ecograph.browser-tests", "required"), NOTHING);

		assertThat(decision.action()).isEqualTo(Action.FAIL);
		assertThat(decision.message()).startsWith("Browser tests are required (-Decograph.browser-tests=required)");
	}

	@Test
	void runsOnCiWithTheBrowser() {
		assertThat(decide(Map.of("PATH", "/usr/bin", "CI", "true"), NO_PROPERTIES, INSTALLED).action())
			.isEqualTo(Action.RUN);
	}

	@Test
	void aConfiguredPathWinsOverThePathAndSkipsWhenItIsNotThere() {
		Map<String, String> properties = Map.of("ecograph.chromium", "/nowhere/chromium");

		Decision decision = decide(Map.of("PATH", "/usr/bin"), properties, INSTALLED);

		assertThat(decision.action()).isEqualTo(Action.SKIP);
		assertThat(decision.message()).startsWith("Browser tests skipped: Chromium not found (looked for "
				+ "/nowhere/chromium and chromedriver on the PATH)");
	}

	@Test
	void aConfiguredPathIsUsed() {
		Decision decision = decide(Map.of("PATH", ""),
				Map.of("ecograph.chromium", "/opt/c/chrome", "ecograph.chromedriver", "/opt/c/driver"),
				executables("/opt/c/chrome", "/opt/c/driver"));

		assertThat(decision.action()).isEqualTo(Action.RUN);
		assertThat(decision.chromium()).isEqualTo(Path.of("/opt/c/chrome"));
	}

	@Test
	void refusesAModeItDoesNotKnowSayingWhichItDoes() {
		Decision decision = decide(Map.of("PATH", "/usr/bin"), Map.of("ecograph.browser-tests", "always"), INSTALLED);

		assertThat(decision.action()).isEqualTo(Action.FAIL);
		assertThat(decision.message()).isEqualTo("-Decograph.browser-tests=always is not understood: use 'required' "
				+ "(fail without a browser) or 'auto' (skip without one)");
	}

	private static Decision decide(Map<String, String> environment, Map<String, String> properties,
			Predicate<Path> executable) {
		return BrowserAvailability.decide(environment::get, properties::get, executable);
	}

	private static Predicate<Path> executables(String... paths) {
		Set<Path> files = java.util.Arrays.stream(paths).map(Path::of).collect(java.util.stream.Collectors.toSet());
		return files::contains;
	}

}
