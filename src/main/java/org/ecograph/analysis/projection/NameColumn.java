package org.ecograph.analysis.projection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The names and aliases of a snapshot's entities, in node order, packed into one byte array: per entity its name and
 * each alias as UTF-8 with varint lengths ({@code name length + 1}, 0 for no name; the number of aliases; each
 * alias's length), found through one offset per entity. About 30 bytes per entity of typical names, against some 60
 * for a {@code String} each; decoded on demand, for the few entities an answer names.
 */
final class NameColumn {

	/** The column of a snapshot that holds no names (built without them): every lookup falls back to Neo4j. */
	static final NameColumn NONE = new NameColumn(new byte[0], null);

	private final byte[] bytes;

	/** Where each entity's record starts ({@code n + 1} entries), {@code null} for {@link #NONE}. */
	private final int[] offsets;

	NameColumn(byte[] bytes, int[] offsets) {
		this.bytes = bytes;
		this.offsets = offsets;
	}

	/** Whether this column holds the names of its snapshot's entities. */
	boolean known() {
		return this.offsets != null;
	}

	/** The name of entity {@code v}, {@code null} when it has none. */
	String name(int v) {
		int[] at = { this.offsets[v] };
		int length = readVarint(at) - 1;
		return length < 0 ? null : new String(this.bytes, at[0], length, StandardCharsets.UTF_8);
	}

	/** The aliases of entity {@code v}, in their stored order; empty when it has none. */
	List<String> aliases(int v) {
		int[] at = { this.offsets[v] };
		int nameLength = readVarint(at) - 1;
		at[0] += Math.max(0, nameLength);
		int count = readVarint(at);
		if (count == 0) {
			return List.of();
		}
		List<String> aliases = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int length = readVarint(at);
			aliases.add(new String(this.bytes, at[0], length, StandardCharsets.UTF_8));
			at[0] += length;
		}
		return List.copyOf(aliases);
	}

	/** The packed bytes, for {@link ProjectionFile}; never to be changed. */
	byte[] bytes() {
		return this.bytes;
	}

	/** The offsets, for {@link ProjectionFile}; never to be changed. */
	int[] offsets() {
		return this.offsets;
	}

	/** Heap held, in bytes (arrays only). */
	long sizeInBytes() {
		return this.bytes.length + (this.offsets == null ? 0 : 4L * this.offsets.length);
	}

	private int readVarint(int[] at) {
		int value = 0;
		for (int shift = 0;; shift += 7) {
			byte b = this.bytes[at[0]++];
			value |= (b & 0x7F) << shift;
			if (b >= 0) {
				return value;
			}
		}
	}

	/** Appends entities' names in node order. */
	static final class Builder {

		private byte[] bytes;

		private int size;

		private final int[] offsets;

		private int count;

		Builder(int entities) {
			this.offsets = new int[entities + 1];
			this.bytes = new byte[Math.max(16, entities * 24)];
		}

		/** Appends the next entity's name ({@code null}: none) and aliases ({@code null}: none). */
		Builder add(String name, List<String> aliases) {
			if (name == null) {
				varint(0);
			}
			else {
				byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
				varint(utf8.length + 1);
				put(utf8, 0, utf8.length);
			}
			List<String> all = aliases == null ? List.of() : aliases;
			varint(all.size());
			for (String alias : all) {
				byte[] utf8 = alias.getBytes(StandardCharsets.UTF_8);
				varint(utf8.length);
				put(utf8, 0, utf8.length);
			}
			this.offsets[++this.count] = this.size;
			return this;
		}

		/** Appends entity {@code v} of {@code from} as it is there (a copy of its bytes). */
		Builder copy(NameColumn from, int v) {
			int start = from.offsets[v];
			put(from.bytes, start, from.offsets[v + 1] - start);
			this.offsets[++this.count] = this.size;
			return this;
		}

		NameColumn build() {
			if (this.count != this.offsets.length - 1) {
				throw new IllegalStateException(this.count + " names for " + (this.offsets.length - 1) + " entities");
			}
			return new NameColumn(Arrays.copyOf(this.bytes, this.size), this.offsets);
		}

		private void varint(int value) {
			while ((value & ~0x7F) != 0) {
				put1((byte) ((value & 0x7F) | 0x80));
				value >>>= 7;
			}
			put1((byte) value);
		}

		private void put1(byte b) {
			ensure(1);
			this.bytes[this.size++] = b;
		}

		private void put(byte[] source, int from, int length) {
			ensure(length);
			System.arraycopy(source, from, this.bytes, this.size, length);
			this.size += length;
		}

		private void ensure(int more) {
			if (this.size + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.size + more, this.bytes.length * 2));
			}
		}

	}

}
