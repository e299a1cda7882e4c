package org.ecograph.analysis.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.ecograph.model.EntityKind;
import org.ecograph.model.EntityNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NameListing} against the catalog's rules written out plainly (filter every entity, sort, cut): random
 * entities (names in mixed case and Chinese, some without a name, aliases, some without a kind), random questions
 * (needles, kinds, cursors taken from the answers, page sizes), before and after a run of changes that fills the
 * overlay and merges it into the base more than once.
 */
class NameListingTests {

	private static final String[] PARTS = { "Open", "AI", "nvidia", "Dell", "data", "中心", "英伟达", "ai", "Grid",
			"x", "Ünï", "" };

	private static final EntityKind[] KINDS = EntityKind.values();

	@Test
	void pagesAndCountsAreThoseOfTheRulesBeforeAndAfterChanges() {
		for (long seed = 1; seed <= 4; seed++) {
			Random random = new Random(seed);
			Map<String, NameListing.Entry> entities = new HashMap<>();
			for (int i = 0; i < 1_500; i++) {
				NameListing.Entry e = entity(random, "company:e" + i);
				entities.put(e.id(), e);
			}
			NameListing listing = NameListing.of(entities.values());
			assertSame(listing, entities, random);
			int nextId = 1_500;
			for (int change = 0; change < 60; change++) {
				Set<String> touched = new HashSet<>();
				Map<String, NameListing.Entry> now = new HashMap<>();
				int size = change % 6 == 5 ? 300 : 1 + random.nextInt(12);
				List<String> ids = new ArrayList<>(entities.keySet());
				for (int k = 0; k < size; k++) {
					int what = random.nextInt(6);
					String id = what == 0 ? "company:e" + nextId++
							: what == 5 ? "company:never-" + change + "-" + k : ids.get(random.nextInt(ids.size()));
					touched.add(id);
					if (what == 3) {
						entities.remove(id);
						now.remove(id);
					}
					else if (what == 4) {
						// touched, unchanged (a claim's end): as it is now, when it exists
						if (entities.containsKey(id)) {
							now.put(id, entities.get(id));
						}
					}
					else if (what != 5) {
						NameListing.Entry e = entity(random, id);
						entities.put(id, e);
						now.put(id, e);
					}
				}
				listing = listing.with(touched, now);
				if (change % 5 == 0 || change == 59) {
					assertSame(listing, entities, random);
				}
			}
		}
	}

	@Test
	void aChangeTouchingNothingKeepsTheListing() {
		NameListing listing = NameListing
			.of(List.of(new NameListing.Entry("company:a", EntityKind.COMPANY, "A", null)));
		assertThat(listing.with(Set.of(), Map.of())).isSameAs(listing);
	}

	@Test
	void aChangeThatListsItsEntitiesAsTheyWereKeepsTheListing() {
		NameListing.Entry a = new NameListing.Entry("company:a", EntityKind.COMPANY, "A", List.of("Alpha"));
		NameListing.Entry b = new NameListing.Entry("company:b", EntityKind.AGENCY, "B", null);
		NameListing listing = NameListing.of(List.of(a, b));
		assertThat(listing.with(Set.of("company:a", "company:b", "company:none"),
				Map.of("company:a", new NameListing.Entry("company:a", EntityKind.COMPANY, "A", List.of("Alpha")),
						"company:b", b)))
			.as("the ends of a claim, unchanged, and an id no entity has")
			.isSameAs(listing);
		NameListing renamed = listing.with(Set.of("company:b"),
				Map.of("company:b", new NameListing.Entry("company:b", EntityKind.AGENCY, "Beta", null)));
		assertThat(renamed).isNotSameAs(listing);
		assertThat(renamed.with(Set.of("company:b"),
				Map.of("company:b", new NameListing.Entry("company:b", EntityKind.AGENCY, "Beta", null))))
			.as("unchanged since the overlay took it")
			.isSameAs(renamed);
		assertThat(renamed.page(null, "beta", null, null, 5)).extracting(NameListing.Entry::id)
			.containsExactly("company:b");
	}

