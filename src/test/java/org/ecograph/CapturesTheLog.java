package org.ecograph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A test class that asserts on what the application logs (a {@code CapturedOutput} parameter): it runs alone, so a line
 * it finds, or misses, is its own.
 * <p>
 * {@link Isolated} rather than an exclusive lock on standard output: JUnit runs the isolated classes one after another
 * once every other class has finished. A class of the first lane that waited for the output lock left that lane
 * idle until the class {@link RunsBesideOtherTests beside it} ended, then the second lane idle while it ran
 * (docs/benchmarks.md, "The test suite's two lanes").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OutputCaptureExtension.class)
@Isolated
public @interface CapturesTheLog {

}
