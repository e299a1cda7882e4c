package org.ecograph.data;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * Keeps the expected end of a vetoed transaction out of the error log. When a kernel listener vetoes a commit (the
 * loader's validation refusing a script, or a trial), the commit fails, and Spring Data Neo4j's transaction manager
 * then tries to roll back the transaction the failed commit already closed; that fails too, and Spring logs the
 * commit's failure at ERROR with its stack trace ("Commit exception overridden by rollback exception"). For a veto
 * this is the caller's own, expected outcome, which it reports itself; this filter drops exactly those events (the
 * transaction manager's, at ERROR, caused by a failure whose message holds the veto text) and nothing else: any other
 * failed commit is still logged. Installed once per logging context, with Logback only.
 */
public final class VetoedCommitLogFilter extends TurboFilter {

	/** The logger of Spring Data Neo4j's transaction manager. */
	private static final String TRANSACTION_MANAGER = Neo4jTransactionManager.class.getName();

	private final String vetoText;

	private VetoedCommitLogFilter(String vetoText) {
		this.vetoText = vetoText;
	}

	/**
	 * Adds the filter for vetoes whose message holds {@code vetoText} to the logging context unless it is there
	 * (Spring Boot resets the context at each start).
	 */
	public static void install(String vetoText) {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context && context.getTurboFilterList()
			.stream()
			.noneMatch(f -> f instanceof VetoedCommitLogFilter mine && mine.vetoText.equals(vetoText))) {
			VetoedCommitLogFilter filter = new VetoedCommitLogFilter(vetoText);
			filter.setName("ecograph-script-veto");
			filter.start();
			context.addTurboFilter(filter);
		}
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
			Throwable failure) {
		if (failure != null && level == Level.ERROR && TRANSACTION_MANAGER.equals(logger.getName())
				&& isVeto(failure)) {
			return FilterReply.DENY;
		}
		return FilterReply.NEUTRAL;
	}

	private boolean isVeto(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(this.vetoText)) {
				return true;
			}
		}
		return false;
	}

}
