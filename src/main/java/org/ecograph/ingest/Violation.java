package org.ecograph.ingest;

/**
 * One element of the graph that breaks a validation rule.
 *
 * @param rule the rule broken
 * @param element the node or relationship, as a steward would find it ({@code claim:x}, {@code FUNDS a -> b})
 * @param detail what is wrong with it
 */
public record Violation(ValidationRule rule, String element, String detail) {

	@Override
	public String toString() {
		return "%s: %s: %s (rule: %s)".formatted(this.rule, this.element, this.detail, this.rule.description());
	}

}
