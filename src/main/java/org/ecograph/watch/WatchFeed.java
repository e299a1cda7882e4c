package org.ecograph.watch;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The events as they are recorded, for live subscribers: one multicast sink, fed by the evaluator's one thread after
 * each event's commit. It keeps nothing: a subscriber buffers what it receives itself while it replays the recorded
 * feed ({@link WatchService#subscribe}).
 * <p>
 * When the application stops, the feed completes before the web server's graceful shutdown begins (this lifecycle's
 * phase is the highest, so it stops first): every live subscription then ends with a normal completion, the SSE
 * responses and WebSocket subscriptions close, and the shutdown does not wait out its 30 s for streams that would
 * otherwise last 30 minutes. A client reconnects, to this instance or another, with the last event id it received as
 * {@code after} and misses nothing; a subscription that arrives after the stop completes at once.
 */
@Component
class WatchFeed implements SmartLifecycle {

	/** Replaced when the feed starts again after a stop: a completed sink takes no more subscribers. */
	private volatile Sinks.Many<Owned> live = Sinks.many().multicast().directBestEffort();

	private boolean running;

	private boolean stopped;

	/** Hands a committed event to the subscribers of its owner. */
	void publish(String owner, WatchEvent event) {
		this.live.tryEmitNext(new Owned(owner, event));
	}

	/** The events recorded from now on for {@code owner}'s watches; the flux completes when the application stops. */
	Flux<WatchEvent> of(String owner) {
		return this.live.asFlux().filter(o -> o.owner().equals(owner)).map(Owned::event);
	}

	/**
	 * Starts the feed, again after a stop with a new sink (a context stopped and started again, as Spring's test
	 * framework does with contexts it pauses); a subscription made before the first start keeps its sink.
	 */
	@Override
	public synchronized void start() {
		if (this.stopped) {
			this.live = Sinks.many().multicast().directBestEffort();
			this.stopped = false;
		}
		this.running = true;
	}

	/** Ends every live subscription (see the class comment). */
	@Override
	public synchronized void stop() {
		this.running = false;
		this.stopped = true;
		this.live.tryEmitComplete();
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running;
	}

	private record Owned(String owner, WatchEvent event) {
	}

}
