package org.ecograph.api.graphql.runtime;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * A GraphQL document as the guards see it before it is validated: parsed within the {@link DocumentLimits}, or
 * refused with the reason ({@link #problem()}), or not parsable at all (a syntax error, which GraphQL itself reports
 * with its location).
 *
 * @param document the parsed document; {@code null} when refused or not parsable
 * @param problem why the document is refused before validation; {@code null} when it is not
 */
public record ParsedDocument(Document document, String problem) {

	static ParsedDocument refused(String problem) {
		return new ParsedDocument(null, problem);
	}

	static final ParsedDocument UNPARSABLE = new ParsedDocument(null, null);

	/** Whether the document was refused before validation. */
	public boolean refused() {
		return this.problem != null;
	}

	/**
	 * The operation a request runs: the one named {@code operationName}, or the only one when no name is given.
	 * Empty when there is none such (GraphQL reports that).
	 */
	public Optional<OperationDefinition> operation(String operationName) {
		if (this.document == null) {
			return Optional.empty();
		}
		List<OperationDefinition> operations = this.document.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null || operationName.isEmpty()) {
			return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
		}
		return operations.stream().filter(op -> operationName.equals(op.getName())).findFirst();
	}

	/**
	 * The names of the top-level fields the operation selects, through inline fragments and fragment spreads (each
	 * fragment looked at once); empty when the operation is not found.
	 */
	public Set<String> rootFields(String operationName) {
		Set<String> names = new LinkedHashSet<>();
		operation(operationName).ifPresent(op -> collect(op.getSelectionSet(), names, new HashSet<>()));
		return names;
	}

	private void collect(SelectionSet set, Set<String> names, Set<String> visited) {
		if (set == null) {
			return;
		}
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof Field field) {
				names.add(field.getName());
			}
			else if (selection instanceof InlineFragment inline) {
				collect(inline.getSelectionSet(), names, visited);
			}
			else if (selection instanceof FragmentSpread spread && visited.add(spread.getName())) {
				this.document.getDefinitionsOfType(FragmentDefinition.class)
					.stream()
					.filter(f -> f.getName().equals(spread.getName()))
					.findFirst()
					.ifPresent(f -> collect(f.getSelectionSet(), names, visited));
			}
		}
	}

}
