package org.ecograph.observability;

import org.ecograph.analysis.projection.ProjectionPublished;
import org.ecograph.ingest.StartupTimeline;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the first analysis snapshot on the start-up timeline ({@link StartupTimeline#analysisReady}): the moment the
 * instance is ready (its readiness and {@code /actuator/health} turn UP with it).
 */
@Component
class AnalysisReadyOnTheTimeline {

	private final StartupTimeline timeline;

	AnalysisReadyOnTheTimeline(StartupTimeline timeline) {
		this.timeline = timeline;
	}

	@EventListener
	void on(ProjectionPublished published) {
		this.timeline.analysisReady(published.version());
	}

}
