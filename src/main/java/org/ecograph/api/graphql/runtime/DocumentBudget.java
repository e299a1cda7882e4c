package org.ecograph.api.graphql.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * What a parsed document would cost to validate and run, counted on its syntax tree before validation: fragment
 * cycles, the fields of its operations with every fragment expanded where it is spread (counted, never expanded: each
 * fragment's size is computed once, so a fragment spread twice by fragments spread twice costs 2^n and is refused in
 * linear time), and repeats of one response name or one fragment in a selection. One instance checks one document.
 */
final class DocumentBudget {

	/** A count that cannot overflow however often fragments multiply it. */
	private static final long SATURATED = Long.MAX_VALUE / 4;

	private static final int NAMES_SHOWN = 5;

	private final DocumentLimits limits;

	private final Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();

	private final Map<String, Long> expanded = new HashMap<>();

	private DocumentBudget(DocumentLimits limits, Document document) {
		this.limits = limits;
		// a name defined twice is left to validation, which reports it
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> this.fragments.putIfAbsent(f.getName(), f));
	}

	/** Why {@code document} is refused before validation, or {@code null} when it is within its budget. */
	static String problem(DocumentLimits limits, Document document) {
		return new DocumentBudget(limits, document).problem(document);
	}

	private String problem(Document document) {
		List<String> order = new ArrayList<>();
		String cycle = cycleOrOrder(order);
		if (cycle != null) {
			return cycle;
		}
		String repeat = repeats(document);
		if (repeat != null) {
			return repeat;
		}
		for (String name : order) {
			this.expanded.put(name, count(this.fragments.get(name).getSelectionSet()));
		}
		long fields = 0;
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			fields = Math.min(SATURATED, fields + count(operation.getSelectionSet()));
		}
		if (fields > this.limits.maxFields()) {
			return "The document has " + (fields >= SATURATED ? "more than 2^61" : fields) + " fields once its"
					+ " fragments are expanded where they are spread: allowed at most " + this.limits.maxFields()
					+ " (every spread of a fragment counts its fields again: spread fewer fragments, or fragments"
					+ " fewer times)";
		}
		return null;
	}

	/**
	 * Walks the fragments' spreads depth first without recursion (a chain of thousands of fragments must not exhaust
	 * the stack); fills {@code order} with every fragment after the fragments it spreads.
	 * @return the refusal of the first cycle met, or {@code null}
	 */
	private String cycleOrOrder(List<String> order) {
		Map<String, Boolean> finished = new HashMap<>();
		for (String start : this.fragments.keySet()) {
			if (finished.containsKey(start)) {
				continue;
			}
			Deque<String> path = new ArrayDeque<>();
			Deque<Iterator<String>> next = new ArrayDeque<>();
			Set<String> onPath = new LinkedHashSet<>();
			path.push(start);
			onPath.add(start);
			next.push(spreads(this.fragments.get(start)).iterator());
			while (!path.isEmpty()) {
				Iterator<String> children = next.peek();
				if (!children.hasNext()) {
					String done = path.pop();
					next.pop();
					onPath.remove(done);
					finished.put(done, true);
					order.add(done);
					continue;
				}
				String child = children.next();
				if (onPath.contains(child)) {
					return cycle(new ArrayList<>(onPath), child);
				}
				if (finished.containsKey(child) || !this.fragments.containsKey(child)) {
					continue; // an unknown fragment is left to validation
				}
				path.push(child);
				onPath.add(child);
				next.push(spreads(this.fragments.get(child)).iterator());
			}
		}
		return null;
	}

	private static String cycle(List<String> path, String repeated) {
		List<String> cycle = path.subList(path.indexOf(repeated), path.size());
		String through = cycle.size() <= NAMES_SHOWN ? String.join(" -> ", cycle)
				: String.join(" -> ", cycle.subList(0, NAMES_SHOWN)) + " -> ... (" + cycle.size() + " fragments)";
		return "Fragment " + repeated + " spreads itself: " + through + " -> " + repeated
				+ ". Fragments must not spread each other in a cycle";
	}

	/** The names of the fragments spread anywhere in {@code fragment}, in order of appearance. */
	private static Set<String> spreads(FragmentDefinition fragment) {
		Set<String> names = new LinkedHashSet<>();
		collectSpreads(fragment.getSelectionSet(), names);
		return names;
	}

	private static void collectSpreads(SelectionSet set, Set<String> names) {
		if (set == null) {
			return;
		}
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof FragmentSpread spread) {
				names.add(spread.getName());
			}
			else if (selection instanceof Field field) {
				collectSpreads(field.getSelectionSet(), names);
			}
			else if (selection instanceof InlineFragment inline) {
				collectSpreads(inline.getSelectionSet(), names);
			}
		}
	}

	/** The fields of {@code set} with every fragment expanded; fragments it spreads are already counted. */
	private long count(SelectionSet set) {
		if (set == null) {
			return 0;
		}
		long fields = 0;
		for (Selection<?> selection : set.getSelections()) {
			long more = 0;
			if (selection instanceof Field field) {
				more = 1 + count(field.getSelectionSet());
			}
			else if (selection instanceof InlineFragment inline) {
				more = count(inline.getSelectionSet());
			}
			else if (selection instanceof FragmentSpread spread) {
				more = this.expanded.getOrDefault(spread.getName(), 0L);
			}
			fields = Math.min(SATURATED, fields + more);
		}
		return fields;
	}

	/** The first selection of the document that repeats a response name or a fragment too often. */
	private String repeats(Document document) {
		List<SelectionSet> sets = new ArrayList<>();
		document.getDefinitionsOfType(OperationDefinition.class).forEach(op -> sets.add(op.getSelectionSet()));
		this.fragments.values().forEach(f -> sets.add(f.getSelectionSet()));
		for (SelectionSet set : sets) {
			String problem = repeatsIn(set);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private String repeatsIn(SelectionSet set) {
		if (set == null) {
			return null;
		}
		Map<String, Integer> seen = new HashMap<>();
		List<SelectionSet> nested = new ArrayList<>();
		tally(set, seen, nested);
		for (Map.Entry<String, Integer> entry : seen.entrySet()) {
			if (entry.getValue() > this.limits.maxRepeats()) {
				String what = entry.getKey().startsWith("...") ? "Fragment " + entry.getKey().substring(3)
						+ " is spread" : "The field `" + entry.getKey() + "` is selected";
				return what + " " + entry.getValue() + " times in one selection: allowed at most "
						+ this.limits.maxRepeats() + " (a field selected twice is answered once; give aliases to ask"
						+ " for distinct answers)";
			}
		}
		for (SelectionSet inner : nested) {
			String problem = repeatsIn(inner);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	/** Counts the response names and spreads of one selection, inline fragments merged into it. */
	private static void tally(SelectionSet set, Map<String, Integer> seen, List<SelectionSet> nested) {
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof Field field) {
				seen.merge(field.getResultKey(), 1, Integer::sum);
				if (field.getSelectionSet() != null) {
					nested.add(field.getSelectionSet());
				}
			}
			else if (selection instanceof FragmentSpread spread) {
				seen.merge("..." + spread.getName(), 1, Integer::sum);
			}
			else if (selection instanceof InlineFragment inline && inline.getSelectionSet() != null) {
				tally(inline.getSelectionSet(), seen, nested);
			}
		}
	}

}
