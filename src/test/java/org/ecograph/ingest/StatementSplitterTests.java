package org.ecograph.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatementSplitterTests {

	@Test
	void splitsAtSemicolonsAndReportsStartLines() {
		List<Statement> statements = StatementSplitter.split("CREATE (a);\n\nCREATE (b)\nRETURN b;\n");
		assertThat(statements).containsExactly(new Statement("CREATE (a)", 1), new Statement("CREATE (b)\nRETURN b", 3));
	}

	@Test
	void keepsSemicolonsInsideSingleAndDoubleQuotedStrings() {
		List<Statement> statements = StatementSplitter.split("RETURN 'a;b';\nRETURN \"c;d\";");
		assertThat(statements).extracting(Statement::text).containsExactly("RETURN 'a;b'", "RETURN \"c;d\"");
	}

	@Test
	void keepsEscapedQuotesInsideStrings() {
		List<Statement> statements = StatementSplitter.split("RETURN 'it\\'s; fine';RETURN 2;");
		assertThat(statements).extracting(Statement::text).containsExactly("RETURN 'it\\'s; fine'", "RETURN 2");
	}

	@Test
	void keepsSemicolonsInsideBacktickIdentifiersWithDoubledBackticks() {
		List<Statement> statements = StatementSplitter.split("MATCH (`a;``b`) RETURN 1;");
		assertThat(statements).extracting(Statement::text).containsExactly("MATCH (`a;``b`) RETURN 1");
	}

	@Test
	void ignoresSemicolonsInLineAndBlockComments() {
		String script = """
				// a comment; with a semicolon
				CREATE (a) /* inline; comment */ SET a.x = 1;
				/* a block;
				   over lines; */
				CREATE (b);
				""";
		assertThat(StatementSplitter.split(script)).containsExactly(new Statement("CREATE (a)   SET a.x = 1", 2),
				new Statement("CREATE (b)", 5));
	}

	@Test
	void keepsDoubleSlashInsideStrings() {
		assertThat(StatementSplitter.split("RETURN 'https://example.org/a;b' AS url"))
			.containsExactly(new Statement("RETURN 'https://example.org/a;b' AS url", 1));
	}

	@Test
	void dropsStatementsMadeOnlyOfCommentsAndWhitespace() {
		assertThat(StatementSplitter.split("// nothing\n;\n  ;/* still nothing */;")).isEmpty();
	}

	@Test
	void acceptsLastStatementWithoutSemicolon() {
		assertThat(StatementSplitter.split("CREATE (a);\nCREATE (b)")).extracting(Statement::line)
			.containsExactly(1, 2);
	}

	@Test
	void countsLinesInsideMultiLineStringsAndComments() {
		String script = "CREATE (a {q: 'line one\nline two'});\n/* x\ny */\nCREATE (b);";
		assertThat(StatementSplitter.split(script)).extracting(Statement::line).containsExactly(1, 5);
	}

	@Test
	void rejectsUnclosedStringNamingItsLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatementSplitter.split("CREATE (a);\nRETURN 'open;"))
			.withMessage("string opened with ' on line 2 is never closed");
	}

	@Test
	void rejectsUnclosedBlockCommentNamingItsLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatementSplitter.split("\n\n/* open; \nCREATE (a);"))
			.withMessage("block comment opened on line 3 is never closed");
	}

	@Test
	void recognisesSchemaCommands() {
		assertThat(new Statement("CREATE CONSTRAINT x IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE", 1)
			.isSchemaCommand()).isTrue();
		assertThat(new Statement("CREATE FULLTEXT INDEX f IF NOT EXISTS FOR (n:A) ON EACH [n.x]", 1).isSchemaCommand())
			.isTrue();
		assertThat(new Statement("drop index f", 1).isSchemaCommand()).isTrue();
		assertThat(new Statement("CREATE (n:Index)", 1).isSchemaCommand()).isFalse();
	}

}
