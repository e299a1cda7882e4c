package org.ecograph.api.graphql;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.ecograph.api.ApiLimits;
import org.ecograph.catalog.Page;
import org.ecograph.catalog.SourceCatalog;
import org.ecograph.model.Ids;
import org.ecograph.model.Source;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The sources' root fields: one source by id, and all of them page by page. */
@Controller
class SourceController {

	private final SourceCatalog sources;

	private final ApiLimits limits;

	SourceController(SourceCatalog sources, ApiLimits limits) {
		this.sources = sources;
		this.limits = limits;
	}

	@QueryMapping
	Source source(@Argument String id) {
		Ids.require(Ids.Shape.SOURCE, "id", id);
		return this.sources.findById(id).orElse(null);
	}

	@QueryMapping
	Page<Source> sources(@Arguments PageArguments page, DataFetchingFieldSelectionSet selection) {
		return this.sources.list(page.request(this.limits), selection.contains("totalCount"));
	}

}
