package org.ecograph.api.graphql;

import java.util.List;

import org.ecograph.api.Limits;
import org.ecograph.model.RelationKind;

/**
 * Which relations the root {@code relations} listing returns, beside its claim filter and page.
 *
 * @param kinds the relation kinds; {@code null} for all
 * @param from the entity the relations start at; {@code null} for any
 * @param to the entity the relations end at; {@code null} for any
 */
record RelationsArguments(List<RelationKind> kinds, String from, String to) {

	RelationsArguments {
		Limits.checkEntityId("from", from);
		Limits.checkEntityId("to", to);
	}

}
