package org.ecograph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer takes its kinds, verbs and statuses from the server; {@code kinds.js} keeps only how each kind is drawn,
 * keyed by kind name. This test holds those keys to the Java enums (every kind has its colour, no entry outlives its
 * kind) and keeps the names out of every other script, so a hand-written copy cannot come back.
 */
class KindsPresentationTest {

	private static final Path SCRIPTS = Path.of("src", "main", "resources", "static", "explorer", "js");

	private static final Path KINDS = SCRIPTS.resolve("kinds.js");

	@Test
	void everyEntityKindHasAColourAndAShapeAndNoOtherKindHasOne() throws IOException {
		assertThat(keysOf("ENTITY_STYLES")).containsExactlyInAnyOrderElementsOf(names(EntityKind.values()));
	}

	@Test
	void everyRelationKindHasAColourAndNoOtherKindHasOne() throws IOException {
		assertThat(keysOf("RELATION_COLOURS")).containsExactlyInAnyOrderElementsOf(names(RelationKind.values()));
	}

	@Test
	void theStatusDrawnSolidIsAClaimStatus() throws IOException {
		Matcher matcher = Pattern.compile("export const SOLID_STATUS = '([A-Z_]+)';").matcher(Files.readString(KINDS));
		assertThat(matcher.find()).as("SOLID_STATUS in kinds.js").isTrue();
		assertThat(ClaimStatus.names()).contains(matcher.group(1));
	}

	@Test
	void noOtherScriptOfThePageNamesAKindOrAStatus() throws IOException {
		Set<String> names = new LinkedHashSet<>();
		names.addAll(names(EntityKind.values()));
		names.addAll(names(RelationKind.values()));
		names.addAll(ClaimStatus.names());
		Pattern quoted = Pattern.compile("['\"`](" + String.join("|", names) + ")['\"`]");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.list(SCRIPTS)) {
			for (Path file : files.filter(f -> !f.equals(KINDS)).sorted().toList()) {
				Matcher matcher = quoted.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(file.getFileName() + ": " + matcher.group());
				}
			}
		}
		Matcher page = quoted.matcher(Files.readString(SCRIPTS.resolve("../../index.html").normalize()));
		while (page.find()) {
			found.add("index.html: " + page.group());
		}
		assertThat(found).as("kind or status names outside kinds.js (take them from vocabulary.js)").isEmpty();
	}

	/** The keys of {@code export const <name> = { KEY: ..., ... };} in kinds.js. */
	private static List<String> keysOf(String name) throws IOException {
		Matcher block = Pattern.compile("export const " + name + " = \\{(.*?)\\n\\};", Pattern.DOTALL)
			.matcher(Files.readString(KINDS));
		assertThat(block.find()).as("%s in kinds.js", name).isTrue();
		Matcher key = Pattern.compile("^\\s+([A-Z_]+):", Pattern.MULTILINE).matcher(block.group(1));
		List<String> keys = new ArrayList<>();
		while (key.find()) {
			keys.add(key.group(1));
		}
		return keys;
	}

	private static List<String> names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).collect(Collectors.toList());
	}

}
