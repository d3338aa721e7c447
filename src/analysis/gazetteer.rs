//! Word lists and gazetteers embedded from `assets/`.
