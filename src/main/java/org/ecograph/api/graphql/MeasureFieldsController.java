package org.ecograph.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.ecograph.consistency.Finding;
import org.ecograph.measure.MeasureGrouping;
import org.ecograph.measure.MeasureSummary;
import org.ecograph.model.AmountKind;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.Ids;
import org.ecograph.model.Measure;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.Source;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of measures and findings that lead to other records (sources, entities, relations, wholes), all
 * batch-loaded through the {@link DataLoaders}, and the amount semantics of relations.
 */
@Controller
class MeasureFieldsController {

	@SchemaMapping(typeName = "Relation", field = "amountKind")
	AmountKind amountKind(Claim claim) {
		boolean stated = claim.amountUsd() != null || claim.properties().get("amountOriginal") != null
				|| claim.properties().get(AmountKind.PROPERTY) != null;
		return stated ? claim.amountKind() : null;
	}

	/** How the source bounds the amount (exact when it says nothing); null when the relation has no amount. */
	@SchemaMapping(typeName = "Relation", field = "amountBound")
	MeasureBound amountBound(Claim claim) {
		return claim.amountUsd() == null ? null : MeasureBound.fromStored(claim.properties().get(MeasureBound.AMOUNT_PROPERTY));
	}

	@SchemaMapping(typeName = "Measure", field = "attributedTo")
	CompletableFuture<Entity> attributedTo(Measure measure, DataLoader<String, Entity> entities) {
		Object attributedTo = measure.properties().get("attributedTo");
		return attributedTo == null ? CompletableFuture.completedFuture(null) : entities.load(attributedTo.toString());
	}

	@SchemaMapping(typeName = "Measure", field = "citedDocument")
	String citedDocument(Measure measure) {
		Object cited = measure.properties().get("citedDocument");
		return cited == null ? null : cited.toString();
	}

	@SchemaMapping(typeName = "Measure", field = "subject")
	String subject(Measure measure) {
		return measure.subjectId();
	}

	@SchemaMapping(typeName = "Measure", field = "entity")
	CompletableFuture<Entity> entity(Measure measure, DataLoader<String, Entity> entities) {
		return isEntityId(measure.subjectId()) ? entities.load(measure.subjectId())
				: CompletableFuture.completedFuture(null);
	}

	@SchemaMapping(typeName = "Measure", field = "relation")
	CompletableFuture<Claim> relation(Measure measure, DataLoader<String, Claim> claims) {
		return isClaimId(measure.subjectId()) ? claims.load(measure.subjectId())
				: CompletableFuture.completedFuture(null);
	}

	@SchemaMapping(typeName = "Measure", field = "sources")
	CompletableFuture<List<Source>> sources(Measure measure, DataLoader<String, Source> sources) {
		return sources.loadMany(measure.sourceIds())
			.thenApply(found -> new ArrayList<>(found.stream().filter(Objects::nonNull).toList()));
	}

	@SchemaMapping(typeName = "Measure", field = "places")
	CompletableFuture<List<Entity>> places(Measure measure, DataLoader<String, Entity> entities) {
		return entities.loadMany(measure.placeIds())
			.thenApply(found -> new ArrayList<>(found.stream().filter(Objects::nonNull).toList()));
	}

	@SchemaMapping(typeName = "Measure", field = "relativeTo")
	CompletableFuture<Entity> relativeTo(Measure measure, DataLoader<String, Entity> entities) {
		return measure.relativeToId() == null ? CompletableFuture.completedFuture(null)
				: entities.load(measure.relativeToId());
	}

	@SchemaMapping(typeName = "Measure", field = "partOf")
	CompletableFuture<Measure> partOf(Measure measure, DataLoader<String, Measure> measures) {
		return measure.partOfId() == null ? CompletableFuture.completedFuture(null)
				: measures.load(measure.partOfId());
	}

	@SchemaMapping(typeName = "MeasureSummary", field = "groupBy")
	MeasureGrouping groupBy(MeasureSummary summary) {
		return summary.grouping();
	}

	@SchemaMapping(typeName = "Finding", field = "subject")
	String findingSubject(Finding finding) {
		return finding.subjectId();
	}

	@SchemaMapping(typeName = "Finding", field = "entity")
	CompletableFuture<Entity> findingEntity(Finding finding, DataLoader<String, Entity> entities) {
		return isEntityId(finding.subjectId()) ? entities.load(finding.subjectId())
				: CompletableFuture.completedFuture(null);
	}

	@SchemaMapping(typeName = "Finding", field = "relations")
	List<Claim> findingRelations(Finding finding) {
		return finding.claims();
	}

	private static boolean isEntityId(String id) {
		return id != null && Ids.ENTITY_ID.matcher(id).matches();
	}

	private static boolean isClaimId(String id) {
		return id != null && Ids.CLAIM_ID.matcher(id).matches();
	}

}
