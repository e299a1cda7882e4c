/**
 * The browser pages served from the jar: the explorer at {@code /} and GraphiQL at {@code /graphiql}, both working
 * with no internet. The pages themselves are static files ({@code static/index.html}, {@code static/explorer/},
 * {@code static/graphiql/}) plus WebJars; this package only routes {@code /graphiql} to its page and sends a
 * Content-Security-Policy that lets a page load and call nothing but this server. It knows neither GraphQL nor the
 * graph: the pages talk to the public API ({@code POST /graphql}, {@code GET /export/...}) like any other client.
 */
package org.ecograph.explorer;
