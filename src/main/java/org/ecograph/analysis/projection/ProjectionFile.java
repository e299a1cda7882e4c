package org.ecograph.analysis.projection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.CRC32C;

import org.ecograph.model.EntityKind;

/**
 * A {@link ClaimProjection} saved to a file, so that a restart over an unchanged graph reads its snapshot back in a
 * second or two instead of reading every claim from Neo4j again. The file names the graph version and its random
 * stamp ({@link org.ecograph.data.GraphVersions}) and the store's counts ({@link Key}); it is read back only for
 * exactly those, so a snapshot is never taken for a graph it was not made from. The content ends with a CRC-32C of everything before it: a truncated or damaged
 * file is refused (and the snapshot rebuilt), never half read. Files are written beside their final name and then
 * moved over it, so several app instances sharing the directory never read each other's half-written file.
 */
final class ProjectionFile {

	/** The file's name in its directory. */
	static final String NAME = "projection.bin";

	private static final long MAGIC = 0x45434f4750524f4aL; // "ECOGPROJ"

	/**
	 * Bumped whenever the columns or their meaning change: a file of another format is rebuilt, not read. 3: the
	 * catalog's entity listing ({@link NameListing}) follows the claims, when the snapshot had it.
	 */
	static final int FORMAT = 3;

	private static final int BUFFER = 1 << 22;

	private ProjectionFile() {
	}

	/**
	 * What a saved snapshot must match to be read back: the graph version and its stamp, and, so that a write that
	 * bypassed the loader and the steward mutations (which do not bump the version) is noticed when it added or
	 * removed something, the numbers of entities and relationships (both read from Neo4j's count store).
	 */
	record Key(long version, String stamp, long entities, long relationships) {
	}

