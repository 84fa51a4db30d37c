using Entente.Storage.Sql;

namespace Entente.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, one numbered script per change. Released scripts are never edited.
/// JSON columns are json, not jsonb, so records come back byte for byte as written (jsonb reorders keys).
/// </summary>
internal static class PostgresMigrations
{
    public const string VersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())";

    /// <summary>Serializes concurrent openers so only one of them migrates (released at commit).</summary>
    public const string Lock = "SELECT pg_advisory_xact_lock(4242001)";

    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "sources, entities, claims, verdicts, full-text search", """
            CREATE TABLE sources (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text COLLATE "C" NOT NULL UNIQUE,
                content_hash text NOT NULL UNIQUE,
                title text NOT NULL,
                author text, publisher text, url text,
                published date, retrieved date,
                reliability text NOT NULL, kind text NOT NULL, origin text,
                text text NOT NULL,
                search tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B')) STORED);
            CREATE INDEX sources_search ON sources USING gin (search);
            CREATE TABLE entities (id text COLLATE "C" PRIMARY KEY, kind text NOT NULL, name text NOT NULL, json json NOT NULL);
            CREATE TABLE claims (
                id text COLLATE "C" PRIMARY KEY,
                source_id text COLLATE "C" NOT NULL REFERENCES sources (id),
                subject_id text COLLATE "C" NOT NULL, relation text NOT NULL, object_id text COLLATE "C",
                sphere text NOT NULL, certainty text NOT NULL, phase text NOT NULL,
                time_from date, time_to date,
                producer_kind text NOT NULL, producer_name text NOT NULL, confidence integer NOT NULL,
                json json NOT NULL);
            CREATE INDEX claims_subject ON claims (subject_id);
            CREATE INDEX claims_object ON claims (object_id);
            CREATE INDEX claims_relation ON claims (relation);
            CREATE INDEX claims_source ON claims (source_id);
            CREATE INDEX claims_time ON claims (time_from, time_to);
            CREATE TABLE verdicts (
                id text COLLATE "C" PRIMARY KEY,
                claim_id text COLLATE "C" NOT NULL REFERENCES claims (id),
                kind text NOT NULL, analyst text NOT NULL, at timestamptz NOT NULL,
                json json NOT NULL);
            CREATE INDEX verdicts_claim ON verdicts (claim_id);
            """),
        new(2, "claims.place_id for outlines read without the JSON; an index on subject and object for the claims between a pair", """
            ALTER TABLE claims ADD COLUMN place_id text COLLATE "C";
            UPDATE claims SET place_id = json -> 'place' ->> 'id' WHERE json -> 'place' IS NOT NULL;
            DROP INDEX claims_subject;
            CREATE INDEX claims_subject_object ON claims (subject_id, object_id);
            """),
        new(3, "hypothesis_overrides: analysts' judgements on cells of a pair's hypothesis matrix", """
            CREATE TABLE hypothesis_overrides (
                id text COLLATE "C" PRIMARY KEY,
                pair text COLLATE "C" NOT NULL, hypothesis text NOT NULL, row_key text NOT NULL,
                cell text NOT NULL, analyst text NOT NULL, at timestamptz NOT NULL,
                json json NOT NULL);
            CREATE INDEX hypothesis_overrides_pair ON hypothesis_overrides (pair);
            """),
        new(4, "ratings: who rated a source or a publisher, when and why; a source stored with a rating keeps it as a record", """
            CREATE TABLE ratings (
                id text COLLATE "C" PRIMARY KEY,
                scope text NOT NULL, target text COLLATE "C" NOT NULL,
                reliability text NOT NULL, set_by text NOT NULL, at timestamptz NOT NULL, reason text);
            CREATE INDEX ratings_target ON ratings (scope, target);
            INSERT INTO ratings (id, scope, target, reliability, set_by, at, reason)
                SELECT 'r-stored-' || id, 'source', id, reliability, 'stored before ratings were recorded', now(), NULL
                FROM sources WHERE reliability <> 'f';
            """),
        new(5, "store_version, bumped by every write, for caches; sources.mentions, so the reader shows stored mentions", """
            CREATE TABLE store_version (id integer PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
            INSERT INTO store_version (id, version) VALUES (1, 1);
            ALTER TABLE sources ADD COLUMN mentions json;
            """),
        new(6, "queue_jobs: documents waiting for workers (enqueue, worker, queue status), one row per content", """
            CREATE TABLE queue_jobs (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                path text NOT NULL,
                content_hash text NOT NULL UNIQUE,
                state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'parked')),
                attempts integer NOT NULL DEFAULT 0,
                lease uuid, lease_until timestamptz, worker text,
                error text,
                enqueued_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz);
            CREATE INDEX queue_jobs_open ON queue_jobs (state, id) WHERE state IN ('pending', 'running');
            """),
        new(7, "sources.original_text: the file as read, which evidence's original offsets point into (null when it equals text)", """
            ALTER TABLE sources ADD COLUMN original_text text;
            """),
        // The ontology's lists are written into the script; a later ontology change is applied by `entente reindex`.
        new(8, "claim_pairs: subject and object of affirmative claims with their counts, for the actor network without reading claims", $"""
            CREATE TABLE claim_pairs (
                subject_id text COLLATE "C" NOT NULL, object_id text COLLATE "C" NOT NULL,
                affirmed integer NOT NULL, affirmed_symmetric integer NOT NULL,
                PRIMARY KEY (subject_id, object_id));
            {ClaimPairSql.Rebuild};
            """),
        // Not SQL: the new ids are content hashes computed in C# (see ClaimIdRewrite), which also rebuilds claim_pairs.
        new(9, "claim ids from what the claim says, not which rule said it; verdicts follow their claims, duplicates merge", "")
        {
            Rewrite = new ClaimIdRewrite(name => $"CAST({name} AS json)").RunAsync,
        },
        // Covering: an actor's relations are counted per source and certainty (QueryRelationSourcesAsync) from the index alone,
        // without reading a hub's rows, JSON and all. The object index replaces the one on object_id alone, its prefix.
        new(10, "indexes holding each claim's relation, other actor, source and certainty beside its subject and its object", """
            CREATE INDEX IF NOT EXISTS claims_subject_relation ON claims (subject_id, relation, object_id, source_id, certainty);
            CREATE INDEX IF NOT EXISTS claims_object_relation ON claims (object_id, relation, subject_id, source_id, certainty);
            DROP INDEX IF EXISTS claims_object;
            """),
        // The ontology's lists are written into the script; a later ontology change is applied by `entente reindex`.
        new(11, "actor_facts: what affirmative claims say of each actor's places, clients and pressure, for a profile without reading a hub's claims", $"""
            CREATE TABLE actor_facts (
                actor_id text COLLATE "C" NOT NULL, kind integer NOT NULL, other_id text COLLATE "C" NOT NULL,
                from_year integer NOT NULL, to_year integer NOT NULL, claims integer NOT NULL,
                PRIMARY KEY (actor_id, kind, other_id, from_year, to_year));
            {ActorFactSql.Rebuild(ActorFactSql.DateYear)};
            """),
        // SQLite holds the line in two indexes (its migration 11); PostgreSQL cannot read an expression from an index, so the
        // row keeps it. The bulk insert (PostgresClaimCopier) computes it for all its rows in its one statement; a trigger sets
        // it on any other insert that leaves it out, and again on every update. The UPDATE fills the rows already stored.
        new(12, "claims.line: what a listing shows of each claim, kept with it, for a timeline or a pair's claims without parsing their JSON", $"""
            ALTER TABLE claims ADD COLUMN IF NOT EXISTS line text;
            CREATE OR REPLACE FUNCTION claims_line() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
                NEW.line := (SELECT {ClaimLineRow.Postgres} FROM (SELECT NEW.*) AS claims);
                RETURN NEW;
            END $f$;
            DROP TRIGGER IF EXISTS claims_line ON claims;
            DROP TRIGGER IF EXISTS claims_line_update ON claims;
            CREATE TRIGGER claims_line BEFORE INSERT ON claims FOR EACH ROW WHEN (NEW.line IS NULL) EXECUTE FUNCTION claims_line();
            CREATE TRIGGER claims_line_update BEFORE UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION claims_line();
            UPDATE claims SET line = NULL;
            """),
        // A hub's claims are spread over the whole table (ids are hashes): reading their lines from the rows read every page of
        // it (2.7 s for the subject side of Russia and Iran at 1M claims, 171,000 lines), from these indexes 0.35 s. An index
        // entry holds at most about 2,700 bytes, so a longer line stays out and is read from its row (PostgresStore.ListingQuery);
        // an index-only scan needs the table's visibility map, which autovacuum keeps after a load. Two more indexes, of the
        // rows left out (most often none), find those without a scan of the whole table.
        new(13, "indexes holding each claim's listing line beside its subject and its object", $"""
            CREATE INDEX IF NOT EXISTS claims_subject_line ON claims (subject_id) INCLUDE (line) WHERE {ShortLine};
            CREATE INDEX IF NOT EXISTS claims_object_line ON claims (object_id) INCLUDE (line) WHERE {ShortLine};
            CREATE INDEX IF NOT EXISTS claims_subject_long_line ON claims (subject_id) WHERE {LongLine};
            CREATE INDEX IF NOT EXISTS claims_object_long_line ON claims (object_id) WHERE {LongLine};
            """),
        // SQLite keeps both tables in their keys (WITHOUT ROWID); here a row lies apart from its key entry, so reading all the
        // pairs in key order for `path` or `centrality` fetched a table row per entry (0.50 s of the server's time at 1M claims,
        // 355,000 pairs) and a hub's facts for `profile` one table page per fact (4,100 pages for Russia). With the counts held
        // in the keys' entries both are index-only scans: the pairs in 0.12-0.19 s. The keys stay the same, so an upsert's ON
        // CONFLICT still finds its row; a count changed is a new key entry now (an update is no longer HOT).
        new(14, "claim_pairs and actor_facts counts held in their primary keys, for reads from the keys alone", """
            ALTER TABLE claim_pairs DROP CONSTRAINT claim_pairs_pkey,
                ADD CONSTRAINT claim_pairs_pkey PRIMARY KEY (subject_id, object_id) INCLUDE (affirmed, affirmed_symmetric);
            ALTER TABLE actor_facts DROP CONSTRAINT actor_facts_pkey,
                ADD CONSTRAINT actor_facts_pkey PRIMARY KEY (actor_id, kind, other_id, from_year, to_year) INCLUDE (claims);
            """),
    ];

    /// <summary>The lines the indexes of migration 13 hold: those short enough for an index entry.</summary>
    public const string ShortLine = "octet_length(line) < 2000";

    /// <summary>The lines they leave out: longer ones, and any not yet set.</summary>
    public const string LongLine = $"({ShortLine}) IS NOT TRUE";
}
