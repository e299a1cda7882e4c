package org.ecograph.api.graphql.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer sends its documents by hash, so each must be shipped as a persisted document holding exactly the text
 * the explorer hashes: the constants of {@code api.js} (with their {@code ${...}} parts filled in) and the files of
 * {@code graphql-documents/} are held together here. When a document of the explorer changes, write its new text
 * (this test's message shows it) to {@code src/main/resources/graphql-documents/<operation name>.graphql}, without a
 * trailing newline.
 */
class ExplorerDocumentsSyncTest {

	private static final Path API_JS = Path.of("src/main/resources/static/explorer/js/api.js");

	private static final Path DOCUMENTS = Path.of("src/main/resources/graphql-documents");

	private static final Pattern CONSTANT = Pattern.compile("const (\\w+) = (?:`([^`]*)`|'([^']*)');");

	private static final Pattern PART = Pattern.compile("\\$\\{(\\w+)}");

	private static final Pattern OPERATION = Pattern.compile("^(?:query|mutation) (Explorer\\w+)");

	@Test
	void everyExplorerDocumentIsShippedWithExactlyItsText() throws IOException {
		Map<String, String> explorer = explorerDocuments();
		assertThat(explorer).containsKeys("ExplorerVocabulary", "ExplorerSearch", "ExplorerEntity");
		Map<String, String> shipped = new TreeMap<>();
		try (Stream<Path> files = Files.list(DOCUMENTS)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("Explorer")).toList()) {
				shipped.put(file.getFileName().toString().replace(".graphql", ""),
						Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		assertThat(shipped).as("graphql-documents/Explorer*.graphql, one per document of api.js").isEqualTo(explorer);
	}

	private static Map<String, String> explorerDocuments() throws IOException {
		String source = Files.readString(API_JS, StandardCharsets.UTF_8);
		Map<String, String> constants = new HashMap<>();
		Matcher constant = CONSTANT.matcher(source);
		while (constant.find()) {
			constants.put(constant.group(1), constant.group(2) != null ? constant.group(2) : constant.group(3));
		}
		Map<String, String> documents = new TreeMap<>();
		constants.values().stream().map(text -> resolve(text, constants)).forEach(text -> {
			Matcher operation = OPERATION.matcher(text);
			if (operation.find()) {
				documents.put(operation.group(1), text);
			}
		});
		return documents;
	}

	private static String resolve(String text, Map<String, String> constants) {
		return PART.matcher(text)
			.replaceAll(part -> Matcher.quoteReplacement(resolve(constants.get(part.group(1)), constants)));
	}

}
