-- V23_1 added the trigram index over supporters' names and addresses, but statistics for its expression
-- exist only after the table is analysed, and autovacuum analyses a table after many changes to its rows,
-- not after a new index. Until then the planner guessed that 4% of a million supporters match any
-- search text, walked the newest-first index through all of them for a name nobody has, and the search
-- took 1.3 s instead of 0.5 ms (benchmark, 2026-12-03). Done once here, for databases that already held
-- supporters when V23_1 ran.
ANALYZE supporter;