	/** Writes {@code g}, the graph of {@code key}, to {@code directory}/{@value #NAME}, replacing any earlier file. */
	static void write(ClaimProjection g, Key key, Path directory) throws IOException {
		if (key.stamp() == null || key.version() != g.version() || !key.stamp().equals(g.stamp())) {
			throw new IllegalArgumentException("a snapshot is saved with the stamp of its own version only");
		}
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, NAME + ".", ".tmp");
		try {
			try (Out out = new Out(FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING))) {
				out.putLong(MAGIC);
				out.putInt(FORMAT);
				out.putLong(g.version());
				out.putBytes(g.stamp().getBytes(StandardCharsets.UTF_8));
				out.putLong(key.entities());
				out.putLong(key.relationships());
				int n = g.entityCount();
				out.putInt(n);
				byte[] kinds = new byte[n];
				for (int v = 0; v < n; v++) {
					kinds[v] = g.entityKindOrdinal(v);
				}
				out.putStrings(n, g::entityId);
				out.putBytes(kinds, n);
				NameColumn names = g.names();
				out.putInt(names.known() ? 1 : 0);
				if (names.known()) {
					out.putInts(names.offsets(), n + 1);
					out.putBytes(names.bytes(), names.bytes().length);
				}
				ClaimColumns claims = g.columns();
				int m = g.claimCount();
				out.putInt(m);
				out.putInts(claims.src, m);
				out.putInts(claims.dst, m);
				out.putBytes(claims.kind, m);
				for (Column column : List.of(claims.status, claims.confidence, claims.validFrom, claims.validTo,
						claims.recordedOn, claims.shareOfSource, claims.shareOfTarget, claims.amountUsd,
						claims.flags)) {
					out.putColumn(column, m);
				}
				out.putInts(claims.idOffsets, m + 1);
				out.putBytes(claims.idBytes, claims.idOffsets[m]);
				writeListing(out, g.listing());
				out.finish();
			}
			try {
				Files.move(temporary, directory.resolve(NAME), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, directory.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * The snapshot saved in {@code directory} when it is of exactly {@code wanted}; otherwise (none saved, another
	 * version, stamp, count or format) {@code null}.
	 * @throws IOException when the file cannot be read or is damaged
	 */
	static ClaimProjection read(Path directory, Key wanted) throws IOException {
		Saved saved = readSaved(directory, wanted);
		if (saved == null) {
			return null;
		}
		if (saved.listing() != null) {
			saved.projection().attach(saved.listing().decode(saved.projection()));
		}
		return saved.projection();
	}

	/**
	 * A snapshot read back and, when the file kept it, its listing as saved, not decoded yet (decoding a million
	 * entries takes seconds, which the caller may spend after the snapshot is in use).
	 *
	 * @param projection the snapshot, without its listing
	 * @param listing the listing as saved, {@code null} when the file has none
	 */
	record Saved(ClaimProjection projection, SavedListing listing) {
	}

	/** As {@link #read}, the listing left to decode ({@link SavedListing#decode}). */
	static Saved readSaved(Path directory, Key wanted) throws IOException {
		if (wanted.stamp() == null) {
			return null;
		}
		try (In in = new In(FileChannel.open(directory.resolve(NAME), StandardOpenOption.READ))) {
			if (in.getLong() != MAGIC) {
				throw new IOException(directory.resolve(NAME) + " is not an analysis snapshot");
			}
			if (in.getInt() != FORMAT) {
				return null;
			}
			long version = in.getLong();
			String stamp = new String(in.getBytes(in.getInt()), StandardCharsets.UTF_8);
			long entities = in.getLong();
			long relationships = in.getLong();
			if (!new Key(version, stamp, entities, relationships).equals(wanted)) {
				return null;
			}
			int n = in.getInt();
			String[] entityIds = in.getStrings(n);
			byte[] entityKind = in.getBytes(n);
			NameColumn names = NameColumn.NONE;
			if (in.getInt() == 1) {
				int[] nameOffsets = in.getInts(n + 1);
				names = new NameColumn(in.getBytes(nameOffsets[n]), nameOffsets);
			}
			int m = in.getInt();
			ClaimColumns claims = new ClaimColumns(0);
			claims.count = m;
			claims.src = in.getInts(m);
			claims.dst = in.getInts(m);
			claims.kind = in.getBytes(m);
			claims.status = in.getColumn(byte.class, m);
			claims.confidence = in.getColumn(double.class, m);
			claims.validFrom = in.getColumn(int.class, m);
			claims.validTo = in.getColumn(int.class, m);
			claims.recordedOn = in.getColumn(int.class, m);
			claims.shareOfSource = in.getColumn(double.class, m);
			claims.shareOfTarget = in.getColumn(double.class, m);
			claims.amountUsd = in.getColumn(double.class, m);
			claims.flags = in.getColumn(byte.class, m);
			claims.idOffsets = in.getInts(m + 1);
			claims.idBytes = in.getBytes(claims.idOffsets[m]);
			ClaimProjection projection = new ClaimProjection(version, stamp, entityIds, entityKind, names, claims);
			SavedListing listing = readListing(in);
			in.verify();
			return new Saved(projection, listing);
		}
		catch (NoSuchFileException ex) {
			return null;
		}
	}

	/**
	 * The listing, when there is one: its entries in order, their ids as the entities' ids are written, their kinds,
	 * and their names and aliases packed as a {@link NameColumn}.
	 */
	private static void writeListing(Out out, NameListing listing) throws IOException {
		out.putInt(listing == null ? 0 : 1);
		if (listing == null) {
			return;
		}
		List<NameListing.Entry> entries = listing.entries();
		int k = entries.size();
		out.putInt(k);
		byte[] kinds = new byte[k];
		NameColumn.Builder names = new NameColumn.Builder(k);
		for (int i = 0; i < k; i++) {
			NameListing.Entry e = entries.get(i);
			kinds[i] = ProjectionDelta.ordinal(e.kind());
			names.add(e.name(), e.aliases());
		}
		out.putStrings(k, i -> entries.get(i).id());
		out.putBytes(kinds, k);
		NameColumn packed = names.build();
		out.putInts(packed.offsets(), k + 1);
		out.putBytes(packed.bytes(), packed.bytes().length);
	}

	/** The listing {@link #writeListing} wrote, as saved; {@code null} for none. */
	private static SavedListing readListing(In in) throws IOException {
		if (in.getInt() != 1) {
			return null;
		}
		int k = in.getInt();
		String[] ids = in.getStrings(k);
		byte[] kinds = in.getBytes(k);
		int[] nameOffsets = in.getInts(k + 1);
		return new SavedListing(ids, kinds, new NameColumn(in.getBytes(nameOffsets[k]), nameOffsets));
	}

	/**
	 * A listing as its file keeps it: the entries' ids, kinds and names, in order.
	 *
	 * @param ids the ids
	 * @param kinds the kinds' ordinals, -1 for none
	 * @param names the names and aliases
	 */
	record SavedListing(String[] ids, byte[] kinds, NameColumn names) {

		/** The listing, its ids shared with {@code g}'s where it has them. */
		NameListing decode(ClaimProjection g) {
			int k = this.kinds.length;
			EntityKind[] all = EntityKind.values();
			List<NameListing.Entry> entries = new ArrayList<>(k);
			for (int i = 0; i < k; i++) {
				String id = this.ids[i];
				int v = g.rawNode(id);
				entries.add(new NameListing.Entry(v >= 0 ? g.entityId(v) : id,
						this.kinds[i] < 0 ? null : all[this.kinds[i]], this.names.name(i), this.names.aliases(i)));
			}
			return NameListing.ofSorted(entries);
		}

	}

	/** Buffered little-endian output that checksums what it writes. */
	private static final class Out implements AutoCloseable {

		private final FileChannel channel;

		private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);

		private final CRC32C crc = new CRC32C();

		Out(FileChannel channel) {
			this.channel = channel;
		}

		void putLong(long value) throws IOException {
			room(8);
			this.buffer.putLong(value);
		}

		void putInt(int value) throws IOException {
			room(4);
			this.buffer.putInt(value);
		}

		void putBytes(byte[] bytes) throws IOException {
			putInt(bytes.length);
			putBytes(bytes, bytes.length);
		}

		void putBytes(byte[] a, int length) throws IOException {
			for (int i = 0; i < length;) {
				room(1);
				int chunk = Math.min(length - i, this.buffer.remaining());
				this.buffer.put(a, i, chunk);
				i += chunk;
			}
		}

		/** {@code n} strings: their UTF-8 lengths' running offsets ({@code n + 1} ints), then their bytes. */
		void putStrings(int n, IntFunction<String> string) throws IOException {
			int[] offsets = new int[n + 1];
			byte[][] bytes = new byte[n][];
			for (int i = 0; i < n; i++) {
				bytes[i] = string.apply(i).getBytes(StandardCharsets.UTF_8);
				offsets[i + 1] = offsets[i] + bytes[i].length;
			}
			putInts(offsets, n + 1);
			for (byte[] b : bytes) {
				putBytes(b, b.length);
			}
		}

		void putInts(int[] a, int length) throws IOException {
			for (int i = 0; i < length;) {
				room(4);
				int chunk = Math.min(length - i, this.buffer.remaining() / 4);
				this.buffer.asIntBuffer().put(a, i, chunk);
				this.buffer.position(this.buffer.position() + chunk * 4);
				i += chunk;
			}
		}

		void putDoubles(double[] a, int length) throws IOException {
			for (int i = 0; i < length;) {
				room(8);
				int chunk = Math.min(length - i, this.buffer.remaining() / 8);
				this.buffer.asDoubleBuffer().put(a, i, chunk);
				this.buffer.position(this.buffer.position() + chunk * 8);
				i += chunk;
			}
		}

		/**
		 * The first {@code length} entries of a value column, as {@link #putBytes}, {@link #putInts} or
		 * {@link #putDoubles} write an array of them (the file does not say how the column is held).
		 */
		void putColumn(Column column, int length) throws IOException {
			for (int k = 0; k << Column.SHIFT < length; k++) {
				int n = Math.min(Column.SIZE, length - (k << Column.SHIFT));
				Object chunk = column.chunk(k);
				if (chunk instanceof byte[] a) {
					putBytes(a, n);
				}
				else if (chunk instanceof int[] a) {
					putInts(a, n);
				}
				else {
					putDoubles((double[]) chunk, n);
				}
			}
		}

		/** Writes the checksum of everything so far and flushes. */
		void finish() throws IOException {
			drain();
			this.buffer.putLong(this.crc.getValue());
			this.buffer.flip();
			while (this.buffer.hasRemaining()) {
				this.channel.write(this.buffer);
			}
			this.buffer.clear();
			this.channel.force(false);
		}

		private void room(int bytes) throws IOException {
			if (this.buffer.remaining() < bytes) {
				drain();
			}
		}

		private void drain() throws IOException {
			this.buffer.flip();
			this.crc.update(this.buffer.duplicate());
			while (this.buffer.hasRemaining()) {
				this.channel.write(this.buffer);
			}
			this.buffer.clear();
		}

		@Override
		public void close() throws IOException {
			this.channel.close();
		}

	}

	/** Buffered little-endian input that checksums what it reads. */
	private static final class In implements AutoCloseable {

		private final FileChannel channel;

		private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);

		private final CRC32C crc = new CRC32C();

		/** How much of the buffer, from its start, is in the checksum already. */
		private int summed;

		In(FileChannel channel) {
			this.channel = channel;
			this.buffer.limit(0);
		}

		long getLong() throws IOException {
			need(8);
			return this.buffer.getLong();
		}

		int getInt() throws IOException {
			need(4);
			return this.buffer.getInt();
		}

		byte[] getBytes(int length) throws IOException {
			check(length, 1);
			byte[] a = new byte[length];
			for (int i = 0; i < length;) {
				need(1);
				int chunk = Math.min(length - i, this.buffer.remaining());
				this.buffer.get(a, i, chunk);
				i += chunk;
			}
			return a;
		}

		/** The strings {@link Out#putStrings} wrote. */
		String[] getStrings(int n) throws IOException {
			int[] offsets = getInts(n + 1);
			byte[] bytes = getBytes(offsets[n]);
			String[] strings = new String[n];
			for (int i = 0; i < n; i++) {
				strings[i] = new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
			}
			return strings;
		}

		int[] getInts(int length) throws IOException {
			check(length, 4);
			int[] a = new int[length];
			for (int i = 0; i < length;) {
				need(4);
				int chunk = Math.min(length - i, this.buffer.remaining() / 4);
				this.buffer.asIntBuffer().get(a, i, chunk);
				this.buffer.position(this.buffer.position() + chunk * 4);
				i += chunk;
			}
			return a;
		}

		/** A value column of {@code length} entries of {@code type}, as {@link Out#putColumn} wrote it. */
		Column getColumn(Class<?> type, int length) throws IOException {
			int chunks = Math.max(1, (length + Column.SIZE - 1) >>> Column.SHIFT);
			Object[] read = new Object[chunks];
			for (int k = 0; k < chunks; k++) {
				int n = Math.max(0, Math.min(Column.SIZE, length - (k << Column.SHIFT)));
				Object chunk = type == byte.class ? getBytes(n) : type == int.class ? getInts(n) : getDoubles(n);
				if (chunks > 1 && n < Column.SIZE) {
					Object full = java.lang.reflect.Array.newInstance(type, Column.SIZE);
					System.arraycopy(chunk, 0, full, 0, n);
					chunk = full;
				}
				read[k] = chunk;
			}
			return Column.ofChunks(type, read);
		}

		double[] getDoubles(int length) throws IOException {
			check(length, 8);
			double[] a = new double[length];
			for (int i = 0; i < length;) {
				need(8);
				int chunk = Math.min(length - i, this.buffer.remaining() / 8);
				this.buffer.asDoubleBuffer().get(a, i, chunk);
				this.buffer.position(this.buffer.position() + chunk * 8);
				i += chunk;
			}
			return a;
		}

		/** Reads the checksum at the end and compares it with that of the content read; throws when they differ. */
		void verify() throws IOException {
			sum();
			need(8);
			long stored = this.buffer.getLong();
			if (stored != this.crc.getValue()) {
				throw new IOException("the analysis snapshot file is damaged (checksum mismatch)");
			}
			if (this.buffer.hasRemaining() || this.channel.position() != this.channel.size()) {
				throw new IOException("the analysis snapshot file has bytes after its end");
			}
		}

		/**
		 * Refuses a length the rest of the file cannot hold (a damaged count), before anything is allocated for it:
		 * a damaged file is an IOException, never an OutOfMemoryError.
		 */
		private void check(int length, int width) throws IOException {
			long left = this.channel.size() - this.channel.position() + this.buffer.remaining();
			if (length < 0 || (long) length * width > left) {
				throw new IOException("the analysis snapshot file is damaged (a length of " + length
						+ " where " + left + " bytes are left)");
			}
		}

		/** Adds what was consumed of the buffer since the last sum to the checksum. */
		private void sum() {
			ByteBuffer consumed = this.buffer.duplicate();
			consumed.position(this.summed).limit(this.buffer.position());
			this.crc.update(consumed);
			this.summed = this.buffer.position();
		}

		private void need(int bytes) throws IOException {
			if (this.buffer.remaining() >= bytes) {
				return;
			}
			sum();
			this.buffer.compact();
			while (this.buffer.position() < bytes) {
				if (this.channel.read(this.buffer) < 0) {
					throw new IOException("the analysis snapshot file is truncated");
				}
			}
			this.buffer.flip();
			this.summed = 0;
		}

		@Override
		public void close() throws IOException {
			this.channel.close();
		}

	}

}
