package org.ecograph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherScriptTests {

	@Test
	void parsesVersionAndDescriptionFromFileName() {
		CypherScript script = CypherScript.of("V0002__us_ai_infrastructure.cypher", "x", "").orElseThrow();
		assertThat(script.version()).isEqualTo(2);
		assertThat(script.description()).isEqualTo("us ai infrastructure");
	}

	@Test
	void rejectsFileNamesThatAreNotVersioned() {
		assertThat(CypherScript.of("seed.cypher", "x", "")).isEmpty();
		assertThat(CypherScript.of("V1_single_underscore.cypher", "x", "")).isEmpty();
		assertThat(CypherScript.of("V1__x.cql", "x", "")).isEmpty();
	}

	@Test
	void checksumIgnoresLineEndingsButNotContent() {
		CypherScript unix = new CypherScript(1, "a", "x", "CREATE (a);\nCREATE (b);\n");
		CypherScript windows = new CypherScript(1, "a", "x", "CREATE (a);\r\nCREATE (b);\r\n");
		CypherScript changed = new CypherScript(1, "a", "x", "CREATE (a);\nCREATE (c);\n");
		assertThat(unix.checksum()).isEqualTo(windows.checksum()).hasSize(64);
		assertThat(unix.checksum()).isNotEqualTo(changed.checksum());
	}

}
