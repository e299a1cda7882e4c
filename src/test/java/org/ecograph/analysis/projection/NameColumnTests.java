package org.ecograph.analysis.projection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.ecograph.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and aliases packed in one byte array read back exactly (no name, no alias, empty strings, any Unicode,
 * lengths past one varint byte), copied entity by entity, and saved in the snapshot file.
 */
class NameColumnTests {

	private static final List<String> NAMES = Arrays.asList("OpenAI", null, "", "星际之门 Stargate", "x".repeat(300),
			"Ünïcödé — \u0000 \u001f 🙂");

	private static final List<List<String>> ALIASES = List.of(List.of("Open AI", "ÖpenAI"), List.of(), List.of(""),
			List.of("星际", "y".repeat(200), "z"), List.of(), List.of("a,b", "\n"));

	@TempDir
	Path directory;

	@Test
	void namesAndAliasesReadBackExactly() {
		NameColumn names = column(NAMES, ALIASES);

		assertThat(names.known()).isTrue();
		for (int v = 0; v < NAMES.size(); v++) {
			assertThat(names.name(v)).as("name %d", v).isEqualTo(NAMES.get(v));
			assertThat(names.aliases(v)).as("aliases %d", v).isEqualTo(ALIASES.get(v));
		}
	}

	@Test
	void aCopiedEntityIsTheSameAsTheOriginal() {
		NameColumn original = column(NAMES, ALIASES);
		NameColumn.Builder copy = new NameColumn.Builder(3);
		copy.copy(original, 4).add("new", List.of("n")).copy(original, 0);

		NameColumn copied = copy.build();

		assertThat(copied.name(0)).isEqualTo("x".repeat(300));
		assertThat(copied.aliases(1)).containsExactly("n");
		assertThat(copied.name(2)).isEqualTo("OpenAI");
		assertThat(copied.aliases(2)).containsExactly("Open AI", "ÖpenAI");
	}

	@Test
	void aSavedSnapshotKeepsItsNames() throws IOException {
		List<Claim> claims = RandomClaims.of(new Random(5), 40, 100);
		ClaimProjection plain = TestProjections.of(List.of(), claims, 3, "stamp");
		List<String> names = new ArrayList<>();
		List<List<String>> aliases = new ArrayList<>();
		for (int v = 0; v < plain.entityCount(); v++) {
			names.add(v % 7 == 0 ? null : "Entity " + v);
			aliases.add(v % 3 == 0 ? List.of() : List.of("alias " + v, "другое " + v));
		}
		ClaimProjection named = new ClaimProjection(3, "stamp", ids(plain), kinds(plain), column(names, aliases),
				plain.columns());
		ProjectionFile.Key key = new ProjectionFile.Key(3, "stamp", plain.entityCount(), plain.claimCount());
		ProjectionFile.write(named, key, this.directory);

		ClaimProjection read = ProjectionFile.read(this.directory, key);

		assertThat(read.namesKnown()).isTrue();
		for (int v = 0; v < plain.entityCount(); v++) {
			assertThat(read.entityName(v)).isEqualTo(names.get(v));
			assertThat(read.entityAliases(v)).isEqualTo(aliases.get(v));
		}
		assertThat(TestProjections.fingerprint(read)).isEqualTo(TestProjections.fingerprint(named));
	}

	@Test
	void aSnapshotWithoutNamesSavesAndReadsWithoutThem() throws IOException {
		ClaimProjection plain = TestProjections.of(List.of(), RandomClaims.of(new Random(6), 20, 50), 4, "s");
		ProjectionFile.Key key = new ProjectionFile.Key(4, "s", plain.entityCount(), plain.claimCount());
		ProjectionFile.write(plain, key, this.directory);

		assertThat(ProjectionFile.read(this.directory, key).namesKnown()).isFalse();
	}

	private static NameColumn column(List<String> names, List<List<String>> aliases) {
		NameColumn.Builder builder = new NameColumn.Builder(names.size());
		for (int v = 0; v < names.size(); v++) {
			builder.add(names.get(v), aliases.get(v));
		}
		return builder.build();
	}

	private static String[] ids(ClaimProjection g) {
		String[] ids = new String[g.entityCount()];
		for (int v = 0; v < ids.length; v++) {
			ids[v] = g.entityId(v);
		}
		return ids;
	}

	private static byte[] kinds(ClaimProjection g) {
		byte[] kinds = new byte[g.entityCount()];
		for (int v = 0; v < kinds.length; v++) {
			kinds[v] = g.entityKindOrdinal(v);
		}
		return kinds;
	}

}
