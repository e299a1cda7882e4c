package org.ecograph.ingest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loader's progress through a script, in the log: each statement that took a second or more as it finishes (with
 * what it changed and how long it took) and, while a long one runs (a {@code LOAD CSV} of a million rows is one statement), a line every
 * {@link #INTERVAL} saying which statement runs and for how long.
 */
final class ScriptProgress implements AutoCloseable {

	/** How often a running statement is reported. */
	static final Duration INTERVAL = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(ScriptProgress.class);

	private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "ecograph-load-progress");
		t.setDaemon(true);
		return t;
	});

	private final CypherScript script;

	private final int statements;

	private final long started = System.nanoTime();

	private volatile Statement running;

	private volatile int done;

	private volatile long statementStarted;

	private final ScheduledFuture<?> ticker;

	ScriptProgress(CypherScript script, int statements) {
		this.script = script;
		this.statements = statements;
		this.ticker = TIMER.scheduleAtFixedRate(() -> log.info(runningLine()), INTERVAL.toMillis(),
				INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
	}

	void starting(Statement statement) {
		this.statementStarted = System.nanoTime();
		this.running = statement;
	}

	void finished(Statement statement, StatementCounts counts) {
		this.running = null;
		this.done++;
		if (seconds(this.statementStarted) >= 1) {
			log.info(finishedLine(statement, counts));
		}
	}

	/** {@code V1001: statement 1 of 1 (line 2) running for 40 s; 40 s since the script started}. */
	String runningLine() {
		Statement statement = this.running;
		if (statement == null) {
			return "V%d: %d of %d statements run; %d s since the script started, finishing it".formatted(
					this.script.version(), this.done, this.statements, seconds(this.started));
		}
		return "V%d: statement %d of %d (line %d) running for %d s; %d s since the script started".formatted(
				this.script.version(), this.done + 1, this.statements, statement.line(),
				seconds(this.statementStarted), seconds(this.started));
	}

	/** {@code V1001: statement 1 of 1 (line 2) done in 52 s: +0/-0 nodes, +1000000/-0 relationships, ...}. */
	String finishedLine(Statement statement, StatementCounts counts) {
		return "V%d: statement %d of %d (line %d) done in %d s: %s".formatted(this.script.version(), this.done,
				this.statements, statement.line(), seconds(this.statementStarted), counts);
	}

	private static long seconds(long since) {
		return (System.nanoTime() - since) / 1_000_000_000L;
	}

	@Override
	public void close() {
		this.ticker.cancel(false);
	}

}
