package org.ecograph.seed;

import java.util.List;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V0029's migration on the seed: every claim has exactly one assertion, holding its first source, quote and figures
 * as they stand, rank NORMAL and live (docs/data-model.md, "Assertions").
 */
@SeededGraphTest
class SeedAssertionsTests {

	@Autowired
	Driver driver;

	@Test
	void everySeedClaimHasExactlyOneAssertionHoldingItsSourceQuoteAndFigures() {
		assertThat(count("MATCH (a:Assertion) RETURN count(a) AS v")).isEqualTo(155);
		List<String> differing = this.driver.executableQuery("""
				MATCH (:Entity)-[r]->(:Entity)
				OPTIONAL MATCH (a:Assertion {claim: r.id})
				WITH r, collect(a) AS list
				WITH r, list, list[0] AS a
				WHERE size(list) <> 1 OR a.id <> 'assertion:' + substring(r.id, 6) + '-origin'
				   OR a.source <> r.sources[0] OR coalesce(a.quote, '') <> coalesce(r.quote, '')
				   OR coalesce(a.amountUsd, -1) <> coalesce(r.amountUsd, -1)
				   OR coalesce(a.amountKind, '') <> coalesce(r.amountKind, '')
				   OR coalesce(a.shareOfSource, -1) <> coalesce(r.shareOfSource, -1)
				   OR coalesce(a.shareOfTarget, -1) <> coalesce(r.shareOfTarget, -1)
				   OR a.status <> r.status OR coalesce(a.confidence, -1) <> coalesce(r.confidence, -1)
				   OR coalesce(a.validFrom, date('0001-01-01')) <> coalesce(r.validFrom, date('0001-01-01'))
				   OR coalesce(a.validTo, date('0001-01-01')) <> coalesce(r.validTo, date('0001-01-01'))
				   OR a.rank <> 'NORMAL' OR a.supersededAt IS NOT NULL OR a.recordedAt IS NULL OR a.lastSeen IS NULL
				RETURN r.id AS v ORDER BY v""").execute().records().stream().map(r -> r.get("v").asString()).toList();
		assertThat(differing).as("claims without exactly one assertion holding their values").isEmpty();
	}

	private long count(String query) {
		return this.driver.executableQuery(query).execute().records().get(0).get("v").asLong();
	}

}
