package org.ecograph.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecograph.data.GraphRead;
import org.ecograph.model.Source;
import org.springframework.stereotype.Service;

/** The documents claims cite: by id, and page by page. */
@Service
@GraphRead
public class SourceCatalog {

	static final String LISTING = "sources";

	private final SourceRepository repository;

	SourceCatalog(SourceRepository repository) {
		this.repository = repository;
	}

	/** The source with this id, if any. */
	public Optional<Source> findById(String id) {
		return Optional.ofNullable(findByIds(List.of(id)).get(id));
	}

	/** The sources with these ids, by id; absent ids have no entry. One query whatever the number of ids. */
	public Map<String, Source> findByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findByIds(ids);
	}

	/**
	 * A page of the sources ordered by id, read from the cursor on through the source-id index (keyset paging: a
	 * page costs its own size, whatever its position).
	 * @param withTotal whether to count every source too (read from the label's count store)
	 */
	public Page<Source> list(PageRequest page, boolean withTotal) {
		List<String> after = Cursors.decode(LISTING, page.after(), 1);
		List<Source> fetched = this.repository.list(after == null ? "" : after.get(0), page.first() + 1);
		Long total = withTotal ? this.repository.count() : null;
		return Page.of(fetched, page.first(), after != null, total, SourceCatalog::cursor);
	}

	private static String cursor(Source source) {
		return Cursors.encode(LISTING, source.id());
	}

}
