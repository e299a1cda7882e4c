package org.ecograph.analysis.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.ecograph.model.EntityKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listing read at some version while updates went on is brought up to the version of the snapshot it is for: the
 * same as a listing read at that version, whatever version it was read at between the updates' ends; not at all when
 * an update since its version is missing.
 */
class ListingCatchUpTests {

	@Test
	void aListingReadBetweenUpdatesIsBroughtUpToTheSnapshotsVersion() {
		Random random = new Random(42);
		// one entity changed per version, 0..60; updates group versions: 0->4, 4->9, ...
		List<Map<String, NameListing.Entry>> states = new ArrayList<>();
		List<String> changedAt = new ArrayList<>();
		Map<String, NameListing.Entry> state = new HashMap<>();
		for (int i = 0; i < 40; i++) {
			state.put("company:e" + i, entry("company:e" + i, random));
		}
		states.add(Map.copyOf(state));
		changedAt.add(null);
		for (int v = 1; v <= 60; v++) {
			String id = "company:e" + random.nextInt(50);
			if (random.nextInt(5) == 0) {
				state.remove(id);
			}
			else {
				state.put(id, entry(id, random));
			}
			states.add(Map.copyOf(state));
			changedAt.add(id);
		}
		int[] ends = { 0, 4, 9, 10, 17, 30, 31, 45, 60 };
		for (int readAt = 0; readAt <= 60; readAt++) {
			for (int k = 0; k + 1 < ends.length; k++) {
				ListingCatchUp catchUp = new ListingCatchUp();
				// the snapshot was at ends[k] when the read began; the updates up to ends[k + 1] ran meanwhile
				if (readAt < ends[k]) {
					continue;
				}
				int last = k + 1;
				while (last < ends.length && ends[last - 1] < readAt) {
					last++;
				}
				for (int u = k; u + 1 < last; u++) {
					catchUp.updated(ends[u], ends[u + 1], touched(changedAt, ends[u], ends[u + 1]),
							states.get(ends[u + 1]));
				}
				long current = ends[last - 1];
				catchUp.offer(new ProjectionLoader.Listed(readAt, NameListing.of(states.get(readAt).values())));
				NameListing caught = catchUp.take(current);
				assertThat(catchUp.pending()).isFalse();
				assertThat(caught).as("read at %d, snapshot at %d", readAt, current).isNotNull();
				int upTo = (int) Math.max(current, readAt);
				assertThat(all(caught)).as("read at %d, snapshot at %d", readAt, current)
					.isEqualTo(all(NameListing.of(states.get(upTo).values())));
			}
		}
	}

	@Test
	void aListingCannotBeBroughtUpToDateAcrossAnUpdateNotKept() {
		ListingCatchUp catchUp = new ListingCatchUp();
		NameListing read = NameListing.of(List.of(new NameListing.Entry("company:a", EntityKind.COMPANY, "A", null)));
		catchUp.updated(5, 8, Set.of("company:a"), Map.of());
		catchUp.offer(new ProjectionLoader.Listed(3, read));
		assertThat(catchUp.take(8)).as("the update from 3 to 5 is not known").isNull();
		assertThat(catchUp.take(8)).as("taken").isNull();

		catchUp.listed();
		catchUp.updated(8, 9, Set.of("company:a"), Map.of());
		catchUp.offer(new ProjectionLoader.Listed(8, read));
		assertThat(catchUp.take(9).size()).as("company:a gone at 9").isZero();
	}

	private static Set<String> touched(List<String> changedAt, int from, int to) {
		Set<String> touched = new HashSet<>();
		for (int v = from + 1; v <= to; v++) {
			touched.add(changedAt.get(v));
		}
		return touched;
	}

	private static List<NameListing.Entry> all(NameListing listing) {
		List<NameListing.Entry> all = new ArrayList<>(listing.page(null, "", null, null, 1_000));
		all.add(new NameListing.Entry("count", null, Long.toString(listing.count(null, null)), null));
		return all;
	}

	private static NameListing.Entry entry(String id, Random random) {
		return new NameListing.Entry(id, EntityKind.values()[random.nextInt(EntityKind.values().length)],
				"Name " + random.nextInt(30), random.nextBoolean() ? List.of("alias " + random.nextInt(9)) : List.of());
	}

}