	private static void assertSame(NameListing listing, Map<String, NameListing.Entry> entities, Random random) {
		assertThat(listing.size()).isEqualTo(entities.size());
		List<String> needles = new ArrayList<>(List.of("", "ai", "open", "中", "x", "nothing-at-all"));
		needles.add(null);
		for (int q = 0; q < 40; q++) {
			String needle = needles.get(random.nextInt(needles.size()));
			Set<EntityKind> kinds = random.nextInt(3) == 0 ? null
					: EnumSet.of(KINDS[random.nextInt(KINDS.length)], KINDS[random.nextInt(KINDS.length)]);
			int limit = 1 + random.nextInt(30);
			assertThat(listing.count(kinds, needle)).as("count %s %s", needle, kinds)
				.isEqualTo(expected(entities, kinds, needle, null, null, Integer.MAX_VALUE).size()
						+ (needle == null ? unnamed(entities, kinds) : 0));
			String afterName = null;
			String afterId = null;
			for (int page = 0; page < 50; page++) {
				List<NameListing.Entry> got = listing.page(kinds, needle, afterName, afterId, limit);
				List<NameListing.Entry> want = expected(entities, kinds, needle, afterName, afterId, limit);
				assertThat(got).as("%s %s after %s/%s", needle, kinds, afterName, afterId).isEqualTo(want);
				if (got.size() < limit || got.get(got.size() - 1).name() == null) {
					break;
				}
				afterName = got.get(got.size() - 1).name();
				afterId = got.get(got.size() - 1).id();
			}
		}
	}

	/** The rules: the catalog's statements (EntityRepositoryImpl's LIST_ALL, LIST_MATCHING_FIRST, LIST_MATCHING). */
	private static List<NameListing.Entry> expected(Map<String, NameListing.Entry> entities, Set<EntityKind> kinds,
			String needle, String afterName, String afterId, int limit) {
		String fromName = afterId == null ? "" : afterName;
		String fromId = afterId == null ? "" : afterId;
		return entities.values()
			.stream()
			.filter(e -> kinds == null || (e.kind() != null && kinds.contains(e.kind())))
			.filter(e -> needle == null || EntityNames.keyOf(e.name(), e.aliases()).contains(needle))
			.filter(e -> (needle != null && afterId == null) || (e.name() != null && (e.name().compareTo(fromName) > 0
					|| (e.name().equals(fromName) && e.id().compareTo(fromId) > 0))))
			.sorted(Comparator
				.comparing(NameListing.Entry::name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
				.thenComparing(NameListing.Entry::id))
			.limit(limit)
			.toList();
	}

	/** Entities without a name: counted, but not listed without a needle. */
	private static long unnamed(Map<String, NameListing.Entry> entities, Set<EntityKind> kinds) {
		return entities.values()
			.stream()
			.filter(e -> e.name() == null)
			.filter(e -> kinds == null || (e.kind() != null && kinds.contains(e.kind())))
			.count();
	}

	private static NameListing.Entry entity(Random random, String id) {
		String name = random.nextInt(15) == 0 ? null
				: PARTS[random.nextInt(PARTS.length)] + " " + PARTS[random.nextInt(PARTS.length)]
						+ (random.nextBoolean() ? "" : " " + random.nextInt(5));
		List<String> aliases = new ArrayList<>();
		for (int a = random.nextInt(3); a > 0; a--) {
			aliases.add(PARTS[random.nextInt(PARTS.length)] + PARTS[random.nextInt(PARTS.length)]);
		}
		EntityKind kind = random.nextInt(12) == 0 ? null : KINDS[random.nextInt(KINDS.length)];
		return new NameListing.Entry(id, kind, name, aliases);
	}

}
