package org.ecograph.analysis;

import java.util.ArrayList;
import java.util.List;

import org.ecograph.analysis.projection.OverlaidProjection;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.ecograph.analysis.scenario.ScenarioInput;
import org.ecograph.model.Entity;

/**
 * A what-if checked and laid over one snapshot for one request ({@link ScenarioService#prepare}); the questions
 * asked under it all see that snapshot and that overlay. Nothing of it outlives the request or reaches the database.
 */
public final class Scenario {

	private final ScenarioInput input;

	private final ProjectionHolder.Snapshot snapshot;

	private final OverlaidProjection overlay;

	Scenario(ScenarioInput input, ProjectionHolder.Snapshot snapshot, OverlaidProjection overlay) {
		this.input = input;
		this.snapshot = snapshot;
		this.overlay = overlay;
	}

	/** The what-if as asked. */
	public ScenarioInput input() {
		return this.input;
	}

	/** The graph version the scenario is laid over. */
	public long graphVersion() {
		return this.snapshot.projection().version();
	}

	/** The scenario's hypothetical entities as answers show them: id, kind and name, nothing else. */
	public List<Entity> hypotheticalEntities() {
		List<Entity> entities = new ArrayList<>();
		for (int v = this.overlay.entityCount() - this.overlay.addedEntityCount(); v < this.overlay.entityCount(); v++) {
			entities.add(this.overlay.describeEntity(v));
		}
		return entities;
	}

	ProjectionHolder.Snapshot snapshot() {
		return this.snapshot;
	}

	OverlaidProjection overlay() {
		return this.overlay;
	}

}
