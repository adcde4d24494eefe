package id.rancang.document;

/** The words a rendered book needs in its own language: contents, table, figure, page, chapter. */
record Labels(String contents, String table, String figure, String page, String chapter) {}
