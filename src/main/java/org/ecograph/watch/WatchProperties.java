package org.ecograph.watch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The saved questions' settings.
 *
 * @param threads how many threads ask a round's questions at once (never a request's thread); 0, the default, means
 * one per available processor
 */
@ConfigurationProperties("ecograph.watch")
public record WatchProperties(@DefaultValue("0") int threads) {

	/** The threads a round uses: {@link #threads}, or the available processors when it is 0 or less. */
	int threadsInUse() {
		return this.threads > 0 ? this.threads : Runtime.getRuntime().availableProcessors();
	}

}
