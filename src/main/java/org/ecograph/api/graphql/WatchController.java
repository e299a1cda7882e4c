package org.ecograph.api.graphql;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ecograph.api.ApiLimits;
import org.ecograph.model.Claim;
import org.ecograph.watch.SaveWatchResult;
import org.ecograph.watch.Watch;
import org.ecograph.watch.WatchBounds;
import org.ecograph.watch.WatchEvent;
import org.ecograph.watch.WatchInput;
import org.ecograph.watch.WatchService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** Saved questions and their feed (watch.graphqls): thin, the watch service checks the token and the input. */
@Controller
class WatchController {

	private final WatchService watches;

	private final ApiLimits limits;

	WatchController(WatchService watches, ApiLimits limits) {
		this.watches = watches;
		this.limits = limits;
	}

	@MutationMapping
	SaveWatchResult saveWatch(@Argument WatchInput input) {
		return this.watches.save(input,
				new WatchBounds(this.limits.maxHops(), this.limits.maxK(), this.limits.maxFirst()));
	}

	@MutationMapping
	SaveWatchResult deleteWatch(@Argument DeleteWatchInput input) {
		return this.watches.delete(input.id());
	}

	@QueryMapping
	List<Watch> watches() {
		return this.watches.watches();
	}

	@QueryMapping(name = "watchEvents")
	WatchEventConnection watchEventsPage(@Arguments PageArguments page) {
		WatchService.EventPage found = this.watches.events(page.after(), page.size(this.limits));
		List<WatchEvent> events = found.events();
		return new WatchEventConnection(events, found.hasNextPage(),
				events.isEmpty() ? null : events.get(events.size() - 1).id());
	}

	@SubscriptionMapping(name = "watchEvents")
	Flux<WatchEvent> watchEventsLive(@Argument String after) {
		return this.watches.subscribe(after);
	}

	/** The causes of a page of events, in one lookup. */
	@BatchMapping(typeName = "WatchEvent", field = "causes")
	Map<WatchEvent, List<Claim>> causes(List<WatchEvent> events) {
		Set<String> ids = new LinkedHashSet<>();
		events.forEach(e -> ids.addAll(e.causeIds()));
		Map<String, Claim> found = this.watches.claims(ids);
		Map<WatchEvent, List<Claim>> causes = new LinkedHashMap<>();
		for (WatchEvent e : events) {
			causes.put(e, e.causeIds().stream().map(found::get).filter(Objects::nonNull).toList());
		}
		return causes;
	}

	record DeleteWatchInput(String id) {
	}

	record WatchEventConnection(List<WatchEvent> nodes, boolean hasNextPage, String endCursor) {
	}

}
