package org.ecograph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A test class that asserts on what the application logs (a {@code CapturedOutput} parameter): no class
 * {@link RunsBesideOtherTests beside it} writes to standard output while it runs, so a line it finds, or misses, is
 * its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OutputCaptureExtension.class)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ_WRITE)
public @interface CapturesTheLog {

}
