package org.ecograph.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.resilience.annotation.Retryable;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only transaction ({@code @Transactional(readOnly = true)}: the configured database, timeout and bookmark
 * chain) that is run again when a concurrent write ended it ({@link ReadRetry}); the annotation of the catalogs' read
 * methods. The retry wraps the transaction, so each attempt reads in a new one.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
@Retryable(predicate = ReadRetry.class, maxRetries = ReadRetry.MAX_RETRIES, delay = ReadRetry.DELAY_MILLIS,
		jitter = ReadRetry.JITTER_MILLIS, multiplier = 2)
public @interface GraphRead {

}
