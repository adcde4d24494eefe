-- The English text of a narrative chapter, for the books asked for in English; empty means the
-- English books print the Indonesian text.
alter table publication_narrative add column html_en text;
