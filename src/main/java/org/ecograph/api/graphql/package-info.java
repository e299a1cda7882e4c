/**
 * The GraphQL controllers: thin, one line or two per field. Each field's arguments are bound to a record
 * ({@code @Arguments}) that takes the schema's defaults and checks them in its constructor, the configured bounds in
 * one method; the capability services (never a repository) answer. Every data loader is registered in
 * {@link org.ecograph.api.graphql.DataLoaders}; every failure is answered by
 * {@link org.ecograph.api.graphql.ApiExceptionHandler}.
 */
package org.ecograph.api.graphql;
