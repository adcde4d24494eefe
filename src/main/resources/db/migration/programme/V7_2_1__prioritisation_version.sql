-- Saved pairwise comparisons count their versions from 1, so that 0 means "the defaults, nothing
-- saved yet" and a form opened on the defaults cannot overwrite a first save made meanwhile.
update prioritisation set version = version + 1;
