/**
 * What every request passes before it is answered: the security filter chain (Bearer tokens checked against
 * {@link org.ecograph.security.ApiTokenStore}, anonymous reads where allowed), the check of a GraphQL request's body,
 * the slots for expensive operations, the wall-clock deadline of a request, and the depth and complexity limits of
 * an operation. Refusals before GraphQL runs are written in the GraphQL error shape.
 */
package org.ecograph.api.guard;
