package org.ecograph.analysis.projection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.ecograph.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A saved snapshot reads back column for column, only for the version, stamp and counts it was saved with, and a
 * damaged or cut file is refused rather than half read.
 */
class ProjectionFileTests {

	private static final ProjectionFile.Key KEY = new ProjectionFile.Key(7, "3f0c-stamp", 120, 900);

	@TempDir
	Path directory;

	@Test
	void aSnapshotReadsBackAsItWasSavedAndAnswersTheSame() throws IOException {
		List<Claim> claims = RandomClaims.of(new Random(11), 120, 900);
		ClaimProjection saved = TestProjections.of(List.of("company:lonely"), claims, 7, "3f0c-stamp");
		ProjectionFile.write(saved, KEY, this.directory);

		ClaimProjection read = ProjectionFile.read(this.directory, KEY);

		assertThat(read).isNotNull();
		assertThat(read.version()).isEqualTo(7);
		assertThat(read.stamp()).isEqualTo("3f0c-stamp");
		assertThat(read.claimCount()).isEqualTo(saved.claimCount()).isPositive();
		assertThat(TestProjections.fingerprint(read)).isEqualTo(TestProjections.fingerprint(saved));
		assertThat(read.node("company:lonely")).isNotNegative();
		for (int v = 0; v < saved.entityCount(); v++) {
			assertThat(read.outgoing().start(v)).isEqualTo(saved.outgoing().start(v));
			assertThat(read.incoming().start(v)).isEqualTo(saved.incoming().start(v));
		}
		assertThat(outgoingClaims(read)).isEqualTo(outgoingClaims(saved));
		assertThat(Files.list(this.directory).map(p -> p.getFileName().toString()))
			.as("no temporary file is left").containsExactly(ProjectionFile.NAME);
	}

	@Test
	void aSnapshotOfClaimsInManyChunksReadsBackAsItWasSaved() throws IOException {
		List<Claim> claims = RandomClaims.of(new Random(13), 900, 3 * Column.SIZE + 500);
		ClaimProjection saved = TestProjections.of(List.of(), claims, 7, "3f0c-stamp");
		ProjectionFile.Key key = new ProjectionFile.Key(7, "3f0c-stamp", saved.entityCount(), saved.claimCount());
		ProjectionFile.write(saved, key, this.directory);

		ClaimProjection read = ProjectionFile.read(this.directory, key);

		assertThat(read).isNotNull();
		assertThat(read.claimCount()).isEqualTo(saved.claimCount()).isGreaterThan(2 * Column.SIZE);
		assertThat(TestProjections.fingerprint(read)).as("every claim's ends, kind and values")
			.isEqualTo(TestProjections.fingerprint(saved));
	}

	/** Every node's outgoing claims, node after node. */
	private static int[] outgoingClaims(ClaimProjection g) {
		return java.util.stream.IntStream.range(0, g.entityCount())
			.flatMap(v -> java.util.stream.IntStream.range(g.outgoing().start(v), g.outgoing().end(v)))
			.map(j -> g.outgoing().claim(j))
			.toArray();
	}

	@Test
	void aSnapshotIsNotReadForAnotherVersionStampOrCount() throws IOException {
		ClaimProjection saved = TestProjections.of(List.of(),
				RandomClaims.of(new Random(5), 20, 60), 7, "3f0c-stamp");
		ProjectionFile.write(saved, KEY, this.directory);

		assertThat(ProjectionFile.read(this.directory, new ProjectionFile.Key(8, "3f0c-stamp", 120, 900))).isNull();
		assertThat(ProjectionFile.read(this.directory, new ProjectionFile.Key(7, "other", 120, 900))).isNull();
		assertThat(ProjectionFile.read(this.directory, new ProjectionFile.Key(7, "3f0c-stamp", 121, 900))).isNull();
		assertThat(ProjectionFile.read(this.directory, new ProjectionFile.Key(7, "3f0c-stamp", 120, 899))).isNull();
		assertThat(ProjectionFile.read(this.directory, new ProjectionFile.Key(7, null, 120, 900))).isNull();
		assertThat(ProjectionFile.read(this.directory.resolve("none"), KEY)).as("nothing saved").isNull();
		assertThat(ProjectionFile.read(this.directory, KEY)).isNotNull();
	}

	@Test
	void aDamagedOrCutFileIsRefused() throws IOException {
		ClaimProjection saved = TestProjections.of(List.of(),
				RandomClaims.of(new Random(3), 60, 400), 7, "3f0c-stamp");
		ProjectionFile.write(saved, KEY, this.directory);
		Path file = this.directory.resolve(ProjectionFile.NAME);
		byte[] bytes = Files.readAllBytes(file);

		byte[] flipped = bytes.clone();
		flipped[bytes.length / 2] ^= 0x10;
		Files.write(file, flipped);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> ProjectionFile.read(this.directory, KEY))
			.withMessageContaining("damaged");

		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> ProjectionFile.read(this.directory, KEY))
			.withMessageContaining("truncated");

		byte[] hugeCount = bytes.clone();
		// the entity count, after magic, format, version, the stamp and the two store counts
		java.nio.ByteBuffer.wrap(hugeCount).order(java.nio.ByteOrder.LITTLE_ENDIAN)
			.putInt(8 + 4 + 8 + 4 + "3f0c-stamp".length() + 8 + 8, Integer.MAX_VALUE - 1);
		Files.write(file, hugeCount);
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> ProjectionFile.read(this.directory, KEY))
			.withMessageContaining("damaged (a length of");

		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length + 3));
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> ProjectionFile.read(this.directory, KEY))
			.withMessageContaining("after its end");
	}

	@Test
	void onlyASnapshotOfItsOwnStampedVersionIsSaved() {
		ClaimProjection unstamped = TestProjections.of(List.of("company:a"), List.of());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProjectionFile.write(unstamped, new ProjectionFile.Key(1, null, 1, 0), this.directory));
		ClaimProjection stamped = TestProjections.of(List.of("company:a"), List.of(), 7, "3f0c-stamp");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProjectionFile.write(stamped, new ProjectionFile.Key(8, "3f0c-stamp", 1, 0), this.directory));
	}

}
