package org.ecograph.api.graphql.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import org.springframework.stereotype.Component;

/**
 * Parses GraphQL documents within the {@link DocumentLimits} and checks their {@link DocumentBudget} before anything
 * validates or runs them; remembers the {@value #SIZE} documents used most recently, so the guards (which need an
 * operation's type and top-level fields) and the document cache parse each distinct document once.
 */
@Component
public class Documents {

	static final int SIZE = 1000;

	private final DocumentLimits limits;

	private final ParserOptions options;

	private final Map<String, ParsedDocument> parsed = new LinkedHashMap<>(SIZE, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ParsedDocument> eldest) {
			return size() > SIZE;
		}

	};

	Documents(DocumentLimits limits) {
		this.limits = limits;
		this.options = ParserOptions.getDefaultOperationParserOptions()
			.transform(builder -> builder.maxCharacters(limits.maxCharacters())
				.maxTokens(limits.maxTokens())
				.maxRuleDepth(limits.maxRuleDepth()));
	}

	/** The parser options of every operation document, for GraphQL's own parse. */
	ParserOptions parserOptions() {
		return this.options;
	}

	/** {@code text} parsed and checked, or refused, or unparsable (a syntax error GraphQL reports). */
	public ParsedDocument parse(String text) {
		// keyed by hash: the text of a refused document (up to maxCharacters) is not worth keeping
		String key = PersistedDocuments.sha256(text);
		synchronized (this.parsed) {
			ParsedDocument known = this.parsed.get(key);
			if (known != null) {
				return known;
			}
		}
		ParsedDocument result = parseAndCheck(text);
		synchronized (this.parsed) {
			this.parsed.put(key, result);
		}
		return result;
	}

	private ParsedDocument parseAndCheck(String text) {
		Document document;
		try {
			document = new Parser().parseDocument(
					ParserEnvironment.newParserEnvironment().document(text).parserOptions(this.options).build());
		}
		catch (ParseCancelledTooManyCharsException ex) {
			return ParsedDocument.refused("The document is over " + this.limits.maxCharacters() + " characters:"
					+ " allowed at most " + this.limits.maxCharacters() + " (send a shorter document)");
		}
		catch (ParseCancelledTooDeepException ex) {
			return ParsedDocument.refused("The document nests selections, lists or objects over "
					+ this.limits.maxRuleDepth() + " grammar rules deep: allowed at most " + this.limits.maxRuleDepth());
		}
		catch (ParseCancelledException ex) {
			return ParsedDocument.refused("The document has over " + this.limits.maxTokens() + " tokens (names,"
					+ " punctuation, values): allowed at most " + this.limits.maxTokens()
					+ " (send a shorter document)");
		}
		catch (InvalidSyntaxException ex) {
			return ParsedDocument.UNPARSABLE;
		}
		String problem = DocumentBudget.problem(this.limits, document);
		return problem == null ? new ParsedDocument(document, null) : ParsedDocument.refused(problem);
	}

}
