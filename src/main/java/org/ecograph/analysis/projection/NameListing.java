package org.ecograph.analysis.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.ecograph.model.EntityKind;
import org.ecograph.model.EntityNames;

/**
 * Every entity node of one graph version as the catalog lists it ({@code entities(kinds, nameContains)}): id, kind,
 * name and aliases, ordered by name then id, with the lower-cased search keys ({@link EntityNames#keyOf}) joined into
 * one string, so a listing is a run of searches from the cursor on that stops at its page's last entry. Each block of
 * {@value #BLOCK} entries keeps a 512-bit mask of the pairs of adjacent characters in their keys, so the search skips,
 * a few word reads each, the blocks that lack a pair of the needle, rather than reading every character before the
 * first match (a block whose mask has every pair without holding the needle is searched for nothing).
 * Unlike the snapshot's nodes, it holds every entity node as stored: one judged the same as another is listed as
 * itself, as the database lists it.
 * <p>
 * Immutable. A steward's change makes the next version's listing from this one with {@link #with}: the entities it
 * changed go to a small overlay (the base is shared, not copied) that is merged into a new base once it grows past a
 * share of the whole (at most {@value #MAX_OVERLAY} entities), so a change costs what it changed; a change that
 * touched entities without changing how they are listed (the ends of a claim it wrote) keeps the listing as it is.
 */
final class NameListing {

	/** The order the catalog lists entities in: name (absent names last), then id. */
	static final Comparator<Entry> ORDER = (a, b) -> {
		int byName = a.name() == null ? (b.name() == null ? 0 : 1)
				: b.name() == null ? -1 : a.name().compareTo(b.name());
		return byName != 0 ? byName : a.id().compareTo(b.id());
	};

	/**
	 * The overlay is merged into the base once it holds more than a 32nd of the base, at least this many entities
	 * and at most {@link #MAX_OVERLAY}: a change copies the overlay, a merge the whole listing.
	 */
	private static final int MIN_OVERLAY_MERGE = 1024;

	private static final int MAX_OVERLAY = 8192;

	private static final EntityKind[] KINDS = EntityKind.values();

	/** Entries per block of {@link #pairs}, a power of two. */
	static final int BLOCK = 8;

	private static final int BLOCK_SHIFT = Integer.numberOfTrailingZeros(BLOCK);

	/** Words (of 64 bits) per block's mask of character pairs. */
	private static final int MASK_WORDS = 8;

	private static final char SEPARATOR = EntityNames.SEPARATOR;

	/** The base, in {@link #ORDER}: ids, names, aliases ({@code null} for none) and kind ordinals (-1 for none). */
	private final String[] ids;

	private final String[] names;

	private final String[][] aliases;

	private final byte[] kinds;

	/** The base's ids in order, to find an id in the base. */
	private final String[] byId;

	/** The base's search keys in order, each followed by {@link #SEPARATOR}. */
	private final String keys;

	/** Where each base entry's key starts in {@link #keys} ({@code n + 1} entries, the last one past the end). */
	private final int[] starts;

	/** Per block of {@link #BLOCK} base entries, {@link #MASK_WORDS} words: the bits of the pairs in their keys. */
	private final long[] pairs;

	/** The entities changed since the base: id → entry now, {@code null} for one gone. */
	private final Map<String, Entry> overlay;

	/** The overlay's present entries, in {@link #ORDER}. */
	private final Entry[] overlaid;

	/** Their search keys, made once per listing rather than per question. */
	private final String[] overlaidKeys;

	/** How many entities are listed. */
	private final int size;

	/**
	 * One entity as listed.
	 *
	 * @param id its id
	 * @param kind its kind, {@code null} for none
	 * @param name its name, {@code null} for none
	 * @param aliases its aliases, empty for none
	 */
	record Entry(String id, EntityKind kind, String name, List<String> aliases) {

		Entry {
			aliases = aliases == null ? List.of() : List.copyOf(aliases);
		}

		String key() {
			return EntityNames.keyOf(this.name, this.aliases);
		}

	}

