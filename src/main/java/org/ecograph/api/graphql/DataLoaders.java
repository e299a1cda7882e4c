package org.ecograph.api.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.catalog.Direction;
import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.Page;
import org.ecograph.catalog.PageRequest;
import org.ecograph.catalog.RelationCatalog;
import org.ecograph.catalog.SourceCatalog;
import org.ecograph.measure.MeasureCatalog;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.Measure;
import org.ecograph.model.Source;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Every data loader of the API, registered in one place: entities, sources, measures and relations by id, an
 * entity's relations and a subject's figures, each batch function one query (or one per distinct set of arguments)
 * for all the keys of a response. A loader is registered by its key and value types, and a controller takes it as a
 * {@code DataLoader<String, Entity>} parameter, which Spring for GraphQL resolves by the value type: no loader is
 * known by a name in two places.
 */
@Configuration(proxyBeanMethods = false)
class DataLoaders {

	DataLoaders(BatchLoaderRegistry registry, EntityCatalog entities, RelationCatalog relations,
			SourceCatalog sources, MeasureCatalog measures) {
		registry.forTypePair(String.class, Entity.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> entities.findByIds(ids)));
		registry.forTypePair(EntityOnDay.class, EntityThen.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> entitiesOn(entities, keys)));
		registry.forTypePair(String.class, Source.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> sources.findByIds(ids)));
		registry.forTypePair(String.class, Measure.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> measures.findByIds(ids)));
		registry.forTypePair(String.class, Claim.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> relations.findByIds(ids)));
		registry.forTypePair(RelationsKey.class, RelationsPage.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> relationsOf(relations, keys)));
		registry.forTypePair(MeasuresKey.class, SubjectMeasures.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> measuresOf(measures, keys)));
	}

	/** Per day asked for (usually one), the entities as the knowledge base resolved their ids then. */
	private static Map<EntityOnDay, EntityThen> entitiesOn(EntityCatalog entities, Set<EntityOnDay> keys) {
		Map<java.time.LocalDate, List<String>> byDay = new LinkedHashMap<>();
		keys.forEach(key -> byDay.computeIfAbsent(key.day(), d -> new ArrayList<>()).add(key.id()));
		Map<EntityOnDay, EntityThen> found = new HashMap<>();
		byDay.forEach((day, ids) -> entities.findByIdsOn(ids, day)
			.forEach((id, entity) -> found.put(new EntityOnDay(id, day), new EntityThen(entity))));
		return found;
	}

	/** One query per distinct set of arguments (usually one), whatever the number of entities. */
	private static Map<RelationsKey, RelationsPage> relationsOf(RelationCatalog relations, Set<RelationsKey> keys) {
		Map<RelationsQuery, List<String>> byQuery = new LinkedHashMap<>();
		keys.forEach(key -> byQuery.computeIfAbsent(key.query(), q -> new ArrayList<>()).add(key.entityId()));
		Map<RelationsKey, RelationsPage> pages = new HashMap<>();
		byQuery.forEach((query, ids) -> {
			RelationCatalog.EntityRelations found = relations.relationsOf(ids, query.direction(), query.filter(),
					query.page(), query.withTotal(), query.withEnds());
			found.pages().forEach((id, page) -> pages.put(new RelationsKey(id, query),
					new RelationsPage(page, endsOf(page, found.ends()))));
		});
		return pages;
	}

	private static Map<String, Entity> endsOf(Page<Claim> page, Map<String, Entity> ends) {
		if (ends.isEmpty()) {
			return Map.of();
		}
		Map<String, Entity> mine = new HashMap<>();
		page.edges().forEach(edge -> {
			mine.computeIfAbsent(edge.node().fromId(), ends::get);
			mine.computeIfAbsent(edge.node().toId(), ends::get);
		});
		return mine;
	}

	/** One query per distinct metric and inferred flag (usually one), whatever the number of subjects. */
	private static Map<MeasuresKey, SubjectMeasures> measuresOf(MeasureCatalog catalog, Set<MeasuresKey> keys) {
		Map<MeasuresQuery, List<String>> byQuery = new LinkedHashMap<>();
		keys.forEach(key -> byQuery.computeIfAbsent(key.query(), q -> new ArrayList<>()).add(key.subjectId()));
		Map<MeasuresKey, SubjectMeasures> result = new HashMap<>();
		byQuery.forEach((query, ids) -> catalog.forSubjects(ids, query.metric(), query.includeInferred())
			.forEach((id, list) -> result.put(new MeasuresKey(id, query), new SubjectMeasures(List.copyOf(list)))));
		return result;
	}

	/** The arguments of one {@code relations} selection; {@code withEnds} when it selects the relations' ends. */
	record RelationsQuery(Direction direction, ClaimFilter filter, PageRequest page, boolean withTotal,
			boolean withEnds) {
	}

	/** An entity id as the knowledge base resolved it at the end of a day ({@code knownOn}). */
	record EntityOnDay(String id, java.time.LocalDate day) {
	}

	/**
	 * The entity an {@link EntityOnDay} resolved to: its own value type, since loaders are found by value type and
	 * {@code Entity} is today's.
	 */
	record EntityThen(Entity entity) {
	}

	/** A {@code relations} selection on one entity. */
	record RelationsKey(String entityId, RelationsQuery query) {
	}

	/** A page of one entity's relations, with the entities at their ends when they were asked for. */
	record RelationsPage(Page<Claim> page, Map<String, Entity> ends) {
	}

	/** The arguments of one {@code measures} selection. */
	record MeasuresQuery(String metric, boolean includeInferred) {
	}

	/** A {@code measures} selection on one entity or relation. */
	record MeasuresKey(String subjectId, MeasuresQuery query) {
	}

	/** The figures of one subject (a record, so that the loader is found by its value type). */
	record SubjectMeasures(List<Measure> list) {
	}

}
