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
import org.ecograph.steward.Inputs.EntityInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up's rehearsal of a steward's write ({@link ValidationWarmUp#rehearse}) sends every statement that a real
 * claim creation, a real correction and a real entity correction send (so Neo4j has planned them before the first
 * steward), and writes nothing: no graph version, no claim, no description, no change.
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
		String described = this.transactions.read(() -> this.state.entity(onRecord.from())).description();
		assertThat(this.warmUp.rehearse()).as("rehearsals without a refusal").isEqualTo(3);
		Set<String> rehearsed = texts();

		assertThat(this.transactions.read(this.versions::read)).as("graph version").isEqualTo(version);
		assertThat(this.transactions.read(() -> this.audit.changes(null, null, 100_000))).as("changes recorded")
			.hasSize(changes);
		assertThat(this.transactions.read(() -> this.audit.history(ValidationWarmUp.REHEARSED_CLAIM, 10))).isEmpty();
		assertThat(this.transactions.read(() -> this.state.claim(ValidationWarmUp.REHEARSED_CLAIM)))
			.as("the rehearsed claim").isNull();
		assertThat(this.transactions.read(() -> this.state.entity(onRecord.from())).description())
			.as("the rehearsed entity's description").isEqualTo(described)
			.isNotEqualTo(ValidationWarmUp.REHEARSED_DESCRIPTION);

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
		this.driver.clear();
		MutationResult<?> entity = this.steward.upsertEntity(new EntityInput(onRecord.from(), null, null,
				"described by a steward in the rehearsal's test", null, null, null, null, null, null));
		assertThat(entity.userErrors()).isEmpty();
		Set<String> entityReal = texts();

		// 10 texts (15 before 2026-12-05's merges): the write path's, and the rules' checks as one statement
		assertThat(real).as("statements of a real creation and correction").hasSizeGreaterThanOrEqualTo(10)
			.anySatisfy(text -> assertThat(text).contains("AS rule, element, detail"));
		assertThat(rehearsed).as("statements the rehearsal sent").containsAll(real).containsAll(entityReal);
		assertThat(entityReal).as("statements of a real entity correction").isNotEmpty()
			.anySatisfy(text -> assertThat(text).contains("AS rule, element, detail"));
		assertThat(this.transactions.read(this.versions::read)).isEqualTo(version + 3);
	}

	private Set<String> texts() {
		return this.driver.observedOnThisThread()
			.stream()
			.map(DriverQueryCounter.Statement::text)
			.collect(Collectors.toSet());
	}

}
