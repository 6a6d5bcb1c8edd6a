-- A table of COPIES x the rows of a synthetic table imported by postgis_bench, in minutes rather
-- than an import's hour (10 M rows: 3-5 k rows/s here). Copy k has new ids (ID~k), its days
-- moved by k x 730 / COPIES days within the two synthetic years (spans keep their length; a
-- day then holds COPIES times the events, as an import of COPIES x N would) and its points by
-- (0.02 k, -0.015 k) degrees; the event JSON says the same. Rows are written in time order, the
-- events longer than a day after the others, as `import` writes them; the indexes and the
-- metadata row are made as `import` makes them (the index of ends off midnight and the alive
-- table by --reindex, which makes what is missing). The summary tables then come from --reindex
-- (docs/PERFORMANCE.md, "PostGIS: the window count's parallel workers"):
--   psql URI -v source=events_1m -v target=events_10m -v copies=10 -f bench/postgis_multiply_table.sql
--   build/bench/postgis_bench URI --events 10000000 --table events_10m --no-import --reindex --explorer-only
-- Only for point events (the synthetic ones): an area's GeoJSON in the event is not moved.
\set ON_ERROR_STOP on
\timing on
SET work_mem = '1GB';
SET maintenance_work_mem = '1GB';
\set hours_table :target _chronomap_hours
\set cells_table :target _chronomap_cells
\set alive_table :target _chronomap_alive
\set window_idx :target _window_idx
\set long_idx :target _long_idx
\set geom_idx :target _geom_idx
DROP TABLE IF EXISTS :"target", :"hours_table", :"cells_table", :"alive_table";
DELETE FROM chronomap_tables WHERE table_name = :'target';
CREATE TABLE :"target" (LIKE :"source" INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS);
INSERT INTO :"target" (id, title, time_start, time_end, time_start_precision, time_end_precision, geom,
    location_precision, place_source, place_name, country, region, district, category, actors, fatalities,
    injured, sources, event, import_order, imported_at)
SELECT n.id, e.title, n.s, n.s + (e.time_end - e.time_start), e.time_start_precision, e.time_end_precision,
    ST_Translate(e.geom, 0.02 * k, -0.015 * k), e.location_precision, e.place_source, e.place_name, e.country,
    e.region, e.district, e.category, e.actors, e.fatalities, e.injured, e.sources,
    jsonb_set(jsonb_set(jsonb_set(e.event, '{id}', to_jsonb(n.id)), '{time}',
        jsonb_build_object('start', to_char(n.s AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
                           'end', to_char((n.s + (e.time_end - e.time_start) - interval '1 day') AT TIME ZONE 'UTC',
                                          'YYYY-MM-DD'))),
        '{coordinates}', jsonb_build_array(e.px + 0.02 * k, e.py - 0.015 * k)),
    e.import_order + k * m.orders, now()
FROM :"source" e, generate_series(0, :copies - 1) AS k,
     (SELECT max(import_order) + 1 AS orders FROM :"source") AS m,
LATERAL (SELECT CASE WHEN k = 0 THEN e.id ELSE e.id || '~' || k END AS id,
                timestamptz '2017-01-01 00:00:00+00' +
                (((extract(epoch FROM e.time_start)::bigint - 1483228800) / 86400 + k * 730 / :copies) % 730) *
                interval '1 day' AS s) AS n
ORDER BY e.time_end - e.time_start > interval '1 day', n.s, e.import_order + k * m.orders;
ALTER TABLE :"target" ADD PRIMARY KEY (id);
CREATE INDEX :"window_idx" ON :"target" (time_start, time_end) INCLUDE (category, px, py);
CREATE INDEX :"long_idx" ON :"target" (time_start, time_end) INCLUDE (category, px, py)
    WHERE time_end - time_start > interval '1 day';
CREATE INDEX :"geom_idx" ON :"target" USING gist (geom);
INSERT INTO chronomap_tables (table_name, title, lang, categories, places, max_duration_s, updated_at)
SELECT :'target', title, lang, categories, places, max_duration_s, now() FROM chronomap_tables
WHERE table_name = :'source';
