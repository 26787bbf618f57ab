/**
 * The lesson blocks, specified once and run against both renderers: the app and the SCORM player.
 */
package fr.immunolearn.blocks;
