package org.ecograph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * A test class that runs on the suite's second thread, beside the classes that run one after the other on the first
 * ({@code src/test/resources/junit-platform.properties}): for long classes that share nothing with the others (a
 * store, an application context and ports of their own, or a browser), so the suite uses both cores. Its methods
 * still run one after the other: each takes its class's lock exclusively ({@link OneMethodAtATime}; the class's own
 * mode would let JUnit run them side by side, on one store), while two such classes may run beside each other. A class
 * that asserts on the log ({@link CapturesTheLog}) runs after all of them, alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(providers = RunsBesideOtherTests.OneMethodAtATime.class)
public @interface RunsBesideOtherTests {

	/** Each test method holds the lock of its class while it runs. */
	final class OneMethodAtATime implements ResourceLocksProvider {

		@Override
		public Set<Lock> provideForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass, Method method) {
			return Set.of(new Lock("ecograph.tests-beside-others:" + testClass.getName()));
		}

	}

}
