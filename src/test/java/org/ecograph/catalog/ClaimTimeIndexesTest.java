package org.ecograph.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexes of V0034 are written out per relation kind (a schema script cannot loop), so this test holds them to
 * {@link RelationKind}: every kind has its {@code recordedAt} and its {@code retractedAt} index, which the seeks of
 * {@code knowledgeChanges} for relations recorded or retracted rely on, and no index names a kind that does not exist.
 */
class ClaimTimeIndexesTest {

	private static final Pattern INDEX = Pattern
		.compile("CREATE INDEX \\w+ IF NOT EXISTS FOR \\(\\)-\\[r:(\\w+)\\]-\\(\\) ON \\(r\\.(\\w+)\\);");

	@Test
	void everyRelationKindHasItsRecordedAtAndRetractedAtIndex() throws IOException {
		String script = Files.readString(Path.of("cypher/schema/V0034__claim_time_indexes.cypher"));
		Set<String> indexed = new TreeSet<>();
		Matcher m = INDEX.matcher(script);
		while (m.find()) {
			indexed.add(m.group(1) + "." + m.group(2));
		}
		Set<String> expected = new TreeSet<>();
		for (RelationKind kind : RelationKind.values()) {
			expected.add(kind.name() + ".recordedAt");
			expected.add(kind.name() + ".retractedAt");
		}
		assertThat(indexed).isEqualTo(expected);
	}

}
