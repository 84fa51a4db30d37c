using Entente.Storage.Sql;

namespace Entente.Storage.Sqlite;

/// <summary>The SQLite schema, one numbered script per change. Released scripts are never edited.</summary>
internal static class SqliteMigrations
{
    public const string VersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)";

    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "sources, entities, claims, verdicts, full-text search", """
            CREATE TABLE sources (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                content_hash TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                author TEXT, publisher TEXT, url TEXT,
                published TEXT, retrieved TEXT,
                reliability TEXT NOT NULL, kind TEXT NOT NULL, origin TEXT,
                text TEXT NOT NULL);
            CREATE VIRTUAL TABLE sources_fts USING fts5(title, text, content='sources', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
                INSERT INTO sources_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
            END;
            CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
                INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
            END;
            CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL);
            CREATE TABLE claims (
                id TEXT NOT NULL PRIMARY KEY,
                source_id TEXT NOT NULL REFERENCES sources (id),
                subject_id TEXT NOT NULL, relation TEXT NOT NULL, object_id TEXT,
                sphere TEXT NOT NULL, certainty TEXT NOT NULL, phase TEXT NOT NULL,
                time_from TEXT, time_to TEXT,
                producer_kind TEXT NOT NULL, producer_name TEXT NOT NULL, confidence INTEGER NOT NULL,
                json TEXT NOT NULL);
            CREATE INDEX claims_subject ON claims (subject_id);
            CREATE INDEX claims_object ON claims (object_id);
            CREATE INDEX claims_relation ON claims (relation);
            CREATE INDEX claims_source ON claims (source_id);
            CREATE INDEX claims_time ON claims (time_from, time_to);
            CREATE TABLE verdicts (
                id TEXT PRIMARY KEY,
                claim_id TEXT NOT NULL REFERENCES claims (id),
                kind TEXT NOT NULL, analyst TEXT NOT NULL, at TEXT NOT NULL,
                json TEXT NOT NULL);
            CREATE INDEX verdicts_claim ON verdicts (claim_id);
            """),
        new(2, "claims.place_id for outlines read without the JSON; an index on subject and object for the claims between a pair", """
            ALTER TABLE claims ADD COLUMN place_id TEXT;
            UPDATE claims SET place_id = json_extract(json, '$.place.id') WHERE json_extract(json, '$.place') IS NOT NULL;
            DROP INDEX claims_subject;
            CREATE INDEX claims_subject_object ON claims (subject_id, object_id);
            """),
        new(3, "hypothesis_overrides: analysts' judgements on cells of a pair's hypothesis matrix", """
            CREATE TABLE hypothesis_overrides (
                id TEXT PRIMARY KEY,
                pair TEXT NOT NULL, hypothesis TEXT NOT NULL, row_key TEXT NOT NULL,
                cell TEXT NOT NULL, analyst TEXT NOT NULL, at TEXT NOT NULL,
                json TEXT NOT NULL);
            CREATE INDEX hypothesis_overrides_pair ON hypothesis_overrides (pair);
            """),
        new(4, "ratings: who rated a source or a publisher, when and why; a source stored with a rating keeps it as a record", """
            CREATE TABLE ratings (
                id TEXT PRIMARY KEY,
                scope TEXT NOT NULL, target TEXT NOT NULL,
                reliability TEXT NOT NULL, set_by TEXT NOT NULL, at TEXT NOT NULL, reason TEXT);
            CREATE INDEX ratings_target ON ratings (scope, target);
            INSERT INTO ratings (id, scope, target, reliability, set_by, at, reason)
                SELECT 'r-stored-' || id, 'source', id, reliability, 'stored before ratings were recorded', strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'), NULL
                FROM sources WHERE reliability <> 'f';
            """),
        new(5, "store_version, bumped by every write, for caches; sources.mentions, so the reader shows stored mentions", """
            CREATE TABLE store_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
            INSERT INTO store_version (id, version) VALUES (1, 1);
            ALTER TABLE sources ADD COLUMN mentions TEXT;
            """),
        new(6, "sources.original_text: the file as read, which evidence's original offsets point into (null when it equals text)", """
            ALTER TABLE sources ADD COLUMN original_text TEXT;
            """),
        // The ontology's lists are written into the script; a later ontology change is applied by `entente reindex`.
        new(7, "claim_pairs: subject and object of affirmative claims with their counts, for the actor network without reading claims", $"""
            CREATE TABLE claim_pairs (
                subject_id TEXT NOT NULL, object_id TEXT NOT NULL,
                affirmed INTEGER NOT NULL, affirmed_symmetric INTEGER NOT NULL,
                PRIMARY KEY (subject_id, object_id)) WITHOUT ROWID;
            {ClaimPairSql.Rebuild};
            """),
        // Not SQL: the new ids are content hashes computed in C# (see ClaimIdRewrite), which also rebuilds claim_pairs.
        new(8, "claim ids from what the claim says, not which rule said it; verdicts follow their claims, duplicates merge", "")
        {
            Rewrite = new ClaimIdRewrite(name => name).RunAsync,
        },
        // Covering: an actor's relations are counted per source and certainty (QueryRelationSourcesAsync) from the index alone,
        // without reading a hub's rows, JSON and all. The object index replaces the one on object_id alone, its prefix.
        new(9, "indexes holding each claim's relation, other actor, source and certainty beside its subject and its object", """
            CREATE INDEX IF NOT EXISTS claims_subject_relation ON claims (subject_id, relation, object_id, source_id, certainty);
            CREATE INDEX IF NOT EXISTS claims_object_relation ON claims (object_id, relation, subject_id, source_id, certainty);
            DROP INDEX IF EXISTS claims_object;
            """),
        // The ontology's lists are written into the script; a later ontology change is applied by `entente reindex`.
        new(10, "actor_facts: what affirmative claims say of each actor's places, clients and pressure, for a profile without reading a hub's claims", $"""
            CREATE TABLE actor_facts (
                actor_id TEXT NOT NULL, kind INTEGER NOT NULL, other_id TEXT NOT NULL,
                from_year INTEGER NOT NULL, to_year INTEGER NOT NULL, claims INTEGER NOT NULL,
                PRIMARY KEY (actor_id, kind, other_id, from_year, to_year)) WITHOUT ROWID;
            {ActorFactSql.Rebuild(ActorFactSql.TextYear)};
            """),
        // A listing (a timeline) of a hub reads a hundred thousand claims; from the table that is a page and a JSON decode
        // each. These hold what a listing shows (ClaimLineRow) beside the subject and the object, in actor order (then the
        // other party's, so the claims between a pair are one range too), and
        // SQLite keeps them in every write's transaction like any index. Each is about a third of the claims table.
        new(11, "indexes holding what a listing shows of each claim beside its subject and its object, for a timeline or a pair's claims without reading their rows", $"""
            CREATE INDEX IF NOT EXISTS claims_subject_line ON claims (subject_id, object_id, {ClaimLineRow.Sqlite});
            CREATE INDEX IF NOT EXISTS claims_object_line ON claims (object_id, subject_id, {ClaimLineRow.Sqlite});
            """),
        // The subject-side listing index begins with the same two columns, so a seek by subject and object finds the same
        // claims there; no command asks for whole claims between a pair (the lines serve it). A bulk load into an empty
        // store no longer builds it: one scan and sort of the whole claims table fewer (README, ninth session).
        new(12, "no index on subject and object alone: the subject-side listing index begins with them", """
            DROP INDEX IF EXISTS claims_subject_object;
            """),
    ];
}
