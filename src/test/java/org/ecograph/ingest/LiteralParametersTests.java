package org.ecograph.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The loader's literal extraction: exact texts and values, and statements it leaves as written. */
class LiteralParametersTests {

	@Test
	void turnsStringsNumbersAndListsOfStringsIntoParametersOfTheSameValues() {
		LiteralParameters p = LiteralParameters.of("""
				MATCH (a:Entity {id: 'company:a'}), (b:Entity {id: "company:b"})  // a comment with 'quotes'
				MERGE (a)-[r:FUNDS {id: 'claim:a-funds-b'}]->(b)
				SET r.confidence = 0.9, r.amount = 12, r.sources = ['source:x', 'source:y'], r.quote = 'it\\'s "here"\\n',
				    r.validFrom = date('2025-11-24'), r.exponent = 1.5e3, r.inferred = false""");

		assertThat(p.text()).isEqualTo("MATCH (a:Entity {id: $lit0}), (b:Entity {id: $lit1}) "
				+ "MERGE (a)-[r:FUNDS {id: $lit2}]->(b) SET r.confidence = $lit3, r.amount = $lit4, r.sources = $lit5, "
				+ "r.quote = $lit6, r.validFrom = date($lit7), r.exponent = $lit8, r.inferred = false");
		assertThat(p.parameters()).containsExactly(Map.entry("lit0", "company:a"), Map.entry("lit1", "company:b"),
				Map.entry("lit2", "claim:a-funds-b"), Map.entry("lit3", 0.9), Map.entry("lit4", 12L),
				Map.entry("lit5", List.of("source:x", "source:y")), Map.entry("lit6", "it's \"here\"\n"),
				Map.entry("lit7", "2025-11-24"), Map.entry("lit8", 1500.0));
	}

	/**
	 * Run one by one, a statement's literals are the entries of one map parameter, {@code $lit} (Neo4j keys a plan by
	 * the length class of every string and list parameter, and a map has none); the text is otherwise the same, and a
	 * statement left as written stays so.
	 */
	@Test
	void inOneMapTheLiteralsAreTheEntriesOfOneMapParameter() {
		LiteralParameters p = LiteralParameters.of(
				"MATCH (a:Entity {id: 'company:a'}) SET a.name = 'A', a.sources = ['source:x'], a += {rank: 12}");

		LiteralParameters oneMap = p.inOneMap();

		assertThat(oneMap.text()).isEqualTo(
				"MATCH (a:Entity {id: $lit.lit0}) SET a.name = $lit.lit1, a.sources = $lit.lit2, a += $lit.lit3");
		assertThat(oneMap.parameters()).containsExactly(Map.entry("lit", p.parameters()));
		assertThat(p.parameters()).containsOnlyKeys("lit0", "lit1", "lit2", "lit3");
		LiteralParameters asWritten = LiteralParameters.of("MATCH (a {id: $given}) SET a.name = 'A'");
		assertThat(asWritten.inOneMap()).isEqualTo(asWritten);
	}