	private NameListing(List<Entry> sorted) {
		int n = sorted.size();
		this.ids = new String[n];
		this.names = new String[n];
		this.aliases = new String[n][];
		this.kinds = new byte[n];
		this.starts = new int[n + 1];
		StringBuilder joined = new StringBuilder(n * 24);
		for (int i = 0; i < n; i++) {
			Entry e = sorted.get(i);
			this.ids[i] = e.id();
			this.names[i] = e.name();
			this.aliases[i] = e.aliases().isEmpty() ? null : e.aliases().toArray(String[]::new);
			this.kinds[i] = e.kind() == null ? -1 : (byte) e.kind().ordinal();
			this.starts[i] = joined.length();
			joined.append(e.key()).append(SEPARATOR);
		}
		this.starts[n] = joined.length();
		this.keys = joined.toString();
		this.pairs = new long[((n + BLOCK - 1) >>> BLOCK_SHIFT) * MASK_WORDS];
		for (int i = 0; i < n; i++) {
			int block = (i >>> BLOCK_SHIFT) * MASK_WORDS;
			for (int at = this.starts[i] + 1; at < this.starts[i + 1] - 1; at++) {
				int bit = pair(this.keys.charAt(at - 1), this.keys.charAt(at));
				this.pairs[block + (bit >>> 6)] |= 1L << bit;
			}
		}
		this.byId = this.ids.clone();
		Arrays.sort(this.byId);
		this.overlay = Map.of();
		this.overlaid = new Entry[0];
		this.overlaidKeys = new String[0];
		this.size = n;
	}

	private NameListing(NameListing base, Map<String, Entry> overlay, Entry[] overlaid, int size) {
		this.ids = base.ids;
		this.names = base.names;
		this.aliases = base.aliases;
		this.kinds = base.kinds;
		this.byId = base.byId;
		this.keys = base.keys;
		this.starts = base.starts;
		this.pairs = base.pairs;
		this.overlay = overlay;
		this.overlaid = overlaid;
		this.overlaidKeys = Arrays.stream(overlaid).map(Entry::key).toArray(String[]::new);
		this.size = size;
	}

	/** The listing of these entities (in any order; an id given twice counts once, the last one). */
	static NameListing of(Collection<Entry> entities) {
		Map<String, Entry> byId = new HashMap<>(entities.size() * 2);
		entities.forEach(e -> byId.put(e.id(), e));
		List<Entry> sorted = new ArrayList<>(byId.values());
		sorted.sort(ORDER);
		return new NameListing(sorted);
	}

	/** The listing of these entries, already in {@link #ORDER} with distinct ids (as {@link #entries} gives them). */
	static NameListing ofSorted(List<Entry> sorted) {
		return new NameListing(sorted);
	}

	/** Every entity listed, in {@link #ORDER}. */
	List<Entry> entries() {
		List<Entry> all = new ArrayList<>(this.size);
		for (int i = 0; i < this.ids.length; i++) {
			if (this.overlay.isEmpty() || !this.overlay.containsKey(this.ids[i])) {
				all.add(baseEntry(i));
			}
		}
		if (this.overlaid.length > 0) {
			all.addAll(Arrays.asList(this.overlaid));
			all.sort(ORDER);
		}
		return all;
	}

	/** The entry of a row the projection read. */
	static Entry entry(ProjectionRepository.EntityRow row) {
		return new Entry(row.id(), row.kind(), row.name(), row.aliases());
	}

	/**
	 * The listing after a change: each of {@code touched} as {@code now} holds it, or gone when {@code now} lacks it.
	 * This listing when nothing was touched.
	 */
	NameListing with(Set<String> touched, Map<String, Entry> now) {
		Map<String, Entry> next = null;
		int size = this.size;
		for (String id : touched) {
			Entry entry = now.get(id);
			boolean overlaid = this.overlay.containsKey(id);
			boolean was = overlaid ? this.overlay.get(id) != null : inBase(id);
			Entry current = overlaid ? this.overlay.get(id) : entry == null ? null : baseAt(entry);
			if (entry == null ? !was : entry.equals(current)) {
				continue; // unchanged, as the ends of a claim a change wrote mostly are
			}
			if (next == null) {
				next = new HashMap<>(this.overlay);
			}
			next.put(id, entry);
			size += (entry != null ? 1 : 0) - (was ? 1 : 0);
		}
		if (next == null) {
			return this;
		}
		Entry[] present = next.values().stream().filter(e -> e != null).sorted(ORDER).toArray(Entry[]::new);
		if (next.size() > Math.max(MIN_OVERLAY_MERGE, Math.min(MAX_OVERLAY, this.ids.length / 32))) {
			List<Entry> all = new ArrayList<>(this.ids.length + present.length);
			for (int i = 0; i < this.ids.length; i++) {
				if (!next.containsKey(this.ids[i])) {
					all.add(baseEntry(i));
				}
			}
			all.addAll(Arrays.asList(present));
			all.sort(ORDER);
			return new NameListing(all);
		}
		return new NameListing(this, next, present, size);
	}

