package org.ecograph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.model.TestClaims.claim;

import java.util.List;
import java.util.Map;

import org.ecograph.model.AmountKind;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimStatus;
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
	void explainsAMembershipWithTheMembersRole() {
		Claim member = new Claim("c", RelationKind.MEMBER_OF, "a", "b", null, null, null, null, "founding member",
				ClaimStatus.REPORTED, null, null, null, 0.75, null, null, List.of(), Map.of());
		assertThat(Figures.explain(member, "Nvidia", "AI Infrastructure Partnership"))
			.isEqualTo("Nvidia is a member of AI Infrastructure Partnership: founding member");
	}

	@Test
	void saysWhatAnAmountThatIsNotAFlowIs() {
		Claim announcement = TestClaims.withAmountKind(claim("c", RelationKind.SUPPORTS, "a", "b", 500e9, null, null,
				0.9), AmountKind.SIZE);
		assertThat(Figures.explain(announcement, "White House", "Stargate"))
			.isEqualTo("White House supports Stargate: announced size 500 billion USD");
		assertThat(Figures.amount(TestClaims.withAmountKind(announcement, AmountKind.ESTIMATE)))
			.isEqualTo("estimate 500 billion USD");
	}

	@Test
	void formatsAmountsAndPercentages() {
		assertThat(Figures.usd(1.25e12)).isEqualTo("1.25 trillion USD");
		assertThat(Figures.usd(800e6)).isEqualTo("800 million USD");
		assertThat(Figures.usd(5000)).isEqualTo("5000 USD");
		assertThat(Figures.percent(0.0366)).isEqualTo("3.66%");
	}

}
