/**
 * Import and export of whole projects: the YAML document, OpenAPI in and out, WireMock mappings and
 * Mockoon environments in. Every format is translated into one {@link
 * dev.mockapi.manager.transfer.ProjectDocument}, which one import step applies in one transaction.
 */
package dev.mockapi.manager.transfer;
