package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.ecograph.catalog.AssertionCatalog;
import org.ecograph.catalog.AssertionCatalog.ClaimAssertions;
import org.ecograph.model.AmountKind;
import org.ecograph.model.Assertion;
import org.ecograph.model.Claim;
import org.ecograph.model.Conflict;
import org.ecograph.model.Entity;
import org.ecograph.model.MeasureBound;
import org.ecograph.model.Source;
import org.ecograph.steward.AssertionService;
import org.ecograph.steward.Change;
import org.ecograph.steward.ClaimAssertion;
import org.ecograph.steward.Inputs.AssertClaimInput;
import org.ecograph.steward.Inputs.RankAssertionInput;
import org.ecograph.steward.MutationResult;
import org.ecograph.steward.UserError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Sources' statements of claims (docs/data-model.md, "Assertions"): a relation's {@code assertions},
 * {@code corroboration} and {@code conflict}, all three read from one batch of the relations' live assertions (its
 * loader registered here: one query for every relation of a response, a seek of the assertion-claim index per
 * claim), the fields of an {@code Assertion}, and the steward's {@code assertClaim} and {@code rankAssertion}.
 */
@Controller
class AssertionController {

	private final AssertionService assertions;

	AssertionController(BatchLoaderRegistry registry, AssertionCatalog catalog, AssertionService assertions) {
		this.assertions = assertions;
		registry.forTypePair(String.class, ClaimAssertions.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> catalog.forKeys(keys)));
	}

	/** The loader's key: the claim id, followed by {@code @day} when read as known on a day. */
	private static String key(Claim claim, LocalDate knownOn) {
		return knownOn == null ? claim.id() : claim.id() + AssertionCatalog.ON + knownOn;
	}

	@SchemaMapping(typeName = "Relation", field = "assertions")
	CompletableFuture<List<Assertion>> assertions(Claim claim, DataLoader<String, ClaimAssertions> loader,
			@LocalContextValue(name = KnownOnContext.NAME, required = false) LocalDate knownOn) {
		return loader.load(key(claim, knownOn)).thenApply(found -> found == null ? List.of() : found.list());
	}

	@SchemaMapping(typeName = "Relation", field = "corroboration")
	CompletableFuture<Integer> corroboration(Claim claim, DataLoader<String, ClaimAssertions> loader,
			@LocalContextValue(name = KnownOnContext.NAME, required = false) LocalDate knownOn) {
		return loader.load(key(claim, knownOn)).thenApply(found -> found == null ? 0 : found.corroboration());
	}

	@SchemaMapping(typeName = "Relation", field = "conflict")
	CompletableFuture<Conflict> conflict(Claim claim, DataLoader<String, ClaimAssertions> loader,
			@LocalContextValue(name = KnownOnContext.NAME, required = false) LocalDate knownOn) {
		return loader.load(key(claim, knownOn)).thenApply(found -> found == null ? Conflict.NONE : found.conflict());
	}

	@SchemaMapping(typeName = "Assertion", field = "source")
	CompletableFuture<Source> source(Assertion assertion, DataLoader<String, Source> sources) {
		return sources.load(assertion.sourceId())
			.thenApply(found -> found != null ? found
					: new Source(assertion.sourceId(), null, null, null, null, null, null));
	}

	@SchemaMapping(typeName = "Assertion", field = "attributedTo")
	CompletableFuture<Entity> attributedTo(Assertion assertion, DataLoader<String, Entity> entities) {
		return assertion.attributedTo() == null ? CompletableFuture.completedFuture(null)
				: entities.load(assertion.attributedTo());
	}

	@SchemaMapping(typeName = "Assertion", field = "amountKind")
	AmountKind amountKind(Assertion assertion) {
		return assertion.effectiveAmountKind();
	}

	@SchemaMapping(typeName = "Assertion", field = "amountBound")
	MeasureBound amountBound(Assertion assertion) {
		return assertion.amountBound() == null ? MeasureBound.EXACT : assertion.amountBound();
	}

	@SchemaMapping(typeName = "Assertion", field = "recordedAt")
	String recordedAt(Assertion assertion) {
		return assertion.recordedAt() == null ? null : assertion.recordedAt().toOffsetDateTime().toString();
	}

	@SchemaMapping(typeName = "Assertion", field = "lastSeen")
	String lastSeen(Assertion assertion) {
		return assertion.lastSeen() == null ? null : assertion.lastSeen().toOffsetDateTime().toString();
	}

	@MutationMapping
	AssertionPayload assertClaim(@Argument AssertClaimInput input) {
		return AssertionPayload.of(this.assertions.assertClaim(input));
	}

	@MutationMapping
	AssertionPayload rankAssertion(@Argument RankAssertionInput input) {
		return AssertionPayload.of(this.assertions.rankAssertion(input));
	}

	record AssertionPayload(Claim relation, Assertion assertion, Change change, List<UserError> userErrors) {

		static AssertionPayload of(MutationResult<ClaimAssertion> result) {
			ClaimAssertion value = result.value();
			return new AssertionPayload(value == null ? null : value.relation(),
					value == null ? null : value.assertion(), result.change(), result.userErrors());
		}

	}

}
