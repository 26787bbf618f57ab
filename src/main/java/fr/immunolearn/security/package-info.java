/**
 * Accounts and who may see what: learners register and sign in (BCrypt; guessing slowed down per
 * client address and per name, no account ever locked; the sign-in form needs its page's CSRF
 * token), trainers have their own role, and every route is protected through Spring Security with
 * Vaadin's {@code VaadinWebSecurity}. Views ask {@link fr.immunolearn.security.CurrentAccount} who
 * is signed in; nothing trusts an id that comes from the browser.
 */
package fr.immunolearn.security;
