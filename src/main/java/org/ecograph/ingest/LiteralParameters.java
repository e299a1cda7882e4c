package org.ecograph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A data statement of a script with its literals turned into parameters, so that statements of one shape share one
 * text and Neo4j parses, checks and plans that text once: Neo4j caches parsed statements by their text, and parsing
 * and rewriting (not running) is what the seed's three hundred statements cost. Neo4j does the same internally
 * (its "literal extraction"), but only after parsing a text it has not seen.
 * <p>
 * What is extracted: string literals ({@code '...'}, {@code "..."}, with the escapes {@code \\ \' \" \n \t \r \b
 * \f}), decimal integers that fit a {@code long} and decimal floating-point numbers; a list of string literals only
 * (in expression position) becomes one list parameter. The map of a {@code SET x += {...}} whose every value is such
 * a literal, {@code true}, {@code false} or {@code date('yyyy-mm-dd')} becomes one map parameter (a {@code LocalDate}
 * for the date), so statements that set different properties share a text too: {@code SET r += $lit3}. Comments are
 * dropped and whitespace outside literals is collapsed. The values are exactly those of the literals, so the statement
 * writes exactly what its text says.
 * <p>
 * Conservative: a statement that already has parameters, uses a construct where Cypher allows no parameter
 * (variable-length and quantified-path bounds, {@code FIELDTERMINATOR}, batch sizes, {@code CYPHER} options), any
 * other escape, a hexadecimal, octal or oversized number is returned unchanged, with no parameters.
 */
record LiteralParameters(String text, Map<String, Object> parameters) {

	/** A date as {@code date()} reads it in its extended ISO form, the only one folded into a parameter. */
	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** The prefix of the parameters' names ({@code $lit0}, {@code $lit1}, ...). */
	static final String PREFIX = "lit";

	/** Constructs whose literals cannot be parameters, or that change how a statement is run: left as written. */
	private static final Pattern UNSAFE = Pattern.compile(
			"(?i)\\b(FIELDTERMINATOR|PERIODIC|TRANSACTIONS|CYPHER|EXPLAIN|PROFILE|USE|SHOW|TERMINATE)\\b");

