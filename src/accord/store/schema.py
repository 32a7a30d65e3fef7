"""The versioned DuckDB schema. Each migration moves the file up one version; none is ever edited once shipped.

Every extracted row carries its document id and version and its character offsets in the document text.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
        CREATE TABLE documents (
            doc_id VARCHAR NOT NULL,
            version INTEGER NOT NULL,
            is_current BOOLEAN NOT NULL,
            title VARCHAR,
            url VARCHAR,
            published DATE,
            source VARCHAR,
            content_hash VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            n_chars INTEGER NOT NULL,
            ingested_at TIMESTAMP NOT NULL,
            run_id VARCHAR,
            PRIMARY KEY (doc_id, version)
        );
        CREATE UNIQUE INDEX documents_hash ON documents (content_hash);
        CREATE TABLE ingest_log (
            run_id VARCHAR NOT NULL,
            seq INTEGER NOT NULL,
            source VARCHAR NOT NULL,
            doc_id VARCHAR,
            version INTEGER,
            status VARCHAR NOT NULL,   -- stored | new_version | duplicate | failed | skipped
            reason VARCHAR,
            content_hash VARCHAR,
            logged_at TIMESTAMP NOT NULL,
            PRIMARY KEY (run_id, seq)
        );
        CREATE TABLE sentences (
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL, idx INTEGER NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, version, idx)
        );
        CREATE TABLE entities (
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL, idx INTEGER NOT NULL,
            text VARCHAR NOT NULL, label VARCHAR NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            PRIMARY KEY (doc_id, version, idx)
        );
        CREATE TABLE actors (
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL, idx INTEGER NOT NULL,
            text VARCHAR NOT NULL, name VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR, kind VARCHAR,
            start_char INTEGER, end_char INTEGER,
            PRIMARY KEY (doc_id, version, idx)
        );
        CREATE TABLE events (
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL, event_id VARCHAR NOT NULL,
            type VARCHAR NOT NULL, mode VARCHAR, context VARCHAR[], cameo VARCHAR, score DOUBLE, quad VARCHAR,
            negated BOOLEAN NOT NULL, reciprocal BOOLEAN NOT NULL,
            attributed_text VARCHAR, attributed_name VARCHAR, attributed_country VARCHAR,
            date VARCHAR, date_granularity VARCHAR, event_day DATE,
            location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
            trigger_text VARCHAR NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
            sentence_text VARCHAR NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            confidence DOUBLE, cluster VARCHAR,
            actor_countries VARCHAR[], recipient_countries VARCHAR[],
            quantities JSON,
            PRIMARY KEY (doc_id, version, event_id)
        );
        CREATE TABLE event_participants (
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL, event_id VARCHAR NOT NULL,
            role VARCHAR NOT NULL, idx INTEGER NOT NULL,
            text VARCHAR NOT NULL, name VARCHAR, country VARCHAR, sector VARCHAR,
            start_char INTEGER, end_char INTEGER,
            PRIMARY KEY (doc_id, version, event_id, role, idx)
        );
        CREATE TABLE quotes (
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL, quote_id VARCHAR NOT NULL,
            text VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            direct BOOLEAN NOT NULL, cue VARCHAR,
            speaker_text VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR, speaker_sector VARCHAR,
            PRIMARY KEY (doc_id, version, quote_id)
        );
        CREATE TABLE places (
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL, idx INTEGER NOT NULL,
            text VARCHAR NOT NULL, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE,
            feature VARCHAR, is_actor BOOLEAN NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            PRIMARY KEY (doc_id, version, idx)
        );
        CREATE TABLE dates (
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL, idx INTEGER NOT NULL,
            text VARCHAR NOT NULL, value VARCHAR, granularity VARCHAR, source VARCHAR,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            PRIMARY KEY (doc_id, version, idx)
        );
        CREATE TABLE quantities (
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL, idx INTEGER NOT NULL,
            text VARCHAR NOT NULL, value DOUBLE, unit VARCHAR, qualifier VARCHAR, category VARCHAR,
            country VARCHAR, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            PRIMARY KEY (doc_id, version, idx)
        );
        CREATE INDEX events_type ON events (type);
        CREATE INDEX events_day ON events (event_day);
        CREATE INDEX participants_country ON event_participants (country);
        """,
    ),
    (
        2,
        # Corpus scale: near-duplicate articles, cross-article event clusters, Dask partition bookkeeping.
        # Cluster tables are rebuilt block by block, so they carry no unique keys (delete + insert in one
        # transaction must never trip a constraint).
        """
        CREATE TABLE near_duplicates (
            doc_id VARCHAR NOT NULL,            -- the reprint's own id; it is not stored in documents
            content_hash VARCHAR NOT NULL,
            original_id VARCHAR NOT NULL,
            original_version INTEGER NOT NULL,
            similarity DOUBLE NOT NULL,         -- MinHash estimate of the word-shingle Jaccard similarity
            title VARCHAR, url VARCHAR, published DATE, source VARCHAR,
            run_id VARCHAR,
            detected_at TIMESTAMP NOT NULL,
            PRIMARY KEY (content_hash)
        );
        CREATE INDEX near_duplicates_original ON near_duplicates (original_id);
        CREATE TABLE document_signatures (
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL,
            scheme VARCHAR NOT NULL, shingle_words INTEGER NOT NULL,
            hashvalues UINTEGER[] NOT NULL,
            PRIMARY KEY (doc_id, version)
        );
        CREATE TABLE event_clusters (
            cluster_id VARCHAR NOT NULL,
            block_key VARCHAR NOT NULL,         -- type | factuality | actor side | recipient side
            type VARCHAR NOT NULL, quad VARCHAR, negated BOOLEAN NOT NULL,
            actor_countries VARCHAR[], recipient_countries VARCHAR[],
            actor_names VARCHAR[], recipient_names VARCHAR[],
            first_day DATE, last_day DATE,
            location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
            mention_count INTEGER NOT NULL, article_count INTEGER NOT NULL, source_count INTEGER NOT NULL,
            updated_at TIMESTAMP NOT NULL
        );
        CREATE INDEX event_clusters_id ON event_clusters (cluster_id);
        CREATE INDEX event_clusters_block ON event_clusters (block_key);
        CREATE TABLE event_cluster_members (
            cluster_id VARCHAR NOT NULL,
            block_key VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL, version INTEGER NOT NULL, event_id VARCHAR NOT NULL,
            source_key VARCHAR NOT NULL        -- URL host when known, else the document id
        );
        CREATE INDEX event_cluster_members_cluster ON event_cluster_members (cluster_id);
        CREATE INDEX event_cluster_members_block ON event_cluster_members (block_key);
        CREATE INDEX event_cluster_members_doc ON event_cluster_members (doc_id, version);
        CREATE TABLE dask_partitions (
            run_dir VARCHAR NOT NULL, partition INTEGER NOT NULL, run_id VARCHAR NOT NULL,
            loaded_at TIMESTAMP NOT NULL,
            PRIMARY KEY (run_dir, partition)
        );
        """,
    ),
    (
        3,
        # What the records carry and positional inserts used to drop: an actor's resolution rule and the
        # organisation a person speaks for; the first day of a date's period (week, quarter, decade ...).
        # Decades were once stored as the year 0199 ("the 1990s" -> 199): their event day becomes 1990-01-01.
        """
        ALTER TABLE actors ADD COLUMN rule VARCHAR;
        ALTER TABLE actors ADD COLUMN organisation VARCHAR;
        ALTER TABLE dates ADD COLUMN first_day DATE;
        UPDATE events SET event_day = make_date(CAST(date AS INTEGER) * 10, 1, 1)
            WHERE date_granularity = 'decade' AND regexp_full_match(date, '[0-9]{3}');
        """,
    ),
    (
        4,
        # Quotes as attributions (issue 20): what is attributed (PARC type), the attribution a piece belongs
        # to (its first quote's id), and the events reported inside the quote.
        """
        ALTER TABLE quotes ADD COLUMN type VARCHAR;
        ALTER TABLE quotes ADD COLUMN attribution VARCHAR;
        ALTER TABLE quotes ADD COLUMN events VARCHAR[];
        """,
    ),
    (
        5,
        # Contract 1.1: how the text tells an event (asserted, negated, hypothetical, future) and whether a
        # source the article cites reports it. Rows coded before knew only negation: a negated row is negated,
        # any other asserted, and an event with an attribution is reported. Clusters keep factuality apart.
        """
        ALTER TABLE events ADD COLUMN factuality VARCHAR DEFAULT 'asserted';
        ALTER TABLE events ADD COLUMN reported BOOLEAN DEFAULT false;
        UPDATE events SET factuality = CASE WHEN negated THEN 'negated' ELSE 'asserted' END,
            reported = (attributed_text IS NOT NULL OR attributed_name IS NOT NULL);
        ALTER TABLE event_clusters ADD COLUMN factuality VARCHAR DEFAULT 'asserted';
        UPDATE event_clusters SET factuality = CASE WHEN negated THEN 'negated' ELSE 'asserted' END;
        """,
    ),
    (
        6,
        # Incremental event clusters (issue 22): each member keeps the days its mention's date allows, so an
        # ingest re-clusters a block only from the earliest day its new mentions can change; and how far into
        # `documents` clustering has read (the table is append-only: new documents are those after it).
        # Members clustered before have no days (NULL): the next clustering rebuilds every block once.
        """
        ALTER TABLE event_cluster_members ADD COLUMN first_day DATE;
        ALTER TABLE event_cluster_members ADD COLUMN last_day DATE;
        ALTER TABLE event_cluster_members ADD COLUMN precise BOOLEAN;
        CREATE TABLE cluster_progress (documents_end BIGINT NOT NULL);
        """,
    ),
)

LATEST_VERSION = MIGRATIONS[-1][0]

# Tables holding extracted rows keyed by (doc_id, version); exported and cleaned up together.
EXTRACTION_TABLES = (
    "sentences",
    "entities",
    "actors",
    "events",
    "event_participants",
    "quotes",
    "places",
    "dates",
    "quantities",
)
ALL_TABLES = ("documents", "ingest_log", *EXTRACTION_TABLES)

# Tables added by migration 2 (corpus scale): exported with the rest, but not counted as per-document tables.
SCALE_TABLES = ("near_duplicates", "document_signatures", "event_clusters", "event_cluster_members", "dask_partitions")
