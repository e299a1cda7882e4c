package org.ecograph.steward;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ecograph.WritableGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.ecograph.model.ClaimStatus;
import org.ecograph.security.Caller;
import org.ecograph.security.Role;
import org.ecograph.steward.Inputs.ClaimInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up's rehearsal of a steward's write ({@link ValidationWarmUp#rehearse}) sends every statement that a real
 * claim creation and a real correction send (so Neo4j has planned them before the first steward), and writes nothing:
 * no graph version, no claim, no change.
 */
@WritableGraphTest
@Import(DriverQueryCounter.class)
class MutationRehearsalTests {

	@Autowired
	ValidationWarmUp warmUp;

	@Autowired
	StewardService steward;

	@Autowired
	WarmUpRepository claims;

	@Autowired
	AuditRepository audit;

	@Autowired
	GraphState state;

	@Autowired
	DriverQueryCounter driver;

	@Autowired
	Transactions transactions;

	@Autowired
	GraphVersions versions;

	@AfterEach
	void noCaller() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theRehearsalSendsWhatACreationAndACorrectionSendAndWritesNothing() {
		WarmUpRepository.ClaimOnRecord onRecord = this.transactions.read(this.claims::anyClaim).orElseThrow();
		long version = this.transactions.read(this.versions::read);
		int changes = this.transactions.read(() -> this.audit.changes(null, null, 100_000)).size();

		this.driver.clear();
		assertThat(this.warmUp.rehearse()).as("rehearsals without a refusal").isEqualTo(2);
		Set<String> rehearsed = texts();

		assertThat(this.transactions.read(this.versions::read)).as("graph version").isEqualTo(version);
		assertThat(this.transactions.read(() -> this.audit.changes(null, null, 100_000))).as("changes recorded")
			.hasSize(changes);
		assertThat(this.transactions.read(() -> this.audit.history(ValidationWarmUp.REHEARSED_CLAIM, 10))).isEmpty();
		assertThat(this.transactions.read(() -> this.state.claim(ValidationWarmUp.REHEARSED_CLAIM)))
			.as("the rehearsed claim").isNull();

		// the same two writes for real, by a steward
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken
				.authenticated(new Caller("rehearsal-test", "token:rehearsal-test", Role.STEWARD), null, List.of()));
		String id = "claim:rehearsal-test-" + Long.toString(System.nanoTime(), 36);
		this.driver.clear();
		MutationResult<?> created = this.steward.upsertClaim(new ClaimInput(id, onRecord.kind(), onRecord.from(),
				onRecord.to(), ClaimStatus.REPORTED, onRecord.sources(), null, 1_000_000.0, null, null, null, null,
				null, null, null, null, null, null, null, null));
		assertThat(created.userErrors()).isEmpty();
		MutationResult<?> corrected = this.steward.upsertClaim(new ClaimInput(id, null, null, null, null, null, null,
				2_000_000.0, null, null, null, null, null, null, null, null, null, null, null, null));
		assertThat(corrected.userErrors()).isEmpty();
		Set<String> real = texts();

		// 10 texts (15 before 2026-12-05's merges): the write path's, and the rules' checks as one statement
		assertThat(real).as("statements of a real creation and correction").hasSizeGreaterThanOrEqualTo(10)
			.anySatisfy(text -> assertThat(text).contains("AS rule, element, detail"));
		assertThat(rehearsed).as("statements the rehearsal sent").containsAll(real);
		assertThat(this.transactions.read(this.versions::read)).isEqualTo(version + 2);
	}

	private Set<String> texts() {
		return this.driver.observedOnThisThread()
			.stream()
			.map(DriverQueryCounter.Statement::text)
			.collect(Collectors.toSet());
	}

}
