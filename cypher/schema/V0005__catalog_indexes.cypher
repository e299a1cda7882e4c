// Indexes that let the catalog read a page at the cost of the page (keyset paging), whatever the graph's size.

// entities(first:, after:) in name order: an ordered seek of this range index from the cursor on.
CREATE INDEX entity_name_range IF NOT EXISTS FOR (n:Entity) ON (n.name);

// entities(nameContains:): the lower-cased name and aliases, kept by the loader (see docs/data-model.md).
CREATE TEXT INDEX entity_name_key_text IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
