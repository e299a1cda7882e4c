package org.ecograph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;

import org.ecograph.ingest.ScriptFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The seeded store template the Spring test contexts copy ({@link SeededStoreTemplateCustomizerFactory}): a copy is
 * the store a first start leaves, and copies are stores of their own.
 */
class SeededStoreTemplateTests {

	@Test
	void twoCopiesAreSeededStoresThatServeSideBySideWithThePasswordOfTheirFile(@TempDir Path dir) throws Exception {
		Path a = dir.resolve("a");
		Path b = dir.resolve("b");
		SeededStoreTemplate.copyInto(a);
		SeededStoreTemplate.copyInto(b);

		assertThat(a.resolve("analysis")).as("no analysis snapshot: each context builds its own").doesNotExist();
		assertThat(a.resolve("logs")).doesNotExist();
		assertThat(Files.getPosixFilePermissions(a.resolve(BoltPassword.FILE_NAME)))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		try (EmbeddedNeo4jServer first = start(a); EmbeddedNeo4jServer second = start(b);
				Driver one = GraphDatabase.driver(first.boltUri(), first.authToken());
				Driver other = GraphDatabase.driver(second.boltUri(), second.authToken())) {
			Record seeded = seed(one);
			assertThat(seeded.get("scripts").asLong()).isEqualTo(ScriptFinder.bundled().size());
			assertThat(seeded.get("claims").asLong()).as("the seed's claims, as BundledScriptsOnStartTests counts them")
				.isEqualTo(155);
			assertThat(seeded.get("version").asLong()).isPositive();
			assertThat(seed(other).asMap()).isEqualTo(seeded.asMap());

			// a write to one copy is not seen by the other, and gives it a version and stamp of its own
			one.executableQuery("""
					MATCH (v:GraphVersion {id: 'graph'})
					SET v.version = v.version + 1, v.stamp = randomUUID()""").execute();
			assertThat(seed(one).get("version").asLong()).isEqualTo(seeded.get("version").asLong() + 1);
			assertThat(seed(one).get("stamp").asString()).isNotEqualTo(seeded.get("stamp").asString());
			assertThat(seed(other).asMap()).isEqualTo(seeded.asMap());
		}
	}

	@Test
	void aStoreThatHoldsFilesIsNeverOverwritten(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("something"), "kept");

		assertThatIllegalStateException().isThrownBy(() -> SeededStoreTemplate.copyInto(dir))
			.withMessageContaining("holds files");
		assertThat(dir.resolve("something")).hasContent("kept");
		assertThat(dir.resolve("data")).doesNotExist();
	}

	@Test
	void theKeyIsTheSameForTheSameClassesAndDay() {
		assertThat(SeededStoreTemplate.key()).hasSize(16).isEqualTo(SeededStoreTemplate.key());
	}

	private static EmbeddedNeo4jServer start(Path home) {
		return EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, home, 0, "32m", Duration.ofMinutes(1), true));
	}

	private static Record seed(Driver driver) {
		return driver.executableQuery("""
				MATCH (v:GraphVersion {id: 'graph'})
				RETURN v.version AS version, v.stamp AS stamp,
				       COUNT { (s:AppliedScript) } AS scripts, COUNT { (:Entity)-[]->(:Entity) } AS claims""")
			.execute()
			.records()
			.get(0);
	}

}
