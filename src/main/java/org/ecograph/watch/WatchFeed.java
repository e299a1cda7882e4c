package org.ecograph.watch;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The events as they are recorded, for live subscribers: one multicast sink, fed by the evaluator's one thread after
 * each event's commit. It keeps nothing: a subscriber buffers what it receives itself while it replays the recorded
 * feed ({@link WatchService#subscribe}).
 */
@Component
class WatchFeed {

	private final Sinks.Many<Owned> live = Sinks.many().multicast().directBestEffort();

	/** Hands a committed event to the subscribers of its owner. */
	void publish(String owner, WatchEvent event) {
		this.live.tryEmitNext(new Owned(owner, event));
	}

	/** The events recorded from now on for {@code owner}'s watches. */
	Flux<WatchEvent> of(String owner) {
		return this.live.asFlux().filter(o -> o.owner().equals(owner)).map(Owned::event);
	}

	private record Owned(String owner, WatchEvent event) {
	}

}
