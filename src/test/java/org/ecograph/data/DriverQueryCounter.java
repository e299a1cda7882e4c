package org.ecograph.data;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Observes what the application actually sends to Neo4j: wraps the driver bean so that every session and transaction it
 * hands out records what it is asked, and the embedded database bean (statements run in process) so that every
 * transaction it begins and every statement executed in one are recorded alike. Tests read {@link #queries()} before
 * and after an operation to count its queries, and {@link #observed()} to see every statement with the database of its
 * session, the timeout of its transaction (none for an auto-commit run) and its text and parameters. Only the recording
 * (and, on request, one injected failure) is added; every other call reaches the real driver and database.
 */
public class DriverQueryCounter implements BeanPostProcessor {

	private final AtomicLong queries = new AtomicLong();

	private final AtomicReference<RuntimeException> nextFailure = new AtomicReference<>();

	/** The thread whose next query fails with {@link #nextFailure}; {@code null}: any thread's. */
	private volatile Thread failingThread;

	private final AtomicReference<Duration> lastTransactionTimeout = new AtomicReference<>();

	private final List<Statement> statements = new CopyOnWriteArrayList<>();

	private final List<SessionConfig> sessions = new CopyOnWriteArrayList<>();

	/** The name of the embedded database statements run in, when they run in process. */
	private volatile String embeddedDatabase;

	/**
	 * One statement as the driver received it.
	 *
	 * @param database the database its session was opened on, {@code null} for the server's default
	 * @param transactional whether it ran in an explicit transaction (else an auto-commit run of a session, or
	 * {@code executableQuery})
	 * @param timeout the timeout of its transaction, {@code null} for none
	 * @param text the Cypher
	 * @param parameters its parameters as the driver received them
	 * @param thread the name of the thread that sent it (tells a request's statements from background work)
	 */
	public record Statement(String database, boolean transactional, Duration timeout, String text,
			Map<String, Object> parameters, String thread) {
	}

	/** How many queries were sent since the application started. */
	public long queries() {
		return this.queries.get();
	}

	/** The timeout of the last transaction begun, {@code null} if it had none. */
	public Duration lastTransactionTimeout() {
		return this.lastTransactionTimeout.get();
	}

	/** Every statement sent since the application started (or since {@link #clear()}), in order. */
	public List<Statement> observed() {
		return List.copyOf(this.statements);
	}

	/** The configurations of every session opened since the application started (or since {@link #clear()}). */
	public List<SessionConfig> sessions() {
		return List.copyOf(this.sessions);
	}

	/** Forgets the statements and sessions observed so far. */
	public void clear() {
		this.statements.clear();
		this.sessions.clear();
	}

	/**
	 * Makes the next query fail with this exception instead of reaching the database, as a broken connection or a
	 * database error would: for tests of what clients see of internal failures.
	 */
	public void failNextQueryWith(RuntimeException failure) {
		this.failingThread = null;
		this.nextFailure.set(failure);
	}

	/**
	 * As {@link #failNextQueryWith}, for the next query that the calling thread sends: a query of background work
	 * (a refresh, an evaluation) on another thread meanwhile neither takes the failure nor is failed.
	 */
	public void failNextQueryOnThisThreadWith(RuntimeException failure) {
		this.failingThread = Thread.currentThread();
		this.nextFailure.set(failure);
	}

	/**
	 * The statements the calling thread sent since the application started or {@link #clear()}, in order: a
	 * request's or a test's own, without background work (a refresh, an evaluation) that ran meanwhile.
	 */
	public List<Statement> observedOnThisThread() {
		String thread = Thread.currentThread().getName();
		return this.statements.stream().filter(s -> thread.equals(s.thread())).toList();
	}

	/** How many queries the calling thread sent since the application started or {@link #clear()} (background work excluded). */
	public long queriesOnThisThread() {
		return observedOnThisThread().size();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof GraphDatabaseService database) {
			return wrapEmbedded(database, null);
		}
		return bean instanceof Driver ? wrap(bean, null, null) : bean;
	}

	/**
	 * The embedded database the application runs its statements in (in process): each transaction begun counts as a
	 * session on its database, each {@code execute} of a transaction as a statement in it, with the transaction's
	 * timeout ({@code null} when begun without one).
	 */
	private Object wrapEmbedded(Object target, Duration timeout) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("execute") && target instanceof org.neo4j.graphdb.Transaction) {
				this.queries.incrementAndGet();
				record(SessionConfig.forDatabase(this.embeddedDatabase), true, timeout, args);
				Thread failing = this.failingThread;
				RuntimeException failure = failing == null || failing == Thread.currentThread()
						? this.nextFailure.getAndSet(null) : null;
				if (failure != null) {
					throw failure;
				}
			}
			Duration begun = null;
			if (method.getName().startsWith("begin") && target instanceof GraphDatabaseService database) {
				this.embeddedDatabase = database.databaseName();
				begun = args != null && args.length >= 2 && args[args.length - 2] instanceof Long amount
						&& args[args.length - 1] instanceof TimeUnit unit ? Duration.of(amount, unit.toChronoUnit())
								: null;
				this.lastTransactionTimeout.set(begun);
				this.sessions.add(SessionConfig.forDatabase(database.databaseName()));
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof org.neo4j.graphdb.Transaction) {
				return wrapEmbedded(result, begun);
			}
			return result;
		};
		Class<?>[] interfaces = Arrays.stream(ClassUtils.getAllInterfaces(target))
			.filter(type -> Modifier.isPublic(type.getModifiers()))
			.toArray(Class<?>[]::new);
		return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, handler);
	}

	/** {@code session}: the configuration of the session {@code target} belongs to; {@code tx}: of its transaction. */
	private Object wrap(Object target, SessionConfig session, TransactionConfig tx) {
		Class<?>[] interfaces = Arrays.stream(ClassUtils.getAllInterfaces(target))
			.filter(type -> Modifier.isPublic(type.getModifiers()))
			.toArray(Class<?>[]::new);
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run") && (target instanceof Session || target instanceof Transaction)) {
				this.queries.incrementAndGet();
				record(session, target instanceof Transaction, tx, args);
				Thread failing = this.failingThread;
				RuntimeException failure = failing == null || failing == Thread.currentThread()
						? this.nextFailure.getAndSet(null) : null;
				if (failure != null) {
					throw failure;
				}
			}
			if (method.getName().equals("executableQuery")) {
				this.queries.incrementAndGet();
				this.statements.add(new Statement(null, false, null, String.valueOf(args[0]), Map.of(),
						Thread.currentThread().getName()));
			}
			TransactionConfig begun = null;
			if (method.getName().equals("beginTransaction")) {
				begun = args != null && args.length > 0 && args[0] instanceof TransactionConfig config ? config
						: TransactionConfig.empty();
				this.lastTransactionTimeout.set(begun.timeout());
			}
			SessionConfig opened = null;
			if (method.getName().equals("session") && target instanceof Driver) {
				opened = args == null ? SessionConfig.defaultConfig()
						: Arrays.stream(args).filter(SessionConfig.class::isInstance).map(SessionConfig.class::cast)
							.findFirst().orElse(SessionConfig.defaultConfig());
				this.sessions.add(opened);
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Session) {
				return wrap(result, opened != null ? opened : session, null);
			}
			if (result instanceof Transaction) {
				return wrap(result, session, begun != null ? begun : TransactionConfig.empty());
			}
			return result;
		};
		return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, handler);
	}

	private void record(SessionConfig session, boolean transactional, TransactionConfig tx, Object[] args) {
		record(session, transactional, tx == null ? null : tx.timeout(), args);
	}

	@SuppressWarnings("unchecked")
	private void record(SessionConfig session, boolean transactional, Duration timeout, Object[] args) {
		String text;
		Map<String, Object> parameters = Map.of();
		if (args[0] instanceof Query query) {
			text = query.text();
			parameters = query.parameters().asMap();
		}
		else {
			text = String.valueOf(args[0]);
			if (args.length > 1 && args[1] instanceof Map<?, ?> map) {
				parameters = (Map<String, Object>) map;
			}
			else if (args.length > 1 && args[1] instanceof org.neo4j.driver.Value value) {
				parameters = value.asMap();
			}
		}
		String database = session == null ? null : session.database().orElse(null);
		this.statements.add(new Statement(database, transactional, timeout, text,
				new java.util.HashMap<>(parameters), Thread.currentThread().getName()));
	}

}
