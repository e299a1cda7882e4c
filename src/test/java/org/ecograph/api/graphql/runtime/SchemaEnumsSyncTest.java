package org.ecograph.api.graphql.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.catalog.Direction;
import org.ecograph.consistency.FindingKind;
import org.ecograph.consistency.Severity;
import org.ecograph.measure.MeasureGrouping;
import org.ecograph.model.AmountKind;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.RelationKind;
import org.ecograph.model.Unit;
import org.ecograph.steward.UserError;
import org.ecograph.watch.WatchKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enums of the schema are written by hand beside the Java enums they stand for (a schema-first contract cannot
 * derive them), so this test holds each pair together, in the manner of spring-petclinic's
 * {@code I18nPropertiesSyncTest}: every schema enum has its Java enum, and each has every value of the other. A
 * constant added on one side only fails here, naming the enum and the values missing on each side.
 */
class SchemaEnumsSyncTest {

	/** Every enum of {@code graphql/*.graphqls} and the Java enum it mirrors. */
	private static final Map<String, Class<? extends Enum<?>>> MIRRORS = Map.ofEntries(
			Map.entry("EntityKind", EntityKind.class), Map.entry("RelationKind", RelationKind.class),
			Map.entry("DependentSide", RelationKind.DependentSide.class), Map.entry("ClaimStatus", ClaimStatus.class),
			Map.entry("Direction", Direction.class), Map.entry("AmountKind", AmountKind.class),
			Map.entry("Unit", Unit.class), Map.entry("MeasureBound", MeasureBound.class),
			Map.entry("MeasureGrouping", MeasureGrouping.class), Map.entry("FindingKind", FindingKind.class),
			Map.entry("Severity", Severity.class), Map.entry("PathRanking", PathRanking.class),
			Map.entry("ExposureDirection", ExposureDirection.class), Map.entry("RankingWeight", RankingWeight.class),
			Map.entry("UserErrorCode", UserError.Code.class), Map.entry("WatchKind", WatchKind.class),
			Map.entry("Rank", org.ecograph.model.Rank.class), Map.entry("Conflict", org.ecograph.model.Conflict.class),
			Map.entry("Verdict", org.ecograph.model.Verdict.class),
			Map.entry("KnowledgeChangeKind", org.ecograph.model.KnowledgeChangeKind.class));

	@Test
	void everySchemaEnumMirrorsAJavaEnum() throws IOException {
		assertThat(schemaEnums().keySet()).as("schema enums with no Java enum named in MIRRORS")
			.isSubsetOf(MIRRORS.keySet());
		assertThat(MIRRORS.keySet()).as("Java enums in MIRRORS whose schema enum is gone")
			.isSubsetOf(schemaEnums().keySet());
	}

	@Test
	void eachSchemaEnumHasExactlyTheConstantsOfItsJavaEnum() throws IOException {
		Map<String, List<String>> differences = new TreeMap<>();
		schemaEnums().forEach((name, schemaValues) -> {
			Class<? extends Enum<?>> java = MIRRORS.get(name);
			if (java == null) {
				return;
			}
			Set<String> javaValues = Arrays.stream(java.getEnumConstants())
				.map(Enum::name)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			List<String> problems = Stream.concat(
					missing(javaValues, schemaValues).stream().map(v -> v + " missing in the schema"),
					missing(schemaValues, javaValues).stream().map(v -> v + " missing in " + java.getName()))
				.toList();
			if (!problems.isEmpty()) {
				differences.put(name, problems);
			}
		});
		assertThat(differences).as("schema enums that differ from their Java enums").isEmpty();
	}

	private static List<String> missing(Set<String> values, Set<String> in) {
		return values.stream().filter(value -> !in.contains(value)).toList();
	}

	/** Every enum of the schema files, with its values. */
	static Map<String, Set<String>> schemaEnums() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		return registry.getTypes(EnumTypeDefinition.class)
			.stream()
			.collect(Collectors.toMap(EnumTypeDefinition::getName,
					type -> type.getEnumValueDefinitions()
						.stream()
						.map(EnumValueDefinition::getName)
						.collect(Collectors.toCollection(LinkedHashSet::new)),
					(a, b) -> a, TreeMap::new));
	}

}
