package org.ecograph.watch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.ecograph.analysis.AnalysisService;
import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.ProjectionFilter;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.analysis.projection.ProjectionPublished;
import org.ecograph.data.Transactions;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks every saved question again after each new graph version, off the request path: a version published while a
 * round waits to start joins that round. A round reads the watches page by page; the watches of a page that ask the
 * same computation ({@link Questions.Question}: every EXPOSURE_ABOVE of one entity, direction and maxHops, every
 * NEW_PATH of one pair, ...) are answered by one ({@link Questions#ask(List)}), the groups on a bounded pool
 * ({@code ecograph.watch.threads}, one per processor by default). Then, on the round's own thread and in the watches'
 * order, where an answer's key changed one event is recorded (numbered next in the feed, once per watch and version)
 * beside the new answer in one write transaction, and handed to the live subscribers. Where only the claims under an
 * unchanged answer changed, the answer is replaced without an event. The events are those of asking each watch on its
 * own: a group's answers are each watch's own answer, and the writes keep the one-by-one order.
 * <p>
 * A watch is not asked at all when its answer cannot have changed: the last round answered it (its stored answer is
 * that of the last round's snapshot or newer), every version since was made from the one before with known changes
 * ({@link ProjectionPublished#changedAt}), the step weights' largest amounts are the same, and no change lies within
 * its chains' reach ({@link Unconcerned}). Anything not known (a restart, a rebuild, a change of judgements, a round
 * that began before its version was announced) asks every watch.
 */
@Component
class WatchEvaluator implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WatchEvaluator.class);

	/** How many watches a round reads at a time: watches asking the same computation share it within a page. */
	private static final int PAGE = 1000;

	private final Questions questions;

	private final WatchRepository watches;

	private final Transactions transactions;

	private final WatchFeed feed;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "ecograph-watches");
		thread.setDaemon(true);
		return thread;
	});

	/** The threads that ask a round's questions. */
	private final ExecutorService askers;

	/** The round waiting to start, if any: a version published meanwhile joins it. */
	private final AtomicReference<CompletableFuture<Integer>> waiting = new AtomicReference<>();

	private final ProjectionHolder projections;

	/**
	 * What changed since the last round began (guarded by itself): from the version of that round's snapshot to
	 * {@code to}, the entities where the graph changed, or {@code null} when not known.
	 */
	private final Changes changes = new Changes();

	WatchEvaluator(Questions questions, WatchRepository watches, Transactions transactions, WatchFeed feed,
			WatchProperties properties, ProjectionHolder projections) {
		this.projections = projections;
		int[] numbered = { 0 };
		this.askers = Executors.newFixedThreadPool(properties.threadsInUse(), runnable -> {
			Thread thread = new Thread(runnable, "ecograph-watches-ask-" + ++numbered[0]);
			thread.setDaemon(true);
			return thread;
		});
		this.questions = questions;
		this.watches = watches;
		this.transactions = transactions;
		this.feed = feed;
	}

	@EventListener
	void onNewVersion(ProjectionPublished published) {
		this.changes.add(published);
		evaluateAll();
	}

	/**
	 * The changes since the last round began, and what that round left: the watches whose stored answer was that of
	 * its snapshot or a newer one (asked, or skipped as unconcerned), and the largest amounts of its step weights.
	 */
	private static final class Changes {

		private long to = -1;

		private Set<String> changedAt;

		private Set<String> answered = Set.of();

		private List<Double> largest;

		synchronized void add(ProjectionPublished published) {
			boolean chained = this.changedAt != null && published.changedAt() != null && published.previous() == this.to;
			if (chained) {
				this.changedAt.addAll(published.changedAt());
			}
			else {
				this.changedAt = null;
			}
			this.to = published.version();
		}

		/**
		 * Begins a round on {@code g}: the watches it may skip and how far their changes reach, or {@code null} when
		 * none may be skipped; the changes are counted from {@code g}'s version on.
		 */
		synchronized Skipping begin(ClaimProjection g, List<Double> largestNow) {
			boolean current = g != null && g.version() == this.to;
			Skipping skipping = current && this.changedAt != null && largestNow.equals(this.largest)
					? new Skipping(g, Set.copyOf(this.changedAt), this.answered) : null;
			this.changedAt = current ? new HashSet<>() : null;
			this.largest = current ? largestNow : null;
			this.answered = Set.of();
			return skipping;
		}

		synchronized void answered(Set<String> ids) {
			this.answered = Set.copyOf(ids);
		}

	}

	/** The watches a round may skip: answered by the last round, and unconcerned by the changes since. */
	private static final class Skipping {

		private final ClaimProjection g;

		private final Set<String> changedAt;

		private final Set<String> answered;

		private Unconcerned unconcerned;

		private int depth = -1;

		Skipping(ClaimProjection g, Set<String> changedAt, Set<String> answered) {
			this.g = g;
			this.changedAt = changedAt;
			this.answered = answered;
		}

		boolean skips(Watch w) {
			if (!this.answered.contains(w.id()) || w.kind() == WatchKind.RANK_TOP) {
				return false;
			}
			if (Unconcerned.depthFor(w) > this.depth) {
				this.depth = Math.max(Unconcerned.depthFor(w), 2);
				this.unconcerned = Unconcerned.of(this.g, this.changedAt, this.depth);
			}
			return this.unconcerned.cannotConcern(w);
		}

	}

	/** The largest flow amounts the step weights of the watches' questions scale by (paths, exposure). */
	private static List<Double> largestAmounts(ClaimProjection g) {
		if (g == null) {
			return null;
		}
		return java.util.Arrays.asList(g.largestAmount(ProjectionFilter.of(ClaimFilter.NONE)),
				g.largestAmount(ProjectionFilter.of(ClaimFilter.NONE.withKinds(AnalysisService.DEFAULT_EXPOSURE_KINDS))));
	}

	/** Starts a round after the running one (or joins the one waiting); completes with the number of events. */
	CompletableFuture<Integer> evaluateAll() {
		while (true) {
			CompletableFuture<Integer> queued = this.waiting.get();
			if (queued != null) {
				return queued;
			}
			CompletableFuture<Integer> round = new CompletableFuture<>();
			if (this.waiting.compareAndSet(null, round)) {
				try {
					this.worker.execute(() -> {
						this.waiting.compareAndSet(round, null);
						try {
							round.complete(round());
						}
						catch (RuntimeException ex) {
							if (this.worker.isShutdown()) {
								// the application stops: the round was interrupted, the next start evaluates again
								log.debug("Evaluating the saved questions stopped with the application: {}", ex.getMessage());
							}
							else {
								log.warn("Evaluating the saved questions failed: {}", ex.getMessage());
							}
							round.completeExceptionally(ex);
						}
					});
				}
				catch (java.util.concurrent.RejectedExecutionException stopped) {
					// the application stops: no round now, the next start evaluates again
					this.waiting.compareAndSet(round, null);
					round.completeExceptionally(stopped);
				}
				return round;
			}
		}
	}

	private int round() {
		ClaimProjection g;
		try {
			g = this.projections.snapshot().projection();
		}
		catch (UnavailableException ex) {
			// no snapshot of the graph yet: every watch would wait as long; the next version retries
			log.info("Saved questions not evaluated: {}", ex.getMessage());
			return 0;
		}
		Skipping skipping = this.changes.begin(g, largestAmounts(g));
		Set<String> answered = new HashSet<>();
		try {
			return round(skipping, answered);
		}
		finally {
			this.changes.answered(answered);
		}
	}

	/**
	 * Asks every watch but those {@code skipping} skips; adds to {@code answered} each watch asked or skipped without
	 * a failure.
	 */
	private int round(Skipping skipping, Set<String> answered) {
		int events = 0;
		int skipped = 0;
		String after = "";
		while (true) {
			String from = after;
			List<Saved> page = this.transactions.read(() -> this.watches.page(from, PAGE));
			List<Saved> asking = new ArrayList<>();
			for (Saved saved : page) {
				if (skipping != null && skipping.skips(saved.watch())) {
					answered.add(saved.watch().id());
					skipped++;
				}
				else {
					asking.add(saved);
				}
			}
			Map<Saved, CompletableFuture<Evaluation>> asked = ask(asking);
			for (Saved saved : asking) {
				try {
					events += evaluate(saved, answer(asked.get(saved))) ? 1 : 0;
					answered.add(saved.watch().id());
				}
				catch (UnavailableException ex) {
					// no snapshot of the graph yet: every other watch would wait as long; the next version retries
					log.info("Saved questions not evaluated: {}", ex.getMessage());
					return events;
				}
				catch (RuntimeException ex) {
					if (this.worker.isShutdown()) {
						throw ex;
					}
					log.warn("Watch {} not evaluated: {}", saved.watch().id(), ex.getMessage());
				}
			}
			if (page.size() < PAGE) {
				log.debug("Saved questions: {} skipped as unconcerned by the changes ({}), {} events", skipped,
						skipping == null ? "not known: every watch asked" : "known", events);
				return events;
			}
			after = page.get(page.size() - 1).watch().id();
		}
	}

	/** Each watch's answer, asked once per group of watches asking the same computation, the groups in parallel. */
	private Map<Saved, CompletableFuture<Evaluation>> ask(List<Saved> page) {
		Map<Questions.Question, List<Saved>> groups = new LinkedHashMap<>();
		for (Saved saved : page) {
			groups.computeIfAbsent(Questions.Question.of(saved.watch()), q -> new ArrayList<>()).add(saved);
		}
		Map<Saved, CompletableFuture<Evaluation>> asked = new IdentityHashMap<>();
		for (List<Saved> group : groups.values()) {
			CompletableFuture<List<Evaluation>> answers = CompletableFuture.supplyAsync(
					() -> this.questions.ask(group.stream().map(Saved::watch).toList()), this.askers);
			for (int i = 0; i < group.size(); i++) {
				int at = i;
				asked.put(group.get(i), answers.thenApply(list -> list.get(at)));
			}
		}
		return asked;
	}

	/** The answer once asked; the failure of asking it as thrown. */
	private static Evaluation answer(CompletableFuture<Evaluation> asked) {
		try {
			return asked.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the saved questions were asked", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Records what one watch's new answer changed; whether it recorded an event.
	 */
	private boolean evaluate(Saved saved, Evaluation now) {
		if (now.graphVersion() <= saved.watch().graphVersion()) {
			return false;
		}
		boolean changed = !now.key().equals(saved.key());
		if (!changed && now.evidence().equals(saved.evidence())) {
			return false;
		}
		List<String> causes = changed ? causes(saved.evidence(), now.evidence()) : List.of();
		String before = WatchJson.write(saved.watch().answer());
		String after = WatchJson.write(now.answer());
		Optional<Long> seq = this.transactions.write(() -> {
			Optional<Long> recorded = changed
					? this.watches.recordEvent(saved.watch().id(), now.graphVersion(), before, after, causes)
					: Optional.empty();
			this.watches.answer(saved.watch().id(), now);
			return recorded;
		});
		seq.ifPresent(n -> this.feed.publish(saved.owner(), new WatchEvent(WatchEvent.id(n), n,
				withAnswer(saved.watch(), now), now.graphVersion(), saved.watch().answer(), now.answer(), causes)));
		return seq.isPresent();
	}

	/**
	 * The claims that changed between two answers: those the new answer rests on that the old did not, or did with
	 * another fingerprint; and those the old rested on that have changed or gone since.
	 */
	private List<String> causes(Map<String, String> before, Map<String, String> after) {
		Set<String> causes = new TreeSet<>();
		after.forEach((id, print) -> {
			if (!print.equals(before.get(id))) {
				causes.add(id);
			}
		});
		Set<String> left = new HashSet<>(before.keySet());
		left.removeAll(after.keySet());
		this.questions.fingerprints(left).forEach((id, print) -> {
			if (!print.equals(before.get(id))) {
				causes.add(id);
			}
		});
		return new ArrayList<>(causes);
	}

	private static Watch withAnswer(Watch w, Evaluation now) {
		return new Watch(w.id(), w.kind(), w.entity(), w.counterpart(), w.from(), w.to(), w.maxHops(), w.threshold(),
				w.top(), w.direction(), now.answer(), now.graphVersion());
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
		this.askers.shutdownNow();
	}

}
