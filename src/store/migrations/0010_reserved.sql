-- Reserved: another branch of issue 21's work adds migration 0010. This placeholder changes nothing and only
-- keeps the numbers 1..n without gaps until that migration is merged (then delete this file).
SELECT 1;
