/**
 * How much of the server one client address may hold: request bodies being read (how many at once,
 * how long, how large), and anonymous sessions (how many, how long they live before sign-in). A
 * class behind one school address must still fit; the reverse proxy's limits (README) are the outer
 * guard, these the inner one for when the app is reached directly.
 */
package fr.immunolearn.traffic;
