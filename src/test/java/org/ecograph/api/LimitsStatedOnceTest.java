package org.ecograph.api;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configurable maxima are written once, as {@link ApiLimits}' {@code @DefaultValue}s. Clients read the configured
 * values from the {@code limits} query; where people read them (the schema's descriptions, the limits table of
 * docs/api.md) the default is restated beside the name of the limit, and this test holds those copies to the record.
 */
class LimitsStatedOnceTest {

	/** How a description names a limit: "1..`limits.maxHops` (6 unless configured)". */
	private static final Pattern NAMED_LIMIT = Pattern.compile("`limits\\.(\\w+)` \\((\\d+) unless configured");

	/** A row of the limits table of docs/api.md: "| analysis `maxHops` | 6 | `ecograph.api.max-hops` |". */
	private static final Pattern DOCUMENTED_LIMIT = Pattern.compile("\\| ([0-9]+) \\| `ecograph\\.api\\.([a-z-]+)` \\|");

	/** A range such as "1..6" in a description. */
	private static final Pattern RANGE = Pattern.compile("\\.\\.(\\d+)\\b");

	@Test
	void theSchemaNamesEachLimitWithTheRecordsDefault() throws IOException {
		Map<String, Integer> defaults = defaults();
		List<String> named = new ArrayList<>();
		for (Path file : schemaFiles()) {
			Matcher matcher = NAMED_LIMIT.matcher(Files.readString(file));
			while (matcher.find()) {
				named.add(file.getFileName() + ": " + matcher.group(1) + " " + matcher.group(2));
				assertThat(defaults).as("%s: `limits.%s`", file.getFileName(), matcher.group(1))
					.containsEntry(matcher.group(1), Integer.valueOf(matcher.group(2)));
			}
		}
		assertThat(named).as("descriptions that name a limit").isNotEmpty();
	}

	@Test
	void theSchemaStatesNoConfiguredMaximumAsABareRange() throws IOException {
		Set<Integer> maxima = Set.copyOf(defaults().values());
		List<String> bare = new ArrayList<>();
		for (Path file : schemaFiles()) {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				Matcher matcher = RANGE.matcher(lines.get(i));
				while (matcher.find()) {
					if (maxima.contains(Integer.valueOf(matcher.group(1)))) {
						bare.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(bare).as("ranges that end at a configurable maximum: write 1..`limits.x` (n unless configured)")
			.isEmpty();
	}

	@Test
	void theLimitsTableOfTheApiDocsListsTheRecordsDefaults() throws IOException {
		Map<String, Integer> documented = new LinkedHashMap<>();
		Matcher matcher = DOCUMENTED_LIMIT.matcher(Files.readString(Path.of("docs", "api.md")));
		while (matcher.find()) {
			documented.put(camelCase(matcher.group(2)), Integer.valueOf(matcher.group(1)));
		}
		assertThat(documented).isEqualTo(defaults());
	}

	@Test
	void applicationPropertiesRestatesNoDefault() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"))) {
			properties.load(reader);
		}
		Set<String> restated = properties.stringPropertyNames()
			.stream()
			.filter(name -> name.startsWith("ecograph.api.")
					&& defaults().containsKey(camelCase(name.substring("ecograph.api.".length()))))
			.collect(Collectors.toSet());
		assertThat(restated).as("ApiLimits defaults restated in application.properties").isEmpty();
	}

	/** The record's defaults, by component name: what binding no property at all gives. */
	private static Map<String, Integer> defaults() {
		ApiLimits limits = new Binder().bindOrCreate("ecograph.api", ApiLimits.class);
		Map<String, Integer> defaults = new LinkedHashMap<>();
		for (RecordComponent component : ApiLimits.class.getRecordComponents()) {
			try {
				defaults.put(component.getName(), (Integer) component.getAccessor().invoke(limits));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return defaults;
	}

	private static String camelCase(String kebab) {
		return Pattern.compile("-([a-z])").matcher(kebab).replaceAll(m -> m.group(1).toUpperCase());
	}

	private static List<Path> schemaFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("graphql"))) {
			return files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList();
		}
	}

}