	/** The base's entry with {@code entry}'s id where {@code entry} stands in the base's order, else {@code null}. */
	private Entry baseAt(Entry entry) {
		int low = 0;
		int high = this.ids.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (ORDER.compare(baseKey(mid), entry) < 0) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low < this.ids.length && this.ids[low].equals(entry.id()) ? baseEntry(low) : null;
	}

	/** Base entry {@code i}'s name and id, for {@link #ORDER}. */
	private Entry baseKey(int i) {
		return new Entry(this.ids[i], null, this.names[i], List.of());
	}

	/** How many entities are listed. */
	int size() {
		return this.size;
	}

	/**
	 * The first {@code limit} entries, in order, of these kinds whose key contains {@code needle}, after the cursor.
	 * As the catalog's statements answer: without a needle, entities without a name are not listed; with one, they
	 * come last, and only on a page without a cursor.
	 *
	 * @param kinds only these kinds; {@code null} or empty for all
	 * @param needle a search key ({@link EntityNames#key}); {@code null} for all
	 * @param afterName the cursor's name, {@code null} for the first page
	 * @param afterId the cursor's id, {@code null} for the first page
	 */
	List<Entry> page(Set<EntityKind> kinds, String needle, String afterName, String afterId, int limit) {
		boolean[] wanted = wanted(kinds);
		boolean named = needle == null || afterId != null;
		String fromName = afterId == null ? "" : afterName;
		String fromId = afterId == null ? "" : afterId;
		List<Entry> fromBase = new ArrayList<>(Math.min(limit, 64));
		int[] probe = probe(needle);
		int n = this.ids.length;
		for (int i = next(after(fromName, fromId, named), needle, probe);
				i < n && fromBase.size() < limit; i = next(i + 1, needle, probe)) {
			if (accepts(i, wanted, named)) {
				fromBase.add(baseEntry(i));
			}
		}
		if (this.overlaid.length == 0) {
			return fromBase;
		}
		List<Entry> fromOverlay = new ArrayList<>();
		for (int o = 0; o < this.overlaid.length && fromOverlay.size() < limit; o++) {
			Entry e = this.overlaid[o];
			if ((!named || (e.name() != null && isAfter(e, fromName, fromId))) && wanted(wanted, e.kind())
					&& (needle == null || this.overlaidKeys[o].contains(needle))) {
				fromOverlay.add(e);
			}
		}
		List<Entry> merged = new ArrayList<>(fromBase.size() + fromOverlay.size());
		merged.addAll(fromBase);
		merged.addAll(fromOverlay);
		merged.sort(ORDER);
		return merged.size() > limit ? List.copyOf(merged.subList(0, limit)) : merged;
	}

	/** How many entities of these kinds have a key containing {@code needle} ({@code null}: all of those kinds). */
	long count(Set<EntityKind> kinds, String needle) {
		boolean[] wanted = wanted(kinds);
		if (wanted == null && needle == null) {
			return this.size;
		}
		long count = 0;
		int[] probe = probe(needle);
		int n = this.ids.length;
		for (int i = next(0, needle, probe); i < n; i = next(i + 1, needle, probe)) {
			if (accepts(i, wanted, false)) {
				count++;
			}
		}
		for (int o = 0; o < this.overlaid.length; o++) {
			if (wanted(wanted, this.overlaid[o].kind()) && (needle == null || this.overlaidKeys[o].contains(needle))) {
				count++;
			}
		}
		return count;
	}

	/** Heap held, in bytes: the arrays and strings of the base (ids shared with the snapshot not counted). */
	long sizeInBytes() {
		long bytes = 2L * this.keys.length() + 4L * this.starts.length + 13L * this.ids.length + 8L * this.pairs.length;
		for (String name : this.names) {
			bytes += name == null ? 0 : 40 + 2L * name.length();
		}
		return bytes + 100L * this.overlay.size();
	}

