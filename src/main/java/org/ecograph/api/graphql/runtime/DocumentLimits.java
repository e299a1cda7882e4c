package org.ecograph.api.graphql.runtime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds on a GraphQL document, checked when it is parsed and before it is validated, so that no document makes
 * the server work long before it is refused (validation and the complexity check both expand fragments, which a
 * hostile document can make exponential). Beside them stand the operation limits ({@code ecograph.api.max-depth},
 * {@code max-complexity}), checked after validation.
 *
 * @param maxCharacters the longest document, in characters ({@code ecograph.api.document.max-characters})
 * @param maxTokens the most grammar tokens (names, punctuation, values) of a document
 * ({@code ecograph.api.document.max-tokens})
 * @param maxRuleDepth how deep the parser may nest grammar rules (nested selections, lists and objects in arguments),
 * so that no document exhausts the parser's stack ({@code ecograph.api.document.max-rule-depth})
 * @param maxFields the most fields of the document's operations once every fragment is expanded where it is spread
 * (a fragment spread twice counts twice, so fragments that spread each other twice over count 2^n); a fragment cycle
 * is refused outright ({@code ecograph.api.document.max-fields})
 * @param maxRepeats the most times one selection may repeat one response name or spread one fragment (a field
 * selected twice is answered once, and every repeat makes validation compare them pairwise)
 * ({@code ecograph.api.document.max-repeats})
 */
@ConfigurationProperties("ecograph.api.document")
public record DocumentLimits(@DefaultValue("200000") int maxCharacters, @DefaultValue("15000") int maxTokens,
		@DefaultValue("200") int maxRuleDepth, @DefaultValue("5000") int maxFields, @DefaultValue("50") int maxRepeats) {

}
