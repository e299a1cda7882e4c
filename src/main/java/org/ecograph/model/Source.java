package org.ecograph.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A document claims are taken from.
 *
 * @param id its id, e.g. {@code source:c9490bf9}
 * @param title its title
 * @param language its language code
 * @param url where it can be read
 * @param publisher who published it
 * @param publishedOn the day it was published
 * @param properties every stored property
 */
public record Source(String id, String title, String language, String url, String publisher, LocalDate publishedOn,
		Map<String, Object> properties) {

	public Source {
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}

}