	private boolean accepts(int i, boolean[] wanted, boolean named) {
		if (named && this.names[i] == null) {
			return false;
		}
		if (wanted != null && (this.kinds[i] < 0 || !wanted[this.kinds[i]])) {
			return false;
		}
		return this.overlay.isEmpty() || !this.overlay.containsKey(this.ids[i]);
	}

	/** The first base index after the cursor ({@code inclusive}: at or after the name, then after the id). */
	private int after(String name, String id, boolean named) {
		if (!named) {
			return 0;
		}
		int low = 0;
		int high = this.ids.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			String n = this.names[mid];
			int c = n == null ? 1 : n.compareTo(name);
			if (c < 0 || (c == 0 && this.ids[mid].compareTo(id) <= 0)) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private static boolean isAfter(Entry e, String name, String id) {
		int c = e.name().compareTo(name);
		return c > 0 || (c == 0 && e.id().compareTo(id) > 0);
	}

	/**
	 * The first base index from {@code i} on whose key contains {@code needle} (all of them for none or an empty one),
	 * {@code n} when none does: blocks whose mask lacks a bit of {@code probe} are skipped unread.
	 */
	private int next(int i, String needle, int[] probe) {
		int n = this.ids.length;
		if (needle == null || needle.isEmpty() || i >= n) {
			return Math.min(i, n);
		}
		if (probe == null) {
			int at = this.keys.indexOf(needle, this.starts[i]);
			return at < 0 ? n : entryAt(at);
		}
		while (i < n) {
			int block = i >>> BLOCK_SHIFT;
			if (!mayHold(block, probe)) {
				i = (block + 1) << BLOCK_SHIFT;
				continue;
			}
			for (int end = Math.min(n, (block + 1) << BLOCK_SHIFT); i < end; i++) {
				if (keyContains(i, needle)) {
					return i;
				}
			}
		}
		return n;
	}

	/** Whether block {@code block}'s mask has every bit of {@code probe}. */
	private boolean mayHold(int block, int[] probe) {
		int base = block * MASK_WORDS;
		for (int bit : probe) {
			if ((this.pairs[base + (bit >>> 6)] & (1L << bit)) == 0) {
				return false;
			}
		}
		return true;
	}

	/** Whether base entry {@code i}'s key contains {@code needle} (of two characters or more). */
	private boolean keyContains(int i, String needle) {
		String keys = this.keys;
		char first = needle.charAt(0);
		int last = this.starts[i + 1] - 1 - needle.length();
		for (int at = keys.indexOf(first, this.starts[i]); at >= 0 && at <= last; at = keys.indexOf(first, at + 1)) {
			if (keys.startsWith(needle, at)) {
				return true;
			}
		}
		return false;
	}

	/** The mask bits of the needle's pairs of adjacent characters; {@code null} for a needle shorter than two. */
	private static int[] probe(String needle) {
		if (needle == null || needle.length() < 2) {
			return null;
		}
		return IntStream.range(1, needle.length())
			.map(at -> pair(needle.charAt(at - 1), needle.charAt(at)))
			.distinct()
			.toArray();
	}

	/** The mask bit (0..511) of a pair of adjacent characters. */
	private static int pair(char a, char b) {
		return ((a * 0x9E3779B1 + b) * 0x85EBCA6B) >>> 23;
	}

	/** The base entry whose key holds position {@code at} of {@link #keys}. */
	private int entryAt(int at) {
		int found = Arrays.binarySearch(this.starts, at);
		return found >= 0 ? found : -found - 2;
	}

	private Entry baseEntry(int i) {
		byte kind = this.kinds[i];
		return new Entry(this.ids[i], kind < 0 ? null : KINDS[kind], this.names[i],
				this.aliases[i] == null ? List.of() : List.of(this.aliases[i]));
	}

	private boolean inBase(String id) {
		return Arrays.binarySearch(this.byId, id) >= 0;
	}

	private static boolean[] wanted(Set<EntityKind> kinds) {
		if (kinds == null || kinds.isEmpty()) {
			return null;
		}
		boolean[] wanted = new boolean[KINDS.length];
		kinds.forEach(k -> wanted[k.ordinal()] = true);
		return wanted;
	}

	private static boolean wanted(boolean[] wanted, EntityKind kind) {
		return wanted == null || (kind != null && wanted[kind.ordinal()]);
	}

}
