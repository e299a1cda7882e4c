package org.ecograph.watch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ecograph.data.ClaimLookup;
import org.ecograph.data.Transactions;
import org.ecograph.model.Claim;
import org.ecograph.model.InvalidArgumentException;
import org.ecograph.security.Caller;
import org.ecograph.security.Role;
import org.springframework.stereotype.Service;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The face of the saved questions: save, list and delete the caller's watches, read its feed of events, subscribe to
 * it. Every operation needs a token (an analyst's at least); a token sees and deletes only its own watches and
 * events. Not transactional: saving asks the question first (the analysis, outside any transaction), then writes.
 */
@Service
public class WatchService {

	/** How many events the replay of a subscription reads at a time. */
	private static final int REPLAY_PAGE = 100;

	private final WatchRepository watches;

	private final Questions questions;

	private final WatchFeed feed;

	private final ClaimLookup claims;

	private final Transactions transactions;

	WatchService(WatchRepository watches, Questions questions, WatchFeed feed, ClaimLookup claims,
			Transactions transactions) {
		this.watches = watches;
		this.questions = questions;
		this.feed = feed;
		this.claims = claims;
		this.transactions = transactions;
	}

	/**
	 * Saves a question of the caller's with its first answer (no event: there is nothing to compare it with).
	 * Input that does not fit its kind or the bounds comes back as user errors; nothing is then written.
	 */
	public SaveWatchResult save(WatchInput input, WatchBounds bounds) {
		Caller caller = Caller.require(Role.ANALYST, "saveWatch");
		List<WatchUserError> errors = WatchChecks.check(input, bounds);
		if (!errors.isEmpty()) {
			return new SaveWatchResult(null, errors);
		}
		errors = missingEntities(input);
		if (!errors.isEmpty()) {
			return new SaveWatchResult(null, errors);
		}
		Watch question = WatchChecks.withDefaults("watch:" + UUID.randomUUID(), input);
		Evaluation first = this.questions.ask(question);
		Watch saved = new Watch(question.id(), question.kind(), question.entity(), question.counterpart(),
				question.from(), question.to(), question.maxHops(), question.threshold(), question.top(),
				question.direction(), first.answer(), first.graphVersion());
		this.transactions.write(() -> {
			this.watches.create(new Saved(saved, caller.tokenId(), first.key(), first.evidence()));
			return null;
		});
		return new SaveWatchResult(saved, List.of());
	}

	/** Deletes a watch of the caller's, with its events. */
	public SaveWatchResult delete(String id) {
		Caller caller = Caller.require(Role.ANALYST, "deleteWatch");
		List<Watch> own = this.transactions.read(() -> this.watches.byOwner(caller.tokenId()))
			.stream()
			.map(Saved::watch)
			.filter(w -> w.id().equals(id))
			.toList();
		boolean deleted = !own.isEmpty() && this.transactions.write(() -> this.watches.delete(id, caller.tokenId()));
		if (!deleted) {
			return new SaveWatchResult(null, List.of(WatchUserError.notFound("id",
					"no watch " + id + " of this token: `watches` lists the ones it may delete")));
		}
		return new SaveWatchResult(own.get(0), List.of());
	}

	/** The caller's watches, by id. */
	public List<Watch> watches() {
		Caller caller = Caller.require(Role.ANALYST, "watches");
		return this.transactions.read(() -> this.watches.byOwner(caller.tokenId())).stream().map(Saved::watch).toList();
	}

	/**
	 * Up to {@code first} events of the caller's watches after the event {@code after} ({@code null}: from the
	 * first), oldest first, and whether more follow.
	 */
	public EventPage events(String after, int first) {
		Caller caller = Caller.require(Role.ANALYST, "watchEvents");
		long from = seq(after);
		List<WatchEvent> found = this.transactions.read(() -> this.watches.eventsAfter(caller.tokenId(), from, first + 1))
			.stream()
			.map(WatchService::event)
			.toList();
		return new EventPage(found.subList(0, Math.min(first, found.size())), found.size() > first);
	}

	/**
	 * The caller's events after {@code after} ({@code null}: only those still to come): the recorded ones first,
	 * then each new one as it is recorded, in order, none twice and none missed. The live feed is joined before the
	 * recorded one is read, and what it brings meanwhile is buffered and passed on only past the last event read.
	 */
	public Flux<WatchEvent> subscribe(String after) {
		Caller caller = Caller.require(Role.ANALYST, "watchEvents");
		String owner = caller.tokenId();
		long from = after == null ? Long.MAX_VALUE : seq(after);
		return Flux.defer(() -> {
			Sinks.Many<WatchEvent> buffer = Sinks.many().unicast().onBackpressureBuffer();
			// the live feed's completion (the application stopping) ends the subscription once the replay is sent
			Disposable live = this.feed.of(owner)
				.subscribe(buffer::tryEmitNext, buffer::tryEmitError, buffer::tryEmitComplete);
			return Mono.fromCallable(() -> from == Long.MAX_VALUE ? List.<WatchEvent>of() : replay(owner, from))
				.subscribeOn(Schedulers.boundedElastic())
				.flatMapMany(replayed -> {
					long last = replayed.isEmpty() ? (from == Long.MAX_VALUE ? 0 : from)
							: replayed.get(replayed.size() - 1).seq();
					return Flux.concat(Flux.fromIterable(replayed), buffer.asFlux().filter(e -> e.seq() > last));
				})
				.doFinally(signal -> live.dispose());
		});
	}

	/** The claims of these ids that still exist, by id (retracted ones included). */
	public Map<String, Claim> claims(Collection<String> ids) {
		return this.transactions.read(() -> this.claims.byIds(ids));
	}

	private List<WatchEvent> replay(String owner, long from) {
		List<WatchEvent> all = new ArrayList<>();
		long after = from;
		while (true) {
			long cursor = after;
			List<WatchEvent> page = this.transactions.read(() -> this.watches.eventsAfter(owner, cursor, REPLAY_PAGE))
				.stream()
				.map(WatchService::event)
				.toList();
			all.addAll(page);
			if (page.size() < REPLAY_PAGE) {
				return all;
			}
			after = page.get(page.size() - 1).seq();
		}
	}

	private List<WatchUserError> missingEntities(WatchInput input) {
		Map<String, String> named = WatchChecks.entityFields(input);
		Set<String> existing = this.transactions
			.read(() -> this.watches.existingEntities(new LinkedHashSet<>(named.values())));
		List<WatchUserError> errors = new ArrayList<>();
		named.forEach((field, id) -> {
			if (!existing.contains(id)) {
				errors.add(WatchUserError.notFound(field, "no entity " + id + " (" + field + ")"));
			}
		});
		return errors;
	}

	/** The sequence number of an event id; 0 for none. */
	static long seq(String eventId) {
		if (eventId == null) {
			return 0;
		}
		String digits = eventId.startsWith(WatchEvent.PREFIX) ? eventId.substring(WatchEvent.PREFIX.length()) : "";
		if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
			throw new InvalidArgumentException("after '" + (eventId.length() > 100 ? eventId.substring(0, 100) : eventId)
					+ "' is not a watch event id: expected " + WatchEvent.PREFIX + "<number>, e.g. "
					+ WatchEvent.PREFIX + "12 (the id of the last event received)");
		}
		return Long.parseLong(digits);
	}

	private static WatchEvent event(WatchRepository.StoredEvent e) {
		return new WatchEvent(WatchEvent.id(e.seq()), e.seq(), e.watch().watch(), e.graphVersion(),
				WatchJson.answer(e.before()), WatchJson.answer(e.after()), e.causes());
	}

	/**
	 * One page of the feed.
	 *
	 * @param events the events, oldest first
	 * @param hasNextPage whether more follow
	 */
	public record EventPage(List<WatchEvent> events, boolean hasNextPage) {
	}

}
