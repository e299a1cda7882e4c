package org.ecograph.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Counts the queries the application actually sends to Neo4j: wraps the driver bean so that every session and
 * transaction it hands out counts its {@code run} calls. Tests read {@link #queries()} before and after an
 * operation. Only the counting (and, on request, one injected failure) is added; every other call reaches the real
 * driver and database.
 */
public class DriverQueryCounter implements BeanPostProcessor {

	private final AtomicLong queries = new AtomicLong();

	private final AtomicReference<RuntimeException> nextFailure = new AtomicReference<>();

	private final AtomicReference<Duration> lastTransactionTimeout = new AtomicReference<>();

	/** How many queries were sent since the application started. */
	public long queries() {
		return this.queries.get();
	}

	/** The timeout of the last transaction begun, {@code null} if it had none. */
	public Duration lastTransactionTimeout() {
		return this.lastTransactionTimeout.get();
	}

	/**
	 * Makes the next query fail with this exception instead of reaching the database, as a broken connection or a
	 * database error would: for tests of what clients see of internal failures.
	 */
	public void failNextQueryWith(RuntimeException failure) {
		this.nextFailure.set(failure);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof Driver ? wrap(bean) : bean;
	}

	private Object wrap(Object target) {
		Class<?>[] interfaces = Arrays.stream(ClassUtils.getAllInterfaces(target))
			.filter(type -> Modifier.isPublic(type.getModifiers()))
			.toArray(Class<?>[]::new);
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run") && (target instanceof Session || target instanceof Transaction)) {
				this.queries.incrementAndGet();
				RuntimeException failure = this.nextFailure.getAndSet(null);
				if (failure != null) {
					throw failure;
				}
			}
			if (method.getName().equals("beginTransaction") && args != null && args.length > 0
					&& args[0] instanceof TransactionConfig config) {
				this.lastTransactionTimeout.set(config.timeout());
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			return result instanceof Session || result instanceof Transaction ? wrap(result) : result;
		};
		return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, handler);
	}

}
