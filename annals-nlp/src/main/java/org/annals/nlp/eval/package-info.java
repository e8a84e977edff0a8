/**
 * Evaluation of date resolvers against gold TIMEX3 annotations (MEANTIME): our own "dates" stage next to CoreNLP's
 * SUTime, behind one {@link org.annals.nlp.eval.DateResolver} interface that keeps CoreNLP types out of sight. The
 * matching rule and the value normalisation are documented in docs/evaluation.md.
 */
package org.annals.nlp.eval;
