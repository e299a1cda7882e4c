package org.ecograph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceLockTarget;
import org.junit.jupiter.api.parallel.Resources;

/**
 * A test class that runs on the suite's second thread, beside the classes that run one after the other on the first
 * ({@code src/test/resources/junit-platform.properties}): for long classes that share nothing with the others (a
 * store, an application context and ports of their own, or a browser), so the suite uses both cores. Its methods
 * still run one after the other: each takes {@link #METHODS} exclusively (the class's own mode would let JUnit run
 * them side by side, on one store). It only shares standard output, which a class that asserts on the log takes
 * exclusively ({@link CapturesTheLog}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
@ResourceLock(value = RunsBesideOtherTests.METHODS, target = ResourceLockTarget.CHILDREN)
public @interface RunsBesideOtherTests {

	/** The lock each method of such a class holds while it runs. */
	String METHODS = "ecograph.tests-beside-others.methods";

}
