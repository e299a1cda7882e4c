package org.ecograph.explorer;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser tests: the whole application on a random port over its own freshly seeded embedded Neo4j, driven through
 * Debian's headless Chromium and chromedriver (no Selenium Manager, which would download a browser). Without them the
 * tests skip with one line saying what to install, or fail where they are required ({@link BrowserAvailability}).
 * After every
 * test, the browser's network log must show no request to anything but this server, and its console no refused
 * resource and no script error. Screenshots go to {@code target/explorer-screenshots/} for people to look at.
 */
@ExtendWith(BrowserAvailability.class)
@ResourceLock(BrowserTestSupport.BROWSER)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ecograph.neo4j.home=target/neo4j-tests/explorer-${random.uuid}", "ecograph.neo4j.bolt-port=0",
				// as in WritableGraphTest: the first steward write plans the validation rules' queries, which on a
				// loaded 2-core machine can pass the default 10 s
				"ecograph.neo4j.query-timeout=60s" })
abstract class BrowserTestSupport {

	/** The one headless browser of the test JVM ({@link #driver}): two browser test classes never run at once. */
	static final String BROWSER = "org.ecograph.explorer.browser";

	static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

	static final Path DOWNLOADS = Path.of("target", "explorer-downloads").toAbsolutePath();

	private static final Json JSON = new Json();

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		BrowserAvailability.Decision browser = BrowserAvailability.current();
		Files.createDirectories(SCREENSHOTS);
		Files.createDirectories(DOWNLOADS);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1000",
				"--lang=en-US", "--enable-unsafe-swiftshader", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-default-apps", "--disable-sync");
		options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
				"download.prompt_for_download", false, "intl.accept_languages", "en-US"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(browser.chromedriver().toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/** Every test: nothing left the machine, nothing was refused, no script failed. */
	@AfterEach
	void madeNoRequestOffTheMachineAndNoScriptError() throws IOException {
		List<String> urls = requestedUrls();
		assertThat(urls).as("URLs the page requested").isNotEmpty().allSatisfy(url -> assertThat(isLocal(url))
			.as("request to %s stays on this machine", url)
			.isTrue());
		List<String> problems = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			String message = entry.getMessage();
			boolean refused = message.contains("Content Security Policy") || message.contains("Refused to");
			boolean failed = entry.getLevel().intValue() >= Level.SEVERE.intValue() && !expectedError(message);
			if (refused || failed) {
				problems.add(message);
			}
		}
		assertThat(problems).as("console errors").isEmpty();
	}

	/** Errors the browser logs for a request the test provokes on purpose (an unknown id answers with an error). */
	boolean expectedError(String message) {
		return false;
	}

	/** The URL of every request the browser sent or tried since the last call (Chrome's performance log). */
	@SuppressWarnings("unchecked")
	List<String> requestedUrls() {
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
			Map<String, Object> log = JSON.toType(entry.getMessage(), Map.class);
			Map<String, Object> message = (Map<String, Object>) log.get("message");
			Object method = message.get("method");
			if ("Network.requestWillBeSent".equals(method) || "Network.webSocketCreated".equals(method)) {
				Map<String, Object> params = (Map<String, Object>) message.get("params");
				Map<String, Object> request = (Map<String, Object>) params.get("request");
				urls.add(String.valueOf(request != null ? request.get("url") : params.get("url")));
			}
		}
		return urls;
	}

	private boolean isLocal(String url) {
		if (url.startsWith("data:") || url.startsWith("blob:")) {
			return true;
		}
		URI uri = URI.create(url);
		return ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost())) && uri.getPort() == this.port;
	}

	String url(String pathAndQuery) {
		return "http://localhost:" + this.port + pathAndQuery;
	}

	void open(String pathAndQuery) {
		driver.get(url(pathAndQuery));
		waitUntilLoaded();
	}

	/** Waits until the explorer has drawn its view and no request is pending. */
	void waitUntilLoaded() {
		waiting().until(d -> Boolean.TRUE.equals(script(
				"return document.body.dataset.ready === 'true' && document.body.dataset.loading !== 'true'")));
	}

	/**
	 * Asks every 50 ms rather than Selenium's default 500 ms: most conditions hold within a few tens of milliseconds,
	 * and each wait would otherwise last half a second (17 tests with several waits each). An element that the page
	 * draws again between finding it and reading it (a table re-rendered by an answer) is found again at the next
	 * poll rather than failing the wait.
	 */
	WebDriverWait waiting() {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
		wait.pollingEvery(Duration.ofMillis(50));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	WebElement visible(By by) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	@SuppressWarnings("unchecked")
	List<String> nodeIds() {
		return (List<String>) script("return window.ecographExplorer.graph.cy.nodes().map(n => n.id())");
	}

	@SuppressWarnings("unchecked")
	List<String> edgeIds(String selector) {
		return (List<String>) script("return window.ecographExplorer.graph.cy.edges(arguments[0]).map(e => e.id())",
				selector);
	}

	void screenshot(String name) throws IOException {
		File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
