package org.ecograph.data;

import java.time.Duration;

/**
 * The timeout every database transaction gets unless it sets its own ({@link DataProperties#queryTimeout()}), as
 * resolved at start: for the messages that tell a client its request ran out of time.
 *
 * @param value the timeout, at least one second
 */
public record QueryTimeout(Duration value) {

	/** The timeout in whole seconds, as transactions carry it. */
	public int seconds() {
		return (int) Math.max(1, this.value.toSeconds());
	}

}