	@Test
	void foldsTheLiteralMapOfAnAddingSetIntoOneMapParameter() {
		LiteralParameters p = LiteralParameters.of("""
				MATCH (a:Entity {id: 'company:a'}), (b:Entity {id: 'company:b'})
				MERGE (a)-[r:FUNDS {id: 'claim:a-funds-b'}]->(b)
				SET r += {
				  confidence: 0.9, amount: 12, sources: ['source:x', "source:y"], quote: 'it\\'s "here"\\n',
				  validFrom: date('2025-11-24'), validTo : date ( "2026-01-31" ), exponent: 1.5e3, inferred: false,
				  none: []
				}""");

		assertThat(p.text()).isEqualTo("MATCH (a:Entity {id: $lit0}), (b:Entity {id: $lit1}) "
				+ "MERGE (a)-[r:FUNDS {id: $lit2}]->(b) SET r += $lit3");
		assertThat(p.parameters().get("lit3")).isEqualTo(Map.of("confidence", 0.9, "amount", 12L, "sources",
				List.of("source:x", "source:y"), "quote", "it's \"here\"\n", "validFrom", LocalDate.of(2025, 11, 24),
				"validTo", LocalDate.of(2026, 1, 31), "exponent", 1500.0, "inferred", false, "none", List.of()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "MATCH (n {id: 'a'}) SET n += {v: 'x', w: n.v}",
			"MATCH (n {id: 'a'}) SET n += {v: 'x', w: -1}", "MATCH (n {id: 'a'}) SET n += {v: 'x', w: null}",
			"MATCH (n {id: 'a'}) SET n += {v: 'x', w: date('2025-02-30')}",
			"MATCH (n {id: 'a'}) SET n += {v: 'x', w: date('2025-W07')}",
			"MATCH (n {id: 'a'}) SET n += {v: 'x', w: datetime('2025-01-01')}",
			"MATCH (n {id: 'a'}) SET n += {v: 'x', `w`: 'y'}", "MATCH (n {id: 'a'}) SET n += {v: 'x', v: 'y'}",
			"MATCH (n {id: 'a'}) SET n += {v: 'x', w: [1, 2]}", "MATCH (n {id: 'a'}) SET n += {}" })
	void foldsNoMapWithAValueThatIsNotALiteralOrAKeyThatIsNotPlain(String statement) {
		LiteralParameters p = LiteralParameters.of(statement);

		assertThat(p.parameters().values()).noneMatch(Map.class::isInstance);
		assertThat(p.text()).contains("{");
	}

	@Test
	void leavesMapsOfPatternsAndOfPlainAssignmentsEntryByEntry() {
		LiteralParameters p = LiteralParameters.of("MERGE (n:Entity {id: 'a'}) ON CREATE SET n = {v: 'x'} "
				+ "WITH n CREATE (n)-[:R {w: 2}]->(:X {v: true})");

		assertThat(p.text()).isEqualTo("MERGE (n:Entity {id: $lit0}) ON CREATE SET n = {v: $lit1} "
				+ "WITH n CREATE (n)-[:R {w: $lit2}]->(:X {v: true})");
	}

	@Test
	void statementsOfOneShapeShareOneText() {
		LiteralParameters first = LiteralParameters.of("MERGE (n:Entity {id: 'company:a'})\nSET n:Company, n += "
				+ "{name: 'A', aliases: ['a', 'AA']}");
		LiteralParameters second = LiteralParameters.of("MERGE (n:Entity {id: 'company:b'}) SET n:Company,   n += "
				+ "{name: 'B', ticker: 'BB', listed: date('2020-01-02')}");

		assertThat(first.text()).isEqualTo(second.text()).isEqualTo("MERGE (n:Entity {id: $lit0}) SET n:Company, n += $lit1");
		assertThat(second.parameters()).containsExactly(Map.entry("lit0", "company:b"),
				Map.entry("lit1", Map.of("name", "B", "ticker", "BB", "listed", LocalDate.of(2020, 1, 2))));
	}

	@Test
	void keepsNamesWithDigitsSubscriptsAndListsOfOtherValuesApart() {
		LiteralParameters p = LiteralParameters.of("WITH [1, 'a'] AS n1, {k: 2} AS `m2` RETURN n1[0], m2['k'], "
				+ "[x IN n1 | 'b'] AS l");

		assertThat(p.text()).isEqualTo("WITH [$lit0, $lit1] AS n1, {k: $lit2} AS `m2` RETURN n1[$lit3], m2[$lit4], "
				+ "[x IN n1 | $lit5] AS l");
		assertThat(p.parameters().values()).containsExactly(1L, "a", 2L, 0L, "k", "b");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"MATCH (a)-[*1..3]->(b) RETURN b",
			"MATCH (a)-[*..3]->(b) RETURN b",
			"MATCH (a) ((x)-->(y)){1,3} (b) RETURN b",
			"LOAD CSV FROM 'file:///x.csv' AS row FIELDTERMINATOR ';' CREATE (:X {v: row[0]})",
			"UNWIND range(1, 10) AS i CALL (i) { CREATE (:X {i: i}) } IN TRANSACTIONS OF 5 ROWS",
			"CYPHER runtime=slotted CREATE (:X {v: 'a'})",
			"MATCH (n {id: $id}) SET n.v = 'a'",
			"CREATE (:X {v: 'caf\\u00e9'})",
			"CREATE (:X {v: 0x1F})",
			"CREATE (:X {v: 017})",
			"CREATE (:X {v: 99999999999999999999})",
			"CREATE (:X {v: 'open})",
			"RETURN 2 * 3" })
	void leavesStatementsWhereAParameterIsNotAllowedOrTheValueUnsureAsWritten(String statement) {
		LiteralParameters p = LiteralParameters.of(statement);

		assertThat(p.text()).isEqualTo(statement);
		assertThat(p.parameters()).isEmpty();
		assertThat(p.extracted()).isFalse();
	}

	@Test
	void everyBundledDataStatementHasItsLiteralsExtracted() {
		List<Statement> data = ScriptFinder.bundled()
			.stream()
			.flatMap(script -> script.statements().stream())
			.filter(statement -> !statement.isSchemaCommand())
			.toList();
		Set<String> shapes = data.stream().map(s -> LiteralParameters.of(s.text()).text()).collect(Collectors.toSet());

		assertThat(data).allSatisfy(s -> assertThat(LiteralParameters.of(s.text()).extracted()).as(s.text()).isTrue());
		assertThat(shapes).as("statements of one shape share a text").hasSizeLessThan(data.size() / 5);
	}

}
