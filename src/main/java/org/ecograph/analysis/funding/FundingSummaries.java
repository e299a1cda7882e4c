package org.ecograph.analysis.funding;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.catalog.EntityCatalog;
import org.ecograph.catalog.KnowledgeHistory;
import org.ecograph.data.Transactions;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Service;

/**
 * Funding summaries: the target, its incoming funding claims and their funders are read in one read transaction,
 * then summed and checked in memory ({@link FundingAggregator}).
 */
@Service
public class FundingSummaries {

	private final FundingRepository repository;

	private final EntityCatalog entities;

	private final Transactions transactions;

	private final KnowledgeHistory history;

	FundingSummaries(FundingRepository repository, EntityCatalog entities, Transactions transactions,
			KnowledgeHistory history) {
		this.history = history;
		this.repository = repository;
		this.entities = entities;
		this.transactions = transactions;
	}

	/**
	 * Who funds {@code target}, how much, with what share, and whether the shares add up, over the funding claims
	 * passing {@code filter} (its kinds are ignored).
	 * @throws EntityNotFoundException when no entity has the id
	 */
	public FundingSummary of(String target, ClaimFilter filter) {
		ClaimFilter funding = filter.withKinds(Set.of(RelationKind.FUNDS));
		if (funding.knownOn() != null) {
			return onDay(target, funding);
		}
		Funding read = this.transactions.read(() -> {
			Entity entity = this.entities.findById(target).orElseThrow(() -> new EntityNotFoundException(target));
			List<Claim> claims = this.repository.incomingFunding(target, funding);
			return new Funding(entity, claims, this.entities.findByIds(claims.stream().map(Claim::fromId).toList()));
		});
		return FundingAggregator.summarize(read.target(), read.claims(), read.funders()::get);
	}

	/**
	 * The summary as the knowledge base held it at the end of {@code filter.knownOn()}: the funding claims of that day
	 * (recorded by it, retracted only since: not retracted), with their figures of that day, the figure filters
	 * applied to those; the target and the funders as that day's judgements resolved their ids (an entity merged
	 * since answers as itself).
	 */
	private FundingSummary onDay(String target, ClaimFilter filter) {
		java.time.LocalDate day = filter.knownOn();
		Funding read = this.transactions.read(() -> {
			Entity entity = this.entities.findByIdsOn(List.of(target), day).get(target);
			if (entity == null) {
				throw new EntityNotFoundException(target);
			}
			List<Claim> claims = this.history.standingOn(this.repository.incomingFundingOn(target, filter), day)
				.stream()
				.filter(filter::matches)
				.toList();
			return new Funding(entity, claims,
					this.entities.findByIdsOn(claims.stream().map(Claim::fromId).toList(), day));
		});
		return FundingAggregator.summarize(read.target(), read.claims(), read.funders()::get);
	}

	private record Funding(Entity target, List<Claim> claims, Map<String, Entity> funders) {
	}

}
