package org.ecograph.api.graphql;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.ecograph.api.ApiLimits;
import org.ecograph.api.Limits;
import org.ecograph.catalog.KnowledgeChange;
import org.ecograph.catalog.KnowledgeHistory;
import org.ecograph.catalog.Page;
import org.ecograph.model.Claim;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The difference between the knowledge base on two days ({@code knowledgeChanges}), docs/api.md. */
@Controller
class HistoryController {

	private final KnowledgeHistory history;

	private final ApiLimits limits;

	HistoryController(KnowledgeHistory history, ApiLimits limits) {
		this.history = history;
		this.limits = limits;
	}

	@QueryMapping
	Page<KnowledgeChange> knowledgeChanges(@Argument LocalDate from, @Argument LocalDate to, @Argument String entity,
			@Arguments PageArguments page) {
		if (entity != null) {
			Limits.checkEntityId("entity", entity);
		}
		return this.history.changes(from, to, entity, page.request(this.limits));
	}

	@SchemaMapping(typeName = "KnowledgeChange", field = "relation")
	CompletableFuture<Claim> relation(KnowledgeChange change, DataLoader<String, Claim> relations) {
		return change.claimId() == null ? CompletableFuture.completedFuture(null) : relations.load(change.claimId());
	}

	@SchemaMapping(typeName = "KnowledgeChange", field = "subject")
	String subject(KnowledgeChange change) {
		return change.subjectId();
	}

}
