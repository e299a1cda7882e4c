package org.ecograph.catalog;

import java.util.Collection;
import java.util.Map;

import org.ecograph.model.Source;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The documents claims cite. */
@Service
@Transactional(readOnly = true)
public class SourceCatalog {

	private final SourceRepository repository;

	SourceCatalog(SourceRepository repository) {
		this.repository = repository;
	}

	/** The sources with these ids, by id; absent ids have no entry. One query whatever the number of ids. */
	public Map<String, Source> findByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findByIds(ids);
	}

}
