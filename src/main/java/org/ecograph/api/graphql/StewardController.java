package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.Limits;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.ecograph.model.Judgement;
import org.ecograph.model.Verdict;
import org.ecograph.model.Source;
import org.ecograph.steward.AuditTrail;
import org.ecograph.steward.Change;
import org.ecograph.steward.Inputs.ClaimInput;
import org.ecograph.steward.Inputs.EntityInput;
import org.ecograph.steward.Inputs.SourceInput;
import org.ecograph.steward.JudgementService;
import org.ecograph.steward.MutationResult;
import org.ecograph.steward.RevertService;
import org.ecograph.steward.StewardService;
import org.ecograph.steward.UserError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The steward mutations and the audit trail: thin, the services check the role, validate and write. A mutation's
 * expected failures are data ({@code userErrors}); a missing or too weak token is an error of the field.
 */
@Controller
class StewardController {

	private final StewardService steward;

	private final JudgementService judgements;

	private final RevertService reverts;

	private final AuditTrail audit;

	private final ApiLimits limits;

	StewardController(StewardService steward, JudgementService judgements, RevertService reverts, AuditTrail audit,
			ApiLimits limits) {
		this.steward = steward;
		this.judgements = judgements;
		this.reverts = reverts;
		this.audit = audit;
		this.limits = limits;
	}

	@MutationMapping
	EntityPayload upsertEntity(@Argument EntityInput input) {
		return EntityPayload.of(this.steward.upsertEntity(input));
	}

	/** The claim is read back only when the client selects {@code relation}: 3 statements less when it does not. */
	@MutationMapping
	ClaimPayload upsertClaim(@Argument ClaimInput input, DataFetchingFieldSelectionSet selection) {
		return ClaimPayload.of(this.steward.upsertClaim(input, selection.contains("relation")));
	}

	@MutationMapping
	ClaimPayload retractClaim(@Argument RetractClaimInput input, DataFetchingFieldSelectionSet selection) {
		return ClaimPayload.of(this.steward.retractClaim(input.id(), input.reason(), input.comment(),
				selection.contains("relation")));
	}

	@MutationMapping
	EntityPayload mergeEntities(@Argument MergeEntitiesInput input) {
		return EntityPayload.of(this.judgements.mergeEntities(input.duplicate(), input.canonical(), input.comment()));
	}

	@MutationMapping
	JudgementPayload judgeEntities(@Argument JudgeEntitiesInput input) {
		return JudgementPayload.of(
				this.judgements.judgeEntities(input.left(), input.right(), input.verdict(), input.reason()));
	}

	@MutationMapping
	JudgementPayload withdrawJudgement(@Argument WithdrawJudgementInput input) {
		return JudgementPayload.of(this.judgements.withdrawJudgement(input.id(), input.reason()));
	}

	@SchemaMapping(typeName = "Judgement", field = "at")
	String judgedAt(Judgement judgement) {
		return judgement.at() == null ? null : judgement.at().toOffsetDateTime().toString();
	}

	@SchemaMapping(typeName = "Judgement", field = "withdrawnAt")
	String withdrawnAt(Judgement judgement) {
		return judgement.withdrawnAt() == null ? null : judgement.withdrawnAt().toOffsetDateTime().toString();
	}

	@MutationMapping
	SourcePayload addSource(@Argument SourceInput input) {
		MutationResult<Source> result = this.steward.addSource(input);
		return new SourcePayload(result.value(), result.change(), result.userErrors());
	}

	@MutationMapping
	RevertPayload revertChange(@Argument RevertChangeInput input) {
		MutationResult<Change> result = this.reverts.revertChange(input.id(), input.comment());
		return new RevertPayload(result.change(), result.userErrors());
	}

	@QueryMapping
	List<Change> history(@Argument String id, @Arguments PageArguments page) {
		Limits.check("id length", id.length(), 1, 200);
		return this.audit.history(id, page.size(this.limits));
	}

	@QueryMapping
	ChangeConnection changes(@Argument LocalDate since, @Arguments PageArguments page) {
		int size = page.size(this.limits);
		List<Change> found = this.audit.changes(since, page.after() == null ? null : AuditTrail.seq(page.after()), size);
		return new ChangeConnection(found.subList(0, Math.min(size, found.size())), found.size() > size);
	}

	@SchemaMapping(typeName = "Change", field = "at")
	String at(Change change) {
		return change.at().toOffsetDateTime().toString();
	}

	record RetractClaimInput(String id, String reason, String comment) {
	}

	record MergeEntitiesInput(String duplicate, String canonical, String comment) {
	}

	record RevertChangeInput(String id, String comment) {
	}

	record JudgeEntitiesInput(String left, String right, Verdict verdict, String reason) {
	}

	record WithdrawJudgementInput(String id, String reason) {
	}

	record JudgementPayload(Judgement judgement, Change change, List<UserError> userErrors) {

		static JudgementPayload of(MutationResult<Judgement> result) {
			return new JudgementPayload(result.value(), result.change(), result.userErrors());
		}

	}

	record EntityPayload(Entity entity, Change change, List<UserError> userErrors) {

		static EntityPayload of(MutationResult<Entity> result) {
			return new EntityPayload(result.value(), result.change(), result.userErrors());
		}

	}

	record ClaimPayload(Claim relation, Change change, List<UserError> userErrors) {

		static ClaimPayload of(MutationResult<Claim> result) {
			return new ClaimPayload(result.value(), result.change(), result.userErrors());
		}

	}

	record SourcePayload(Source source, Change change, List<UserError> userErrors) {
	}

	record RevertPayload(Change change, List<UserError> userErrors) {
	}

	record ChangeConnection(List<Change> nodes, boolean hasNextPage) {
	}

}