	LiteralParameters {
		parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/** {@code text} with its literals as parameters, or unchanged (no parameters) when that is not safe. */
	static LiteralParameters of(String text) {
		try {
			return new Scanner(text).scan();
		}
		catch (Unsafe ex) {
			return new LiteralParameters(text, Map.of());
		}
	}

	/**
	 * The literals of {@code text} as written, in the order of the parameters {@link #of} makes of them
	 * ({@code lit0} first): a string, a number, a list of strings or an adding {@code SET}'s map. Empty when
	 * {@link #of} leaves the text as written. For checking the values against Neo4j's own reading of the literals.
	 */
	static List<String> literalsAsWritten(String text) {
		Scanner scanner = new Scanner(text);
		try {
			scanner.scan();
		}
		catch (Unsafe ex) {
			return List.of();
		}
		return List.copyOf(scanner.literals);
	}

	/**
	 * The same statement with its parameters as the entries of one map parameter, {@code $lit}
	 * ({@code $lit0} becomes {@code $lit.lit0}). Neo4j keys its plan cache by the length class of every string and
	 * list parameter (empty, one, up to ten, up to a hundred, ...: {@code internal.cypher.use_parameter_size}, on by
	 * default), so that statements of one shape whose strings differ in length would each be planned afresh; a map
	 * parameter has no length class, and one plan serves every statement of the shape.
	 */
	LiteralParameters inOneMap() {
		if (!extracted()) {
			return this;
		}
		return new LiteralParameters(PARAMETER.matcher(this.text).replaceAll("\\$" + PREFIX + ".$1"),
				Map.of(PREFIX, this.parameters));
	}

	/** Whether any literal was turned into a parameter. */
	boolean extracted() {
		return !this.parameters.isEmpty();
	}

	/** What a statement may hold to be run in a {@link Group}: words that change rows, cardinality or clauses. */
	private static final Pattern NOT_GROUPED = Pattern.compile(
			"(?i)\\b(RETURN|WITH|UNION|LIMIT|SKIP|ORDER|CALL|FOREACH|LOAD|ON|DELETE|DETACH|REMOVE|OPTIONAL|WHERE)\\b");

	private static final Pattern STARTS_WITH = Pattern.compile("(?is)^\\s*(MATCH|MERGE)\\b.*");

	private static final Pattern SETS = Pattern.compile("(?i)\\bSET\\b");

	private static final Pattern PARAMETER = Pattern.compile("\\$(" + PREFIX + "\\d+)\\b");

	/**
	 * Whether statements of this shape may run as a {@link Group}: extracted, a plain {@code MATCH}/{@code MERGE}
	 * that ends in {@code SET}s (so each statement that reaches its end writes, and one that matches nothing writes
	 * nothing), with none of {@link #NOT_GROUPED}. Anything else runs one statement at a time.
	 */
	boolean groupable() {
		return extracted() && STARTS_WITH.matcher(this.text).matches() && SETS.matcher(this.text).find()
				&& !NOT_GROUPED.matcher(this.text).find();
	}

	/**
	 * Consecutive statements of one {@link #groupable()} shape as one statement: each statement's parameters are a row
	 * of {@code $batch.rows} (a list inside a map: a list parameter's length class would key a plan of its own, see
	 * {@link #inOneMap()}), its text runs once per row in a subquery that returns how many rows reached its end
	 * ({@code matched}, one per statement, in order). The same writes as the statements one after another.
	 *
	 * @param text the statement that runs them
	 * @param rows the statements' parameters
	 */
	record Group(String text, List<Map<String, Object>> rows) {

		static Group of(List<LiteralParameters> statements) {
			String shape = statements.get(0).text();
			for (LiteralParameters statement : statements) {
				if (!statement.text().equals(shape) || !statement.groupable()) {
					throw new IllegalArgumentException("Not one groupable shape: " + statement.text());
				}
			}
			String body = PARAMETER.matcher(shape).replaceAll("row.$1");
			return new Group("UNWIND $batch.rows AS row CALL (row) { " + body + " RETURN count(*) AS matched }"
					+ " RETURN matched", statements.stream().map(LiteralParameters::parameters).toList());
		}

	}

	/** Thrown inside the scanner when the statement is to be left as written. */
	private static final class Unsafe extends Exception {

		private static final long serialVersionUID = 1L;

		Unsafe() {
			super(null, null, false, false);
		}

	}

	private static final class Scanner {

		private final String s;

		private final StringBuilder out = new StringBuilder();

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		/** The text of each literal turned into a parameter, in the parameters' order. */
		private final List<String> literals = new ArrayList<>();

		/** Where the literal being read starts. */
		private int literalStart;

		/** The words and symbols outside literals, to check for unsafe constructs. */
		private final StringBuilder code = new StringBuilder();

		private int i;

		Scanner(String text) {
			this.s = text;
		}

		LiteralParameters scan() throws Unsafe {
			while (this.i < this.s.length()) {
				step();
			}
			if (UNSAFE.matcher(this.code).find()) {
				throw new Unsafe();
			}
			return new LiteralParameters(this.out.toString().strip(), this.parameters);
		}

		private void step() throws Unsafe {
			char c = this.s.charAt(this.i);
			this.literalStart = this.i;
			if (this.s.startsWith("//", this.i)) {
				int end = this.s.indexOf('\n', this.i);
				this.i = end < 0 ? this.s.length() : end;
				space();
			}
			else if (this.s.startsWith("/*", this.i)) {
				int end = this.s.indexOf("*/", this.i + 2);
				if (end < 0) {
					throw new Unsafe();
				}
				this.i = end + 2;
				space();
			}
			else if (Character.isWhitespace(c)) {
				this.i++;
				space();
			}
			else if (c == '$') {
				// it has parameters of its own: Neo4j would not extract its literals either
				throw new Unsafe();
			}
			else if (c == '`') {
				int end = this.s.indexOf('`', this.i + 1);
				while (end >= 0 && end + 1 < this.s.length() && this.s.charAt(end + 1) == '`') {
					end = this.s.indexOf('`', end + 2);
				}
				if (end < 0) {
					throw new Unsafe();
				}
				emit(this.s.substring(this.i, end + 1));
				this.i = end + 1;
			}
			else if (c == '\'' || c == '"') {
				bind(string());
			}
			else if (c == '[' && listOfStrings()) {
				// consumed by listOfStrings
			}
			else if (c == '{' && afterAddingSet() && propertyMap()) {
				// consumed by propertyMap
			}
			else if (Character.isDigit(c) && !partOfWord()) {
				bind(number());
			}
			else if (c == '*' || c == '{') {
				boundsCheck(c);
				emit(String.valueOf(c));
				this.i++;
			}
			else {
				emit(String.valueOf(c));
				this.i++;
			}
		}

		/** A {@code *} or {@code {} followed by a number or comma is a path bound, where no parameter is allowed. */
		private void boundsCheck(char c) throws Unsafe {
			int j = this.i + 1;
			while (j < this.s.length() && Character.isWhitespace(this.s.charAt(j))) {
				j++;
			}
			if (j < this.s.length()) {
				char next = this.s.charAt(j);
				if (Character.isDigit(next) || next == ',' || (c == '*' && this.s.startsWith("..", j))) {
					throw new Unsafe();
				}
			}
		}

		/** Whether the digit at the cursor continues a name ({@code n1}, {@code `a`1}) rather than starting a number. */
		private boolean partOfWord() throws Unsafe {
			if (this.out.isEmpty()) {
				return false;
			}
			char before = this.out.charAt(this.out.length() - 1);
			if (before == '.') {
				// `.5` or a property named with digits: leave the statement alone
				throw new Unsafe();
			}
			return Character.isLetterOrDigit(before) || before == '_' || before == '`';
		}

		/** The string literal at the cursor, decoded. */
		private String string() throws Unsafe {
			char quote = this.s.charAt(this.i);
			StringBuilder value = new StringBuilder();
			int j = this.i + 1;
			while (true) {
				if (j >= this.s.length()) {
					throw new Unsafe();
				}
				char c = this.s.charAt(j);
				if (c == quote) {
					break;
				}
				if (c == '\\') {
					if (j + 1 >= this.s.length()) {
						throw new Unsafe();
					}
					value.append(switch (this.s.charAt(j + 1)) {
						case '\\' -> '\\';
						case '\'' -> '\'';
						case '"' -> '"';
						case 'n' -> '\n';
						case 't' -> '\t';
						case 'r' -> '\r';
						case 'b' -> '\b';
						case 'f' -> '\f';
						default -> throw new Unsafe();
					});
					j += 2;
				}
				else {
					value.append(c);
					j++;
				}
			}
			this.i = j + 1;
			return value.toString();
		}

		/** The number at the cursor: a {@code Long} or a {@code Double}, as Cypher reads it. */
		private Object number() throws Unsafe {
			int j = this.i;
			while (j < this.s.length() && Character.isDigit(this.s.charAt(j))) {
				j++;
			}
			boolean decimal = false;
			if (j + 1 < this.s.length() && this.s.charAt(j) == '.' && Character.isDigit(this.s.charAt(j + 1))) {
				decimal = true;
				j++;
				while (j < this.s.length() && Character.isDigit(this.s.charAt(j))) {
					j++;
				}
			}
			if (j < this.s.length() && (this.s.charAt(j) == 'e' || this.s.charAt(j) == 'E')) {
				int k = j + 1;
				if (k < this.s.length() && (this.s.charAt(k) == '+' || this.s.charAt(k) == '-')) {
					k++;
				}
				if (k < this.s.length() && Character.isDigit(this.s.charAt(k))) {
					decimal = true;
					j = k;
					while (j < this.s.length() && Character.isDigit(this.s.charAt(j))) {
						j++;
					}
				}
			}
			String literal = this.s.substring(this.i, j);
			if (j < this.s.length() && (Character.isLetterOrDigit(this.s.charAt(j)) || this.s.charAt(j) == '_'
					|| this.s.startsWith("..", j))) {
				// 0x1F, 0o7, 1_000, a range 1..3: left as written
				throw new Unsafe();
			}
			if (!decimal && literal.length() > 1 && literal.charAt(0) == '0') {
				throw new Unsafe();
			}
			this.i = j;
			try {
				return decimal ? (Object) Double.valueOf(literal) : (Object) Long.valueOf(literal);
			}
			catch (NumberFormatException ex) {
				throw new Unsafe();
			}
		}

		/**
		 * A list of string literals in expression position ({@code ['a', 'b']}) becomes one parameter; a subscript
		 * ({@code n['key']}) or a list of anything else is scanned element by element.
		 */
		private boolean listOfStrings() throws Unsafe {
			if (!this.out.isEmpty()) {
				char before = this.out.charAt(this.out.length() - 1);
				if (before == ' ' && this.out.length() > 1) {
					before = this.out.charAt(this.out.length() - 2);
				}
				if (Character.isLetterOrDigit(before) || before == '_' || before == '`' || before == ')'
						|| before == ']' || before == '}' || before == '-' || before == '<') {
					return false;
				}
			}
			int start = this.i;
			List<String> values = strings();
			if (values == null) {
				this.i = start;
				return false;
			}
			bind(values);
			return true;
		}

		/** Whether the text before the cursor ends with {@code +=}, the only place a map parameter is folded. */
		private boolean afterAddingSet() {
			int end = this.out.length();
			if (end > 0 && this.out.charAt(end - 1) == ' ') {
				end--;
			}
			return end >= 2 && this.out.charAt(end - 2) == '+' && this.out.charAt(end - 1) == '=';
		}

		/**
		 * A flat map of properties ({@code {name: 'A', validFrom: date('2025-11-24'), n: 3}}) whose every value is a
		 * literal becomes one parameter; any other map is scanned entry by entry.
		 */
		private boolean propertyMap() throws Unsafe {
			int start = this.i;
			Map<String, Object> values = new LinkedHashMap<>();
			this.i++;
			skipWhitespace();
			if (this.i < this.s.length() && this.s.charAt(this.i) == '}') {
				this.i = start;
				return false;
			}
			while (true) {
				skipWhitespace();
				String key = identifier();
				skipWhitespace();
				if (key == null || this.i >= this.s.length() || this.s.charAt(this.i) != ':') {
					this.i = start;
					return false;
				}
				this.i++;
				skipWhitespace();
				Object value = literal();
				if (value == null || values.put(key, value) != null) {
					this.i = start;
					return false;
				}
				skipWhitespace();
				if (this.i < this.s.length() && this.s.charAt(this.i) == ',') {
					this.i++;
					continue;
				}
				if (this.i < this.s.length() && this.s.charAt(this.i) == '}') {
					this.i++;
					bind(java.util.Collections.unmodifiableMap(values));
					return true;
				}
				this.i = start;
				return false;
			}
		}

		/** The plain name at the cursor (letters, digits, underscores, not starting with a digit), or null. */
		private String identifier() {
			int j = this.i;
			if (j >= this.s.length() || !(Character.isLetter(this.s.charAt(j)) || this.s.charAt(j) == '_')) {
				return null;
			}
			while (j < this.s.length() && (Character.isLetterOrDigit(this.s.charAt(j)) || this.s.charAt(j) == '_')) {
				j++;
			}
			String name = this.s.substring(this.i, j);
			this.i = j;
			return name;
		}

		/**
		 * The value of the literal at the cursor: a string, a number, a list of strings, a boolean or an ISO date
		 * given to {@code date()}; null (the cursor anywhere) for anything else.
		 */
		private Object literal() throws Unsafe {
			if (this.i >= this.s.length()) {
				return null;
			}
			char c = this.s.charAt(this.i);
			if (c == '\'' || c == '"') {
				return string();
			}
			if (Character.isDigit(c)) {
				return number();
			}
			if (c == '[') {
				return strings();
			}
			for (String word : List.of("true", "false")) {
				if (this.s.startsWith(word, this.i) && !continuesName(this.i + word.length())) {
					this.i += word.length();
					return Boolean.valueOf(word);
				}
			}
			return date();
		}

		/** {@code date('yyyy-mm-dd')} at the cursor, as the date Cypher makes of it; null for anything else. */
		private Object date() throws Unsafe {
			if (!this.s.startsWith("date", this.i)) {
				return null;
			}
			this.i += 4;
			skipWhitespace();
			if (this.i >= this.s.length() || this.s.charAt(this.i) != '(') {
				return null;
			}
			this.i++;
			skipWhitespace();
			if (this.i >= this.s.length() || (this.s.charAt(this.i) != '\'' && this.s.charAt(this.i) != '"')) {
				return null;
			}
			String text = string();
			skipWhitespace();
			if (this.i >= this.s.length() || this.s.charAt(this.i) != ')' || !ISO_DATE.matcher(text).matches()) {
				return null;
			}
			this.i++;
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		/** The list of string literals at the cursor, or null (the cursor anywhere) if it is not one. */
		private List<String> strings() throws Unsafe {
			List<String> values = new ArrayList<>();
			this.i++;
			skipWhitespace();
			if (this.i < this.s.length() && this.s.charAt(this.i) == ']') {
				this.i++;
				return List.of();
			}
			while (true) {
				skipWhitespace();
				if (this.i >= this.s.length() || (this.s.charAt(this.i) != '\'' && this.s.charAt(this.i) != '"')) {
					return null;
				}
				values.add(string());
				skipWhitespace();
				if (this.i < this.s.length() && this.s.charAt(this.i) == ',') {
					this.i++;
					continue;
				}
				if (this.i < this.s.length() && this.s.charAt(this.i) == ']') {
					this.i++;
					return List.copyOf(values);
				}
				return null;
			}
		}

		private boolean continuesName(int j) {
			return j < this.s.length() && (Character.isLetterOrDigit(this.s.charAt(j)) || this.s.charAt(j) == '_');
		}

		private void skipWhitespace() {
			while (this.i < this.s.length() && Character.isWhitespace(this.s.charAt(this.i))) {
				this.i++;
			}
		}

		private void bind(Object value) {
			this.literals.add(this.s.substring(this.literalStart, this.i));
			String name = PREFIX + this.parameters.size();
			this.parameters.put(name, value);
			emit("$" + name);
		}

		private void emit(String token) {
			this.out.append(token);
			this.code.append(token.startsWith("$") ? " " : token);
		}

		private void space() {
			if (!this.out.isEmpty() && this.out.charAt(this.out.length() - 1) != ' ') {
				this.out.append(' ');
				this.code.append(' ');
			}
		}

	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s %s", this.text, this.parameters);
	}

}
