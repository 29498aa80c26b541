/**
 * Responses of the operations API: the state of event processors and their dead-letter queues, for the people who
 * keep projections healthy.
 */
package dev.urakata.shared.operations;
