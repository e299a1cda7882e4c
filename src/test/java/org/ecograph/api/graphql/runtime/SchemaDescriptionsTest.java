package org.ecograph.api.graphql.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.AbstractDescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema is the analyst's documentation: every type, field, argument and enum value carries a description. */
class SchemaDescriptionsTest {

	@Test
	void everyTypeFieldArgumentAndEnumValueIsDescribed() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		List<String> undescribed = new ArrayList<>();
		registry.types().values().forEach(type -> collect(type, undescribed));
		// an extension cannot carry a description of its own (the type has it), but its fields and arguments must
		registry.objectTypeExtensions().values().forEach(extensions -> extensions.forEach(e -> collectFields(e, undescribed)));
		registry.interfaceTypeExtensions().values().forEach(extensions -> extensions.forEach(e -> collectFields(e, undescribed)));
		registry.scalars().values().stream()
			.filter(s -> !List.of("Int", "Float", "String", "Boolean", "ID").contains(s.getName()))
			.forEach(s -> check(s, s.getName(), undescribed));
		assertThat(undescribed).isEmpty();
	}

	private static void collect(TypeDefinition<?> type, List<String> undescribed) {
		if (type instanceof AbstractDescribedNode<?> described && !type.getName().equals("Query")) {
			check(described, type.getName(), undescribed);
		}
		collectFields(type, undescribed);
	}

	private static void collectFields(TypeDefinition<?> type, List<String> undescribed) {
		if (type instanceof ImplementingTypeDefinition<?> implementing) {
			for (FieldDefinition field : implementing.getFieldDefinitions()) {
				String name = type.getName() + "." + field.getName();
				check(field, name, undescribed);
				field.getInputValueDefinitions().forEach(arg -> check(arg, name + "(" + arg.getName() + ")", undescribed));
			}
		}
		if (type instanceof EnumTypeDefinition enumType) {
			enumType.getEnumValueDefinitions().forEach(v -> check(v, type.getName() + "." + v.getName(), undescribed));
		}
		if (type instanceof InputObjectTypeDefinition input) {
			input.getInputValueDefinitions().forEach(v -> check(v, type.getName() + "." + v.getName(), undescribed));
		}
	}

	private static void check(AbstractDescribedNode<?> node, String name, List<String> undescribed) {
		if (node.getDescription() == null || node.getDescription().getContent().isBlank()) {
			undescribed.add(name);
		}
	}

}
