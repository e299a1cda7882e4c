package org.ecograph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.analysis.TestClaims.claim;

import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;

class FiguresTests {

	@Test
	void explainsFundingWithTheTargetsShare() {
		assertThat(Figures.explain(claim("c", RelationKind.FUNDS, "a", "b", 150e9, null, 0.3, 0.4), "SoftBank",
				"Stargate"))
			.isEqualTo("SoftBank funds Stargate: 150 billion USD, 30% of its funding");
	}

	@Test
	void explainsSupplyWithTheSourcesShare() {
		assertThat(Figures.explain(claim("c", RelationKind.SUPPLIES, "a", "b", 3.5e9, 0.122, null, 0.3), "Nvidia",
				"Stargate"))
			.isEqualTo("Nvidia supplies Stargate: 3.5 billion USD, 12.2% of Nvidia's relevant total");
	}

	@Test
	void explainsAClaimWithoutFiguresAsAPlainSentence() {
		assertThat(Figures.explain(claim("c", RelationKind.ACCESSES_DATA, "a", "b"), "Pfizer", "Biology data"))
			.isEqualTo("Pfizer draws data from Biology data");
	}

	@Test
	void formatsAmountsAndPercentages() {
		assertThat(Figures.usd(1.25e12)).isEqualTo("1.25 trillion USD");
		assertThat(Figures.usd(800e6)).isEqualTo("800 million USD");
		assertThat(Figures.usd(5000)).isEqualTo("5000 USD");
		assertThat(Figures.percent(0.0366)).isEqualTo("3.66%");
	}

}
