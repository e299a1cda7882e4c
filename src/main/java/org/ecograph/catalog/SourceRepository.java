package org.ecograph.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ecograph.model.Source;

/** The catalog's reads of sources, in the caller's transaction. */
interface SourceRepository {

	/** The sources with these ids, by id; absent ids have no entry. */
	Map<String, Source> findByIds(Collection<String> ids);

	/** Up to {@code limit} sources whose id sorts after {@code afterId} ({@code ""} for the first), ordered by id. */
	List<Source> list(String afterId, int limit);

	/** How many sources there are. */
	long count();

}
