/**
 * The GraphQL runtime around the controllers: the {@code Date} and {@code JSON} scalars, the concrete type and the
 * kind-specific fields of entities, the start-up schema inspection, the connection adaptation turned off, and the
 * cache of parsed and validated documents.
 */
package org.ecograph.api.graphql.runtime;
