//! Entity scoring: alignment, precision/recall/F1, typed accuracy, jump recall,
//! fragmentation, as defined by the reference scorer.
