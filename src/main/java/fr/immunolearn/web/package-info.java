/**
 * What every HTTP exchange gets whatever the route: the security headers (Content-Security-Policy,
 * Referrer-Policy, Permissions-Policy) and their script nonce in Vaadin's bootstrap page, and the
 * check of Vaadin's request bodies that refuses a malformed or absurdly nested one with one line of
 * log instead of a stack trace.
 */
package fr.immunolearn.web;
