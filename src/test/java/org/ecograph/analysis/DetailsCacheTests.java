package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DetailsCacheTests {

	@Test
	void fetchesOnlyWhatItLacksForTheVersionAndForgetsEverythingAtTheNext() {
		DetailsCache<String> cache = new DetailsCache<>(10);
		List<List<String>> fetches = new ArrayList<>();
		java.util.function.Function<List<String>, Map<String, String>> fetch = ids -> {
			fetches.add(ids);
			Map<String, String> found = new java.util.LinkedHashMap<>();
			ids.stream().filter(id -> !id.startsWith("gone")).forEach(id -> found.put(id, id + "@" + fetches.size()));
			return found;
		};

		assertThat(cache.get(1, List.of("a", "b", "gone"), fetch)).containsOnly(Map.entry("a", "a@1"),
				Map.entry("b", "b@1"));
		assertThat(cache.get(1, List.of("b", "c", "gone"), fetch)).containsOnly(Map.entry("b", "b@1"),
				Map.entry("c", "c@2"));
		assertThat(fetches).containsExactly(List.of("a", "b", "gone"), List.of("c", "gone"));

		assertThat(cache.get(2, List.of("a"), fetch)).containsOnly(Map.entry("a", "a@3"));
		assertThat(cache.get(1, List.of("a"), fetch)).as("an older version's answer reads again").containsOnly(
				Map.entry("a", "a@4"));
	}

	@Test
	void keepsAtMostItsCapacityLeastRecentlyUsedOut() {
		DetailsCache<String> cache = new DetailsCache<>(2);
		List<String> fetched = new ArrayList<>();
		java.util.function.Function<List<String>, Map<String, String>> fetch = ids -> {
			fetched.addAll(ids);
			Map<String, String> found = new java.util.LinkedHashMap<>();
			ids.forEach(id -> found.put(id, id));
			return found;
		};
		cache.get(1, List.of("a", "b"), fetch);
		cache.get(1, List.of("a"), fetch);
		cache.get(1, List.of("c"), fetch);
		cache.get(1, List.of("a", "b"), fetch);

		assertThat(fetched).containsExactly("a", "b", "c", "b");
	}

	@Test
	void holdsAllOnlyWhatItHasForTheVersionAsked() {
		DetailsCache<String> cache = new DetailsCache<>(10);
		cache.get(1, List.of("a", "b"), ids -> {
			Map<String, String> found = new java.util.LinkedHashMap<>();
			ids.forEach(id -> found.put(id, id));
			return found;
		});

		assertThat(cache.holdsAll(1, List.of("a", "b"))).isTrue();
		assertThat(cache.holdsAll(1, List.of("a", "c"))).isFalse();
		assertThat(cache.holdsAll(2, List.of("a"))).as("another version").isFalse();
		assertThat(cache.holdsAll(2, List.of())).as("nothing to read").isTrue();
	}

}
