/**
 * Roles and credentials: API tokens (Bearer, stored as SHA-256 hashes in {@code :ApiToken} nodes), the roles
 * ANALYST, STEWARD and ADMIN and what a caller may do ({@link org.ecograph.security.Caller}), the first admin token of
 * an empty store and the {@code token} command. The web filter chain that checks tokens on every request (reads open on
 * loopback by default, writes always need a steward token) is in {@code org.ecograph.api.guard}.
 */
package org.ecograph.security;
