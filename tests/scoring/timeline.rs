//! Timeline scoring: span matching, recall, precision and value accuracy, as defined by
//! the reference scorer.
